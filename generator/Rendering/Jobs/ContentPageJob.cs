using SdgArchive.Rendering.Views;

namespace SdgArchive.Rendering.Jobs;

/// <summary>A page written in Markdown in the content folder (<c>about.md</c>): <c>content_page</c>.</summary>
public sealed record ContentPageJob(string Url, PageMeta Meta, ContentPageView ContentPage) : PageJob(Url, Meta)
{
    public override string Template => "pages/content.sbn";
    public override IEnumerable<KeyValuePair<string, object?>> Variables() => [new("content_page", ContentPage)];
    public override string AuthoredHtml() => ContentPage.BodyHtml;
}
