using SdgArchive.Rendering.Views;

namespace SdgArchive.Rendering.Jobs;

/// <summary>The search page: the site's search assets do the rest in the browser.</summary>
public sealed record SearchPageJob(string Url, PageMeta Meta) : PageJob(Url, Meta)
{
    public override string Template => "pages/search.sbn";
    public override IEnumerable<KeyValuePair<string, object?>> Variables() => [];
}
