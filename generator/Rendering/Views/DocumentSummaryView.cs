namespace SdgArchive.Rendering.Views;

/// <summary>
/// A document as listings show it (a card): its type (and type colour), title, country, year, goals, a few tags and a
/// short excerpt.
/// </summary>
public sealed record DocumentSummaryView(string Title, string Url, string TypeName, string Countries, string Year, string Excerpt)
{
    /// <summary>The first type's key, reduced to <c>[a-z0-9-]</c>: the card's <c>type-…</c> colour class.</summary>
    public string TypeKey { get; init; } = "document";
    /// <summary>The goals, in number order.</summary>
    public IReadOnlyList<SdgBadgeView> Sdgs { get; init; } = [];
    /// <summary>The first few thematic areas and methods; <see cref="MoreTags"/> counts the rest ("+n").</summary>
    public IReadOnlyList<LinkView> Tags { get; init; } = [];
    public int MoreTags { get; init; }
    /// <summary>The document's language: its title and excerpt carry it (<c>lang</c>, with <c>dir="auto"</c>).</summary>
    public string Language { get; init; } = "en";
    /// <summary>The card's picture: the document's first image published locally, small; null without one.</summary>
    public Images.CardThumbnail? Thumbnail { get; init; }
}
