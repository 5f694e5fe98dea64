using SdgArchive.Rendering.Views;

namespace SdgArchive.Rendering.Jobs;

/// <summary>One page of <c>/documents/</c>: every document, or one facet term's, in one order: <c>browse</c>.</summary>
public sealed record BrowsePageJob(string Url, PageMeta Meta, BrowseView Browse) : PageJob(Url, Meta)
{
    public override string Template => "pages/browse.sbn";
    public override IEnumerable<KeyValuePair<string, object?>> Variables() => [new("browse", Browse)];
}
