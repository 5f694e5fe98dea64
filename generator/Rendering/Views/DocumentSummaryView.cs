namespace SdgArchive.Rendering.Views;

/// <summary>A document as listings show it: title, type, country, year and a short excerpt.</summary>
public sealed record DocumentSummaryView(string Title, string Url, string TypeName, string Countries, string Year, string Excerpt);
