using SdgArchive.Publishing.Citations;
using SdgArchive.Rendering.Views;

namespace SdgArchive.Rendering;

/// <summary>
/// Highwire Press <c>citation_*</c> meta tags: what Zotero's and Google Scholar's page readers look for in the head,
/// so "save to Zotero" on a document page fills author, title, year and address without a download.
/// </summary>
public static class HighwireTags
{
    public static IReadOnlyList<MetaTagView> For(Citation citation)
    {
        var tags = new List<MetaTagView> { new("citation_title", citation.Title) };
        tags.AddRange(citation.Authors.Select(a => new MetaTagView("citation_author", a)));
        if (citation.Date is { } date)
            tags.Add(new("citation_publication_date", date.ToString("yyyy/MM/dd", System.Globalization.CultureInfo.InvariantCulture)));
        else if (citation.Year is not null) tags.Add(new("citation_publication_date", citation.YearText));
        tags.Add(new("citation_publisher", citation.Publisher));
        tags.Add(new("citation_technical_report_institution", citation.Authors[0]));
        tags.Add(new("citation_abstract_html_url", citation.Url));
        if (citation.Keywords.Count > 0) tags.Add(new("citation_keywords", string.Join("; ", citation.Keywords)));
        return tags;
    }
}
