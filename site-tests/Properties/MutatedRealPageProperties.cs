using FsCheck;
using FsCheck.Fluent;
using SdgArchive.Reading;

namespace SdgArchive.SiteTests.Properties;

/// <summary>
/// Real archive pages damaged the way files get damaged (cut mid-character, lines lost or repeated, bytes flipped,
/// hostile text spliced in): the reader still never throws.
/// </summary>
public class MutatedRealPageProperties
{
    private static byte[][]? _pages;

    [OneTimeSetUp]
    public void LoadPages() =>
        _pages = Directory.EnumerateFiles(RepoPaths.RequireCorpus()).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToArray();

    private static Gen<byte[]> Mutated =>
        from page in Gen.Elements(_pages!)
        from start in Gen.Choose(0, Math.Max(0, page.Length - 1))
        from length in Gen.Choose(0, 400)
        from fragment in DocumentGenerators.Line
        from kind in Gen.Choose(0, 4)
        select Mutate(page, kind, start, Math.Min(length, page.Length - start), DocumentGenerators.Utf8(fragment + "\n"));

    private static byte[] Mutate(byte[] page, int kind, int start, int length, byte[] fragment) => kind switch
    {
        0 => page[..start],                                                      // truncated, often mid-character
        1 => [.. page[..start], .. page[(start + length)..]],                    // a range lost
        2 => [.. page[..(start + length)], .. page[start..]],                    // a range repeated
        3 => [.. page[..start], .. fragment, .. page[start..]],                  // hostile or malformed text spliced in
        _ => page.Select((b, i) => i >= start && i < start + length && i % 7 == 0 ? (byte)(b ^ 0x80) : b).ToArray(), // high bits flipped
    };

    [FsCheck.NUnit.Property(MaxTest = 300)]
    public Property Damaged_real_pages_never_throw() =>
        Prop.ForAll(Mutated.ToArbitrary(), bytes =>
        {
            var result = DocumentReader.Read("page.md", bytes);
            return (result.Document is not null || result.Diagnostics.Count > 0).Label("a document, or a diagnostic saying why not");
        });
}
