using System.Globalization;
using SdgArchive.Site;

namespace SdgArchive.Publishing.Citations;

/// <summary>
/// What a reference manager needs to cite one document: the lab as author, the title, the year and the page's address.
/// The accessed date is left to the reader's tool (it knows when the reader looked; the build does not).
/// </summary>
public sealed record Citation(
    string Key, IReadOnlyList<string> Authors, string Title, int? Year, DateOnly? Date, string Url, string Publisher,
    string TypeName, IReadOnlyList<string> Keywords)
{
    /// <summary>Used when a document names no country: the network itself wrote it.</summary>
    public const string NetworkAuthor = "UNDP Accelerator Labs";

    /// <summary>
    /// The lab of each country the document names (the Accelerator Labs are one per country); places that are not
    /// countries (Null Island, a region) do not have a lab, so they are not authors.
    /// </summary>
    public static Citation For(SiteDocument document, SiteSettings settings)
    {
        var labs = document.Source.Places.Where(p => p.Country is not null)
            .Select(p => $"UNDP Accelerator Lab {p.Country!.Name}").Distinct(StringComparer.Ordinal).ToList();
        if (labs.Count == 0) labs.Add(NetworkAuthor);
        var keywords = document.Source.Sdgs.Select(n => $"SDG {n.ToString(CultureInfo.InvariantCulture)}")
            .Concat(document.Source.ThematicAreas).Distinct(StringComparer.Ordinal).ToList();
        return new Citation(document.Slug, labs, document.Title, document.Source.Year ?? document.Source.Date?.Year,
            document.Source.Date, settings.AbsoluteUrl(document.Url), settings.Title, document.TypeName, keywords);
    }

    public string YearText => Year?.ToString(CultureInfo.InvariantCulture) ?? "";

    /// <summary>A one-line human citation, the style a reader pastes into a report.</summary>
    public string Text => $"{string.Join("; ", Authors)}{(Year is null ? "" : $" ({YearText})")}. {Title}. {Publisher}. {Url}";
}
