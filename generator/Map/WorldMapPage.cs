using System.Globalization;
using System.Text;

namespace SdgArchive.Map;

/// <summary>
/// Everything the <c>/map/</c> page body needs, in one fragment: controls (hidden until the script shows them), the
/// SVG, the tooltip box, the legend, the credit, the list of the documents on the map (beside the map on wide screens,
/// below it on phones; the script narrows it to the filters), the tables, the data blocks and the script tag.
/// <paramref name="scriptUrl"/> and <paramref name="styleUrl"/> are the (fingerprinted, base-path) URLs of map.js
/// and map.css; <paramref name="listUrl"/> is where <see cref="MapDataJson.List"/> is published and
/// <paramref name="browseUrl"/> the page of every document: with both, a long list is cut at <see cref="ListLimit"/>
/// and the script fetches the rest when filters or "show more" need it.
/// </summary>
public static class WorldMapPage
{
    /// <summary>
    /// The documents listed in the page itself. At the archive's ~9,600 the whole list weighed ~2 MB raw and ~490 KB
    /// gzip (51 B gzip a document, measured on the 400 shared pages), more than the rest of the page and its scripts.
    /// </summary>
    public const int ListLimit = 200;

    public static string Render(IReadOnlyList<MapLocation> locations, IReadOnlyList<MapCountry> countries,
        WorldAtlas atlas, string scriptUrl, string styleUrl, MapText? text = null, string? listUrl = null,
        string? browseUrl = null)
    {
        var t = text ?? MapText.English;
        var documents = MapDataJson.Documents(locations, countries);
        var data = MapDataJson.Write(locations, countries);
        var sb = new StringBuilder();
        sb.Append("<link rel=\"stylesheet\" href=\"").Append(Html.Escape(styleUrl)).Append("\">");
        sb.Append("<div class=\"map\" id=\"world-map\">");
        Filters(sb, documents, t);
        sb.Append("<p class=\"map-status\" role=\"status\" aria-live=\"polite\"></p>");
        sb.Append("<div class=\"map-zoom\" hidden><button type=\"button\" data-zoom=\"in\" aria-label=\"")
          .Append(Html.Escape(t.ZoomIn)).Append("\">+</button>")
          .Append("<button type=\"button\" data-zoom=\"out\" aria-label=\"").Append(Html.Escape(t.ZoomOut))
          .Append("\">−</button><button type=\"button\" data-zoom=\"reset\">").Append(Html.Escape(t.ResetView))
          .Append("</button></div>");
        sb.Append("<div class=\"map-layout\"><div class=\"map-main\">");
        sb.Append("<div class=\"map-frame\">").Append(WorldMapSvg.Render(locations, countries, atlas, t))
          .Append("<div class=\"map-tooltip\" role=\"tooltip\" id=\"map-tooltip\" hidden></div></div>");
        sb.Append(Legend(t, locations.Any(l => l.Uncertain)));
        sb.Append("<p class=\"map-credit\"><small>").Append(Html.Escape(t.Credit)).Append("</small></p></div>");
        DocumentList(sb, documents, t, listUrl is not null && browseUrl is not null ? (listUrl, browseUrl) : null);
        sb.Append("</div></div>");
        sb.Append(MapTable.Render(locations, countries, t));
        // The script's own words (status line, tooltips, groups), as data: the CSP allows no inline script.
        sb.Append("<script type=\"application/json\" id=\"map-strings\">")
          .Append(t.ScriptJson().Replace("</", "<\\/", StringComparison.Ordinal)).Append("</script>");
        sb.Append("<script type=\"application/json\" id=\"map-data\">").Append(data).Append("</script>");
        sb.Append("<script src=\"").Append(Html.Escape(scriptUrl)).Append("\" defer></script>");
        return sb.ToString();
    }

    /// <summary>
    /// The filters, with every option written here in the interface language (type names, goal names) so no word
    /// comes from the script; their values are the stable keys the URL keeps (<c>#type=learningplan&amp;sdg=4</c>).
    /// </summary>
    private static void Filters(StringBuilder sb, IReadOnlyList<MapDocRef> documents, MapText t)
    {
        sb.Append("<form class=\"map-filters\" hidden aria-label=\"").Append(Html.Escape(t.FilterLabel)).Append("\">")
          .Append("<label>").Append(Html.Escape(t.Type)).Append(" <select name=\"type\"><option value=\"\">")
          .Append(Html.Escape(t.AllTypes)).Append("</option>");
        foreach (var (key, name) in MapDataJson.TypesOf(documents).Select(k => (k, t.TypeName(k)))
                     .OrderBy(p => p.Item2, StringComparer.Ordinal).ThenBy(p => p.k, StringComparer.Ordinal))
            sb.Append("<option value=\"").Append(Html.Escape(key)).Append("\">").Append(Html.Escape(name))
              .Append("</option>");
        sb.Append("</select></label>")
          .Append("<label>").Append(Html.Escape(t.From))
          .Append(" <input name=\"from\" type=\"number\" inputmode=\"numeric\" size=\"5\"></label>")
          .Append("<label>").Append(Html.Escape(t.To))
          .Append(" <input name=\"to\" type=\"number\" inputmode=\"numeric\" size=\"5\"></label>")
          .Append("<label>").Append(Html.Escape(t.Goal)).Append(" <select name=\"sdg\"><option value=\"\">")
          .Append(Html.Escape(t.AllGoals)).Append("</option>");
        foreach (var goal in Model.SdgCatalog.Goals)
            sb.Append("<option value=\"").Append(goal.Number).Append("\">")
              .Append(Html.Escape(t.Fill(t.GoalOption, goal.Number, t.GoalName(goal.Number)))).Append("</option>");
        sb.Append("</select></label><button type=\"reset\">").Append(Html.Escape(t.ClearFilters))
          .Append("</button></form>");
    }

