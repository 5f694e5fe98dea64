using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using SdgArchive.Model;

namespace SdgArchive.Reading;

/// <summary>
/// The lines and sentences of a document as the archive compares them from document to document (to find the form's
/// own sentences and the navigation of copied web pages, see <c>Site.Boilerplate</c>): whitespace collapsed, lower
/// case. A document's pieces depend on it alone, so the reader names them once (<see cref="ArchiveDocument.Pieces"/>)
/// and the read cache keeps them: splitting every answer of 10,000 documents again was 1.6 s of a one-edit build's CPU.
/// </summary>
public static partial class TextPieces
{
    /// <summary>How a line or sentence is compared: whitespace collapsed, lower case.</summary>
    public static string Key(string text) => TextRepair.CollapseWhitespace(text).ToLowerInvariant();

    /// <summary>The sentences of a line (split after . ! ? …).</summary>
    public static IEnumerable<string> Sentences(string line) =>
        SentenceEnd().Split(line).Where(s => s.Trim().Length > 0);

    /// <summary>
    /// A piece's name: the first 8 bytes of the SHA-256 of its key (the generator's one hash function). 64 bits keep
    /// 10,000 documents' pieces in a few MB; a line made to collide with a recurring one would need ~2^64 tries.
    /// </summary>
    public static ulong Hash(string key)
    {
        Span<byte> hash = stackalloc byte[32];
        // Encoded on the stack (or into a pooled buffer): a new array for every line and sentence of every document.
        var most = Encoding.UTF8.GetMaxByteCount(key.Length);
        var rented = most <= 1024 ? null : ArrayPool<byte>.Shared.Rent(most);
        var bytes = rented ?? stackalloc byte[most];
        SHA256.HashData(bytes[..Encoding.UTF8.GetBytes(key, bytes)], hash);
        if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
        return BinaryPrimitives.ReadUInt64BigEndian(hash);
    }

    /// <summary>A document's distinct pieces, sorted: its answers' lines and sentences, its lone headings.</summary>
    public static ulong[] Of(ArchiveDocument document)
    {
        var seen = new HashSet<ulong>();
        foreach (var item in document.Sections.SelectMany(s => s.Items).Where(i => i.IsAnswered))
            foreach (var piece in Of(item.Text)) seen.Add(Hash(piece));
        // A heading with nothing under it that many documents share is the form's empty section, not the author's text.
        foreach (var section in document.Sections.Where(s => s.StandsAlone)) seen.Add(Hash(Key(section.Heading)));
        return [.. seen.Order()];
    }

    /// <summary>Each line's key, and each sentence's of a line with several.</summary>
    private static IEnumerable<string> Of(string text)
    {
        foreach (var line in text.Split('\n'))
        {
            var key = Key(line);
            if (key.Length == 0) continue;
            yield return key;
            var sentences = Sentences(line).ToList();
            if (sentences.Count > 1)
                foreach (var sentence in sentences) yield return Key(sentence);
        }
    }

    [GeneratedRegex(@"(?<=[.!?…])\s+")]
    private static partial Regex SentenceEnd();
}
