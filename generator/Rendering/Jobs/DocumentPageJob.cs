using SdgArchive.Rendering.Views;

namespace SdgArchive.Rendering.Jobs;

/// <summary>A document's own page: <c>doc</c> in <c>pages/document.sbn</c>.</summary>
public sealed record DocumentPageJob(string Url, PageMeta Meta, DocumentView Document) : PageJob(Url, Meta)
{
    public override string Template => "pages/document.sbn";
    public override IEnumerable<KeyValuePair<string, object?>> Variables() => [new("doc", Document)];
}
