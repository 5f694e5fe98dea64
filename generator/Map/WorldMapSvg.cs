using System.Text;

namespace SdgArchive.Map;

/// <summary>
/// The world map as inline SVG, built at build time: sea, land, countries with documents shaded by count and linked
/// to their page, and one linked marker per location. Deterministic: same input, same bytes.
/// </summary>
public static class WorldMapSvg
{
    public const double Width = 1000;
    private const int Decimals = 1;
    private const double Tolerance = 0.35;

    /// <param name="locations">Distinct points; their order does not matter (markers are sorted by name for tabbing).</param>
    /// <param name="countries">Countries with documents; ones the atlas lacks at this scale simply get no shading.</param>
    public static string Render(IReadOnlyList<MapLocation> locations, IReadOnlyList<MapCountry> countries, WorldAtlas atlas, MapText? text = null)
    {
        var t = text ?? MapText.English;
        var frame = MapFrame.World(Width);
        var ordered = OrderForMap(locations);
        var placements = MarkerLayout.Place(ordered, frame);
        var factor = MarkerLayout.RadiusFactor(ordered.Count == 0 ? 1 : ordered.Max(l => l.Count));
        var shaded = countries.Where(c => c.Count > 0 && atlas.ByIso(c.Iso) != null)
            .OrderBy(c => c.Name, StringComparer.Ordinal).ThenBy(c => c.Iso, StringComparer.Ordinal).ToList();
        var shadedIsos = shaded.Select(c => atlas.ByIso(c.Iso)!.Iso).ToHashSet(StringComparer.Ordinal);

        var sb = new StringBuilder(64 * 1024);
        sb.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"map-svg\" viewBox=\"0 0 ")
          .Append(SvgPathWriter.Number(frame.Width, 1)).Append(' ').Append(SvgPathWriter.Number(frame.Height, 1))
          .Append("\" data-radius-factor=\"").Append(SvgPathWriter.Number(factor, 4))
          .Append("\" data-min-radius=\"").Append(SvgPathWriter.Number(MarkerLayout.MinRadius, 2))
          .Append("\" role=\"group\" aria-label=\"")
          .Append(Html.Escape(t.Fill(t.WorldMap, t.Documents(ordered.Sum(l => l.Count)), t.Places(ordered.Count)))).Append("\">");

        sb.Append("<path class=\"map-sea\" d=\"").Append(SvgPathWriter.Write([Outline()], frame, 0, Decimals)).Append("\"/>");
        sb.Append("<g class=\"map-viewport-layer\">");
        sb.Append("<path class=\"map-land\" d=\"")
          .Append(SvgPathWriter.Write(atlas.Countries.Where(c => !shadedIsos.Contains(c.Iso)).SelectMany(c => c.Rings), frame, Tolerance, Decimals))
          .Append("\"/>");

        sb.Append("<g class=\"map-countries\">");
        foreach (var country in shaded)
        {
            var shape = atlas.ByIso(country.Iso)!;
            var label = $"{country.Name}: {t.Documents(country.Count)}";
            sb.Append("<a class=\"map-country\" href=\"").Append(Html.Escape(country.Url))
              .Append("\" data-iso=\"").Append(Html.Escape(shape.Iso))
              .Append("\" aria-label=\"").Append(Html.Escape(label)).Append("\">")
              .Append("<path class=\"c").Append(ChoroplethScale.ClassOf(country.Count)).Append("\" d=\"")
              .Append(SvgPathWriter.Write(shape.Rings, frame, Tolerance, Decimals)).Append("\"><title>")
              .Append(Html.Escape(label)).Append("</title></path></a>");
        }
        sb.Append("</g>");

        sb.Append("<g class=\"map-markers\">");
        for (var i = 0; i < placements.Count; i++)
        {
            var p = placements[i];
            // A point lost at sea (SDG050) is drawn apart (dashed, hollow) and says so, never passed off as real.
            var name = p.Location.Uncertain ? t.Fill(t.UncertainPlace, p.Location.Name, t.Uncertain) : p.Location.Name;
            var label = $"{name}: {t.Documents(p.Location.Count)}";
            sb.Append(p.Location.Uncertain ? "<a class=\"map-marker map-uncertain\"" : "<a class=\"map-marker\"")
              .Append(" href=\"")
              .Append(Html.Escape(p.Location.Url))
              .Append("\" data-loc=\"").Append(i)
              .Append("\" data-name=\"").Append(Html.Escape(p.Location.Name))
              .Append("\" data-count=\"").Append(p.Location.Count)
              .Append("\" data-x=\"").Append(SvgPathWriter.Number(p.X, 2))
              .Append("\" data-y=\"").Append(SvgPathWriter.Number(p.Y, 2))
              .Append("\" aria-label=\"").Append(Html.Escape(label)).Append("\">")
              .Append("<circle cx=\"").Append(SvgPathWriter.Number(p.SpreadX, 2))
              .Append("\" cy=\"").Append(SvgPathWriter.Number(p.SpreadY, 2))
              .Append("\" r=\"").Append(SvgPathWriter.Number(p.Radius, 2)).Append("\"><title>")
              .Append(Html.Escape(label)).Append("</title></circle></a>");
        }
        sb.Append("</g></g></svg>");
        return sb.ToString();
    }

    /// <summary>Markers in reading order for the keyboard: by name, then position (the data file uses the same order).</summary>
    public static IReadOnlyList<MapLocation> OrderForMap(IEnumerable<MapLocation> locations) => locations
        .OrderBy(l => l.Name, StringComparer.Ordinal).ThenBy(l => l.Lat).ThenBy(l => l.Lng).ThenBy(l => l.Url, StringComparer.Ordinal)
        .ToList();

    /// <summary>The edge of the Equal Earth world: the two antimeridian curves.</summary>
    private static IReadOnlyList<LonLat> Outline()
    {
        var ring = new List<LonLat>();
        for (var lat = -90; lat <= 90; lat += 5) ring.Add(new(-180, lat));
        for (var lat = 90; lat >= -90; lat -= 5) ring.Add(new(180, lat));
        return ring;
    }
}
