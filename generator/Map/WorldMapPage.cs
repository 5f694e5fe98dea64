using System.Text;

namespace SdgArchive.Map;

/// <summary>
/// Everything the <c>/map/</c> page body needs, in one fragment: controls (hidden until the script shows them), the
/// SVG, the tooltip box, the legend, the credit, the tables, the data block and the script tag.
/// <paramref name="scriptUrl"/> and <paramref name="styleUrl"/> are the (fingerprinted, base-path) URLs of map.js and map.css.
/// </summary>
public static class WorldMapPage
{
    public static string Render(IReadOnlyList<MapLocation> locations, IReadOnlyList<MapCountry> countries, WorldAtlas atlas, string scriptUrl, string styleUrl)
    {
        var data = MapDataJson.Write(locations, countries);
        var sb = new StringBuilder();
        sb.Append("<link rel=\"stylesheet\" href=\"").Append(Html.Escape(styleUrl)).Append("\">");
        sb.Append("<div class=\"map\" id=\"world-map\">");
        sb.Append("<form class=\"map-filters\" hidden aria-label=\"Filter the map\">")
          .Append("<label>Type <select name=\"type\"><option value=\"\">All types</option></select></label>")
          .Append("<label>From <input name=\"from\" type=\"number\" inputmode=\"numeric\" size=\"5\"></label>")
          .Append("<label>To <input name=\"to\" type=\"number\" inputmode=\"numeric\" size=\"5\"></label>")
          .Append("<label>Goal <select name=\"sdg\"><option value=\"\">All goals</option>");
        foreach (var goal in Model.SdgCatalog.Goals)
            sb.Append("<option value=\"").Append(goal.Number).Append("\">").Append(goal.Number).Append(". ").Append(Html.Escape(goal.Name)).Append("</option>");
        sb.Append("</select></label><button type=\"reset\">Clear filters</button></form>");
        sb.Append("<p class=\"map-status\" role=\"status\" aria-live=\"polite\"></p>");
        sb.Append("<div class=\"map-zoom\" hidden><button type=\"button\" data-zoom=\"in\" aria-label=\"Zoom in\">+</button>")
          .Append("<button type=\"button\" data-zoom=\"out\" aria-label=\"Zoom out\">−</button>")
          .Append("<button type=\"button\" data-zoom=\"reset\">Reset view</button></div>");
        sb.Append("<div class=\"map-frame\">").Append(WorldMapSvg.Render(locations, countries, atlas))
          .Append("<div class=\"map-tooltip\" role=\"tooltip\" id=\"map-tooltip\" hidden></div></div>");
        sb.Append(Legend());
        sb.Append("<p class=\"map-credit\"><small>").Append(Html.Escape(WorldAtlas.Credit)).Append("</small></p>");
        sb.Append("</div>");
        sb.Append(MapTable.Render(locations, countries));
        sb.Append("<script type=\"application/json\" id=\"map-data\">").Append(data).Append("</script>");
        sb.Append("<script src=\"").Append(Html.Escape(scriptUrl)).Append("\" defer></script>");
        return sb.ToString();
    }

    private static string Legend()
    {
        var sb = new StringBuilder("<div class=\"map-legend\"><p>Countries shaded by number of documents:</p><ul>");
        for (var i = 0; i < ChoroplethScale.Breaks.Length; i++)
            sb.Append("<li><span class=\"map-swatch c").Append(i).Append("\" aria-hidden=\"true\"></span>")
              .Append(ChoroplethScale.Label(i)).Append("</li>");
        sb.Append("</ul><p>Circle area is proportional to the number of documents at a place.</p></div>");
        return sb.ToString();
    }
}
