using System.Globalization;
using System.Net;
using System.Text;
using SdgArchive.Model;
using SdgArchive.Site;

namespace SdgArchive.Search;

/// <summary>
/// The attributes pagefind reads (see MarkupContract.md). Document pages put <see cref="BodyAttribute"/> on their main
/// content element and include <see cref="DocumentFacets"/> inside it; navigation and footers carry <see cref="IgnoreAttribute"/>.
/// </summary>
public static class SearchMarkup
{
    public const string BodyAttribute = "data-pagefind-body";
    public const string IgnoreAttribute = "data-pagefind-ignore";

    /// <summary>Filter names, as search.js shows them in this order.</summary>
    public static readonly IReadOnlyList<string> FilterNames = ["type", "year", "sdg", "country", "method"];

    /// <summary>
    /// A hidden block with the document's filters and result metadata. Values are element text, not attribute
    /// values, because pagefind splits inline <c>key:value</c> lists on commas and country names contain commas.
    /// </summary>
    public static string DocumentFacets(ArchiveDocument document)
    {
        var html = new StringBuilder();
        html.Append("<div hidden ").Append(IgnoreAttribute).Append('>');
        Meta(html, "title", document.Title.Display);
        Meta(html, "type", string.Join(", ", Distinct(document.Types.Select(DocumentTypes.Name))));
        Meta(html, "country", string.Join(", ", document.Countries));
        if (document.Year is int year) Meta(html, "year", year.ToString(CultureInfo.InvariantCulture));

        foreach (var type in Distinct(document.Types.Select(DocumentTypes.Name))) Filter(html, "type", type);
        if (document.Year is int y) Filter(html, "year", y.ToString(CultureInfo.InvariantCulture));
        foreach (var sdg in document.Sdgs.Distinct().Order()) Filter(html, "sdg", SdgFilterValue(sdg));
        foreach (var country in Distinct(document.Countries)) Filter(html, "country", country);
        foreach (var method in Distinct(document.Methods)) Filter(html, "method", method);
        html.Append("</div>");
        return html.ToString();
    }

    /// <summary>"13 · Climate action": readable in the facet list, and search.js sorts by the leading number.</summary>
    public static string SdgFilterValue(int goal) =>
        goal.ToString(CultureInfo.InvariantCulture) + " · " + (goal is >= 1 and <= 17 ? SdgCatalog.Get(goal).Name : "Goal");

    private static IEnumerable<string> Distinct(IEnumerable<string> values) =>
        values.Where(v => !string.IsNullOrWhiteSpace(v)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);

    private static void Meta(StringBuilder html, string key, string value)
    {
        if (string.IsNullOrWhiteSpace(value)) return;
        html.Append("<span data-pagefind-meta=\"").Append(key).Append("\">").Append(WebUtility.HtmlEncode(value)).Append("</span>");
    }

    private static void Filter(StringBuilder html, string key, string value) =>
        html.Append("<span data-pagefind-filter=\"").Append(key).Append("\">").Append(WebUtility.HtmlEncode(value)).Append("</span>");
}
