using System.Text;
using SdgArchive.Caching;
using SdgArchive.Model;

namespace SdgArchive.Site;

/// <summary>
/// Text made from one document and the archive's boilerplate (its excerpt, its search record's words), kept under
/// <c>{cache}/derived/</c> by the hash of what it was made from: the document's bytes and path, the generator build,
/// the boilerplate's fingerprint and the kind. A build after one edit makes them again for that document only:
/// excerpts and search words of 10,000 documents were 2.5 s of a one-edit build's 20 s of CPU. Entries are written
/// once, through a temporary file and a rename, like the read cache beside them.
/// </summary>
public sealed class DerivedTexts(string cacheFolder)
{
    /// <summary>Part of every entry's name: a change to how a text is made must give new names.</summary>
    private const string Format = "derived-1";

    private readonly string _folder = Path.Combine(Path.GetFullPath(cacheFolder), "derived");

    /// <summary>
    /// The <paramref name="kind"/> of text of <paramref name="document"/> under <paramref name="boilerplate"/>
    /// (<paramref name="variant"/> names any other choice it depends on), from the cache or made by
    /// <paramref name="make"/> and kept.
    /// </summary>
    public string Get(string kind, ArchiveDocument document, Boilerplate boilerplate, string variant, Func<string> make)
    {
        var entry = Path.Combine(_folder, ContentHash.OfParts(Format, kind, BuildFingerprint.GeneratorKey,
            document.ContentHash, document.SourcePath, boilerplate.Fingerprint, variant) + ".txt");
        try
        {
            return Encoding.UTF8.GetString(File.ReadAllBytes(entry));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Not made yet (or unreadable): made now.
        }
        var text = make();
        try
        {
            Directory.CreateDirectory(_folder);
            var temporary = entry + "." + Guid.NewGuid().ToString("N") + ".tmp";
            File.WriteAllBytes(temporary, Encoding.UTF8.GetBytes(text));
            File.Move(temporary, entry, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A full disk or a read-only cache costs the next build the work, nothing more.
        }
        return text;
    }

    /// <summary>No cache (<c>--no-cache</c>): every text is made.</summary>
    public static string Make(DerivedTexts? texts, string kind, ArchiveDocument document, Boilerplate boilerplate,
        string variant, Func<string> make) =>
        texts is null ? make() : texts.Get(kind, document, boilerplate, variant, make);
}
