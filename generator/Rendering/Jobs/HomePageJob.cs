using SdgArchive.Rendering.Views;

namespace SdgArchive.Rendering.Jobs;

/// <summary>The home page: <c>home</c>.</summary>
public sealed record HomePageJob(string Url, PageMeta Meta, HomeView Home) : PageJob(Url, Meta)
{
    public override string Template => "pages/home.sbn";
    public override IEnumerable<KeyValuePair<string, object?>> Variables() => [new("home", Home)];
}
