namespace SdgArchive.Rendering.Views;

/// <summary>The "Cite this" block of a document page: a ready citation and the three downloads.</summary>
public sealed record CiteView(string Text, string BibTexUrl, string RisUrl, string CslJsonUrl);
