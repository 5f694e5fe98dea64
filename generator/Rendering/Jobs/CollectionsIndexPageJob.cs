using SdgArchive.Rendering.Views;

namespace SdgArchive.Rendering.Jobs;

/// <summary>The list of every collection (<c>/collections/</c>): <c>collections</c>.</summary>
public sealed record CollectionsIndexPageJob(string Url, PageMeta Meta, CollectionsIndexView Collections) : PageJob(Url, Meta)
{
    public override string Template => "pages/collections.sbn";
    public override IEnumerable<KeyValuePair<string, object?>> Variables() => [new("collections", Collections)];
}
