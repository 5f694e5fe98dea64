using SdgArchive.Rendering.Views;

namespace SdgArchive.Rendering.Jobs;

/// <summary>The world map with every location and its documents: <c>map</c>.</summary>
public sealed record MapPageJob(string Url, PageMeta Meta, MapView Map) : PageJob(Url, Meta)
{
    public override string Template => "pages/map.sbn";
    public override IEnumerable<KeyValuePair<string, object?>> Variables() => [new("map", Map)];
}
