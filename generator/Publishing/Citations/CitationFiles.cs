using System.Text;
using SdgArchive.Output;
using SdgArchive.Site;

namespace SdgArchive.Publishing.Citations;

/// <summary>Writes each document's <c>cite.bib</c>, <c>cite.ris</c> and <c>cite.json</c> next to its page.</summary>
public static class CitationFiles
{
    public const string BibTexFile = "cite.bib";
    public const string RisFile = "cite.ris";
    public const string CslJsonFile = "cite.json";

    /// <remarks>
    /// In parallel: 30,000 small files at 10,000 documents took 22.5 s of wall time for 5.0 s of CPU on one thread,
    /// waiting on the file system one file at a time.
    /// </remarks>
    public static int Write(SiteIndex index, StagingFolder output)
    {
        Parallel.ForEach(index.Documents, document => Write(index, document, output));
        return index.Documents.Count * 3;
    }

    /// <summary>One document's three files (serve's refresh writes the edited document's again).</summary>
    public static void Write(SiteIndex index, SiteDocument document, StagingFolder output)
    {
        var citation = Citation.For(document, index.Settings);
        var folder = index.Urls.FileFor(document.Url)[..^"index.html".Length];
        output.WriteOrKeep(folder + BibTexFile, Encoding.UTF8.GetBytes(BibTex.Write(citation)));
        output.WriteOrKeep(folder + RisFile, Encoding.UTF8.GetBytes(Ris.Write(citation)));
        output.WriteOrKeep(folder + CslJsonFile, CslJson.Write(citation));
    }
}
