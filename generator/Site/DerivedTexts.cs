using System.Text;
using SdgArchive.Caching;
using SdgArchive.Model;

namespace SdgArchive.Site;

/// <summary>
/// Text made from one document and the archive's boilerplate (its excerpt, its search record's words), kept in the
/// <see cref="ContentStore"/> (a kind per text: <c>excerpts</c>, <c>search-words</c>) by the hash of what it was made
/// from: the document's bytes and path, the generator build, the boilerplate's fingerprint and any other choice it
/// depends on. A build after one edit makes them again for that document only: excerpts and search words of 10,000
/// documents were 2.5 s of a one-edit build's 20 s of CPU.
/// </summary>
public sealed class DerivedTexts(ContentStore store)
{
    /// <summary>Part of every entry's name: a change to how a text is made must give new names.</summary>
    private const string Format = "derived-1";

    /// <summary>
    /// The text of kind <paramref name="kind"/> (a store kind's name) of <paramref name="document"/> under
    /// <paramref name="boilerplate"/> (<paramref name="variant"/> names any other choice it depends on), from the store
    /// or made by <paramref name="make"/> and kept.
    /// </summary>
    public string Get(string kind, ArchiveDocument document, Boilerplate boilerplate, string variant, Func<string> make)
    {
        var entries = store.Packed(kind);
        var key = ContentHash.OfParts(Format, kind, BuildFingerprint.GeneratorKey, document.ContentHash,
            document.SourcePath, boilerplate.Fingerprint, variant) + ".txt";
        if (entries.Read(key, Encoding.UTF8.GetString) is { } kept) return kept;
        var text = make();
        entries.Write(key, Encoding.UTF8.GetBytes(text));
        return text;
    }

    /// <summary>The text from <paramref name="texts"/>, or made (no cache: <c>--no-cache</c>).</summary>
    public static string Make(DerivedTexts? texts, string kind, ArchiveDocument document, Boilerplate boilerplate,
        string variant, Func<string> make) =>
        texts is null ? make() : texts.Get(kind, document, boilerplate, variant, make);
}
