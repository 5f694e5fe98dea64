using System.Text;
using SdgArchive.Site;

namespace SdgArchive.Publishing.Citations;

/// <summary>Each document's <c>cite.bib</c>, <c>cite.ris</c> and <c>cite.json</c>, next to its page.</summary>
public static class CitationFiles
{
    public const string BibTexFile = "cite.bib";
    public const string RisFile = "cite.ris";
    public const string CslJsonFile = "cite.json";

    /// <summary>The three files' site-relative paths, BibTeX first.</summary>
    public static IReadOnlyList<string> PathsFor(SiteIndex index, SiteDocument document)
    {
        var folder = index.Urls.FileFor(document.Url)[..^"index.html".Length];
        return [folder + BibTexFile, folder + RisFile, folder + CslJsonFile];
    }

    /// <summary>The three files' bytes, in the order of <see cref="PathsFor"/>: made from the citation alone.</summary>
    public static IReadOnlyList<byte[]> Make(Citation citation) =>
        [Encoding.UTF8.GetBytes(BibTex.Write(citation)), Encoding.UTF8.GetBytes(Ris.Write(citation)),
            CslJson.Write(citation)];
}