    /// <summary>
    /// Every document on the map (a point or a country), newest first, as links; cut at <see cref="ListLimit"/> when
    /// the rest can be fetched (<paramref name="more"/>), with a link to the page of every document for readers
    /// without JavaScript. <c>data-d</c> is the document's index in the data block.
    /// </summary>
    private static void DocumentList(StringBuilder sb, IReadOnlyList<MapDocRef> documents, MapText t,
        (string ListUrl, string BrowseUrl)? more)
    {
        var cut = more is not null && documents.Count > ListLimit;
        sb.Append("<section class=\"map-docs\" aria-labelledby=\"map-docs-title\"><h2 id=\"map-docs-title\">")
          .Append(Html.Escape(t.ListHeading)).Append("</h2><p class=\"map-docs-count\">")
          .Append(Html.Escape(t.Documents(documents.Count))).Append("</p><p class=\"map-docs-empty\" hidden>")
          .Append(Html.Escape(t.ScriptEmpty)).Append("</p>")
          // Scrolls beside the map: focusable so keyboard users can scroll it (axe: scrollable-region-focusable).
          .Append("<div class=\"map-docs-scroll\" tabindex=\"0\" role=\"region\" aria-labelledby=\"map-docs-title\"");
        if (cut) sb.Append(" data-list=\"").Append(Html.Escape(more!.Value.ListUrl)).Append("\" data-limit=\"").Append(ListLimit)
            .Append('"');
        sb.Append("><ol class=\"map-docs-list\">");
        foreach (var (d, i) in MapDataJson.NewestFirst(documents).Take(cut ? ListLimit : int.MaxValue))
        {
            sb.Append("<li data-d=\"").Append(i.ToString(CultureInfo.InvariantCulture)).Append("\"><a href=\"")
              .Append(Html.Escape(d.Url)).Append('"');
            if (d.Language is { Length: > 0 } lang) sb.Append(" lang=\"").Append(Html.Escape(lang)).Append('"');
            sb.Append(" dir=\"auto\">").Append(Html.Escape(d.Title)).Append("</a>");
            var meta = MapDataJson.Meta(d, t);
            if (meta.Length > 0)
                sb.Append(" <span class=\"map-doc-meta\">").Append(Html.Escape(meta)).Append("</span>");
            sb.Append("</li>");
        }
        sb.Append("</ol></div>");
        if (cut)
            sb.Append("<p class=\"map-docs-partial\"><span>")
              .Append(Html.Escape(t.Fill(t.ListShowing, ListLimit, documents.Count))).Append("</span> <a href=\"")
              .Append(Html.Escape(more!.Value.BrowseUrl)).Append("\">").Append(Html.Escape(t.ListAll)).Append("</a></p>")
              .Append("<button type=\"button\" class=\"map-docs-more\" hidden></button>");
        sb.Append("</section>");
    }

    private static string Legend(MapText t, bool anyUncertain)
    {
        var sb = new StringBuilder("<div class=\"map-legend\"><p>").Append(Html.Escape(t.LegendTitle))
            .Append("</p><ul>");
        for (var i = 0; i < ChoroplethScale.Breaks.Length; i++)
            sb.Append("<li><span class=\"map-swatch c").Append(i).Append("\" aria-hidden=\"true\"></span>")
              .Append(Html.Escape(ChoroplethScale.Label(i, t.OrMore))).Append("</li>");
        sb.Append("</ul><p><span class=\"map-key map-key-marker\" aria-hidden=\"true\"></span>")
          .Append(Html.Escape(t.LegendCircles)).Append("</p>");
        // Groups exist only where the script draws them.
        sb.Append("<p class=\"map-legend-cluster\" hidden>")
          .Append("<span class=\"map-key map-key-cluster\" aria-hidden=\"true\">3</span>")
          .Append(Html.Escape(t.LegendCluster)).Append("</p>");
        if (anyUncertain)
            sb.Append("<p><span class=\"map-key map-key-uncertain\" aria-hidden=\"true\"></span>")
              .Append(Html.Escape(t.LegendUncertain)).Append("</p>");
        sb.Append("</div>");
        return sb.ToString();
    }
}
