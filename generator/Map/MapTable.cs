using System.Text;

namespace SdgArchive.Map;

/// <summary>
/// The map's content without the picture: countries with counts and every place on the map, each linked. This is the
/// whole map for a reader without JavaScript or a screen, and the script updates its counts when filters change.
/// </summary>
public static class MapTable
{
    public static string Render(IReadOnlyList<MapLocation> locations, IReadOnlyList<MapCountry> countries, MapText? text = null)
    {
        var t = text ?? MapText.English;
        var sb = new StringBuilder();
        sb.Append("<table class=\"map-table\" id=\"map-countries\"><caption>").Append(Html.Escape(t.CountriesCaption)).Append("</caption>")
          .Append("<thead><tr><th scope=\"col\">").Append(Html.Escape(t.Country)).Append("</th><th scope=\"col\">")
          .Append(Html.Escape(t.DocumentsHeading)).Append("</th></tr></thead><tbody>");
        foreach (var c in countries.Where(c => c.Count > 0).OrderBy(c => c.Name, StringComparer.Ordinal).ThenBy(c => c.Iso, StringComparer.Ordinal))
        {
            sb.Append("<tr data-iso=\"").Append(Html.Escape(c.Iso)).Append("\"><th scope=\"row\"><a href=\"").Append(Html.Escape(c.Url))
              .Append("\">").Append(Html.Escape(c.Name)).Append("</a></th><td class=\"map-count\">").Append(c.Count).Append("</td></tr>");
        }
        sb.Append("</tbody></table>");

        var ordered = WorldMapSvg.OrderForMap(locations);
        sb.Append("<table class=\"map-table\" id=\"map-places\"><caption>").Append(Html.Escape(t.PlacesCaption)).Append("</caption>")
          .Append("<thead><tr><th scope=\"col\">").Append(Html.Escape(t.Place)).Append("</th><th scope=\"col\">").Append(Html.Escape(t.LatLng))
          .Append("</th><th scope=\"col\">").Append(Html.Escape(t.DocumentsHeading)).Append("</th></tr></thead><tbody>");
        for (var i = 0; i < ordered.Count; i++)
        {
            var l = ordered[i];
            sb.Append("<tr data-loc=\"").Append(i).Append("\"><th scope=\"row\"><a href=\"").Append(Html.Escape(l.Url)).Append("\">")
              .Append(Html.Escape(l.Name)).Append("</a>")
              .Append(l.Uncertain ? $" <span class=\"map-note\">({Html.Escape(t.Uncertain)})</span>" : "")
              .Append("</th><td>")
              .Append(SvgPathWriter.Number(l.Lat, 4)).Append(", ").Append(SvgPathWriter.Number(l.Lng, 4))
              .Append("</td><td class=\"map-count\">").Append(l.Count).Append("</td></tr>");
        }
        sb.Append("</tbody></table>");
        return sb.ToString();
    }
}
