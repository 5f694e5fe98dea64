using SdgArchive.Rendering.Views;

namespace SdgArchive.Rendering.Jobs;

/// <summary>The page hosts serve for unknown addresses; written as <c>404.html</c> at the site root.</summary>
public sealed record NotFoundPageJob(string Url, PageMeta Meta) : PageJob(Url, Meta)
{
    public const string File = "404.html";
    public override string Template => "pages/404.sbn";
    public override IEnumerable<KeyValuePair<string, object?>> Variables() => [];
}
