using SdgArchive.Model;

namespace SdgArchive.Site;

/// <summary>A document with what the site adds to it: its URL, a short plain-text excerpt and its position among the newest.</summary>
public sealed record SiteDocument(ArchiveDocument Source, string Url, string Excerpt, int NewestRank)
{
    public string Slug => Source.Slug;
    /// <summary>The language its page declares: the document's own, or the site's when too short to tell.</summary>
    public string Language { get; init; } = "en";
    /// <summary>Whether its text runs right to left (Arabic, Kurdish): its content and listed title get <c>dir="rtl"</c>.</summary>
    public bool RightToLeft => SdgArchive.Languages.ArchiveLanguages.IsRightToLeft(Language);
    public string Title => Source.Title.Display;
    public string TypeName => Source.Types.Count > 0 ? string.Join(", ", Source.Types.Select(DocumentTypes.Name)) : "Document";
    /// <summary>Sort key for "newest": the date when given, else 1 January of the year.</summary>
    public DateOnly? Published => Source.Date ?? (Source.Year is { } y ? new DateOnly(y, 1, 1) : null);
}
