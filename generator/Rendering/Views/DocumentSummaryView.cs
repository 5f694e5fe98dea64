namespace SdgArchive.Rendering.Views;

/// <summary>A document as listings show it: title, type, country, year and a short excerpt.</summary>
public sealed record DocumentSummaryView(string Title, string Url, string TypeName, string Countries, string Year, string Excerpt)
{
    /// <summary>The document's language: its title and excerpt carry it (<c>lang</c>, with <c>dir="auto"</c>).</summary>
    public string Language { get; init; } = "en";
}
