using SdgArchive.Rendering.Views;

namespace SdgArchive.Rendering.Jobs;

/// <summary>A taxonomy's overview, every term with its count: <c>taxonomy</c>.</summary>
public sealed record TaxonomyPageJob(string Url, PageMeta Meta, TaxonomyView Taxonomy) : PageJob(Url, Meta)
{
    public override string Template => "pages/taxonomy.sbn";
    public override IEnumerable<KeyValuePair<string, object?>> Variables() => [new("taxonomy", Taxonomy)];
}
