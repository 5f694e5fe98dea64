using System.Text;

namespace SdgArchive.Map;

/// <summary>
/// Everything the <c>/map/</c> page body needs, in one fragment: controls (hidden until the script shows them), the
/// SVG, the tooltip box, the legend, the credit, the tables, the data block and the script tag.
/// <paramref name="scriptUrl"/> and <paramref name="styleUrl"/> are the (fingerprinted, base-path) URLs of map.js and map.css.
/// </summary>
public static class WorldMapPage
{
    public static string Render(IReadOnlyList<MapLocation> locations, IReadOnlyList<MapCountry> countries, WorldAtlas atlas, string scriptUrl, string styleUrl,
        MapText? text = null, string stringsJson = "")
    {
        var t = text ?? MapText.English;
        var data = MapDataJson.Write(locations, countries);
        var sb = new StringBuilder();
        sb.Append("<link rel=\"stylesheet\" href=\"").Append(Html.Escape(styleUrl)).Append("\">");
        sb.Append("<div class=\"map\" id=\"world-map\">");
        sb.Append("<form class=\"map-filters\" hidden aria-label=\"").Append(Html.Escape(t.FilterLabel)).Append("\">")
          .Append("<label>").Append(Html.Escape(t.Type)).Append(" <select name=\"type\"><option value=\"\">")
          .Append(Html.Escape(t.AllTypes)).Append("</option></select></label>")
          .Append("<label>").Append(Html.Escape(t.From)).Append(" <input name=\"from\" type=\"number\" inputmode=\"numeric\" size=\"5\"></label>")
          .Append("<label>").Append(Html.Escape(t.To)).Append(" <input name=\"to\" type=\"number\" inputmode=\"numeric\" size=\"5\"></label>")
          .Append("<label>").Append(Html.Escape(t.Goal)).Append(" <select name=\"sdg\"><option value=\"\">")
          .Append(Html.Escape(t.AllGoals)).Append("</option>");
        foreach (var goal in Model.SdgCatalog.Goals)
            sb.Append("<option value=\"").Append(goal.Number).Append("\">")
              .Append(Html.Escape(t.Fill(t.GoalOption, goal.Number, t.GoalName(goal.Number)))).Append("</option>");
        sb.Append("</select></label><button type=\"reset\">").Append(Html.Escape(t.ClearFilters)).Append("</button></form>");
        sb.Append("<p class=\"map-status\" role=\"status\" aria-live=\"polite\"></p>");
        sb.Append("<div class=\"map-zoom\" hidden><button type=\"button\" data-zoom=\"in\" aria-label=\"").Append(Html.Escape(t.ZoomIn)).Append("\">+</button>")
          .Append("<button type=\"button\" data-zoom=\"out\" aria-label=\"").Append(Html.Escape(t.ZoomOut)).Append("\">−</button>")
          .Append("<button type=\"button\" data-zoom=\"reset\">").Append(Html.Escape(t.ResetView)).Append("</button></div>");
        sb.Append("<div class=\"map-frame\">").Append(WorldMapSvg.Render(locations, countries, atlas, t))
          .Append("<div class=\"map-tooltip\" role=\"tooltip\" id=\"map-tooltip\" hidden></div></div>");
        sb.Append(Legend(t));
        sb.Append("<p class=\"map-credit\"><small>").Append(Html.Escape(t.Credit)).Append("</small></p>");
        sb.Append("</div>");
        sb.Append(MapTable.Render(locations, countries, t));
        // The script's own words (status line, tooltips), as data: the CSP allows no inline script.
        if (stringsJson.Length > 0)
            sb.Append("<script type=\"application/json\" id=\"map-strings\">").Append(stringsJson.Replace("</", "<\\/", StringComparison.Ordinal)).Append("</script>");
        sb.Append("<script type=\"application/json\" id=\"map-data\">").Append(data).Append("</script>");
        sb.Append("<script src=\"").Append(Html.Escape(scriptUrl)).Append("\" defer></script>");
        return sb.ToString();
    }

    private static string Legend(MapText t)
    {
        var sb = new StringBuilder("<div class=\"map-legend\"><p>").Append(Html.Escape(t.LegendTitle)).Append("</p><ul>");
        for (var i = 0; i < ChoroplethScale.Breaks.Length; i++)
            sb.Append("<li><span class=\"map-swatch c").Append(i).Append("\" aria-hidden=\"true\"></span>")
              .Append(Html.Escape(ChoroplethScale.Label(i, t.OrMore))).Append("</li>");
        sb.Append("</ul><p>").Append(Html.Escape(t.LegendCircles)).Append("</p></div>");
        return sb.ToString();
    }
}
