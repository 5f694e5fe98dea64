namespace SdgArchive.Map;

/// <summary>
/// A minimal standalone page around <see cref="WorldMapPage"/>, with the strict CSP the site uses: for previews,
/// the size budget and browser tests before (or apart from) the full site build.
/// </summary>
public static class MapPreviewPage
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'";

    /// <summary>Writes <c>map/index.html</c> and <c>assets/map.js|css</c> under <paramref name="outputFolder"/>.</summary>
    public static string Write(string outputFolder, MapModel model, WorldAtlas atlas, string assetsFolder)
    {
        var assets = Directory.CreateDirectory(Path.Combine(outputFolder, "assets")).FullName;
        foreach (var file in new[] { "map.js", "map.css" })
            File.Copy(Path.Combine(assetsFolder, file), Path.Combine(assets, file), overwrite: true);
        var page = Path.Combine(Directory.CreateDirectory(Path.Combine(outputFolder, "map")).FullName, "index.html");
        File.WriteAllText(page,
            "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">" +
            $"<meta http-equiv=\"Content-Security-Policy\" content=\"{ContentSecurityPolicy}\">" +
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Map</title></head>" +
            "<body><main><h1>Map</h1>" + WorldMapPage.Render(model.Locations, model.Countries, atlas, "../assets/map.js",
                "../assets/map.css", MapText.English, MapDataJson.ListFile, "../documents/") +
            "</main></body></html>");
        File.WriteAllBytes(Path.Combine(Path.GetDirectoryName(page)!, MapDataJson.ListFile),
            MapDataJson.List(model.Locations, model.Countries, MapText.English));
        return page;
    }
}
