using System.Text;
using SdgArchive.Model;
using SdgArchive.Reading;

namespace SdgArchive.SiteTests.Reading;

/// <summary>Reads small documents written inline in the tests.</summary>
internal static class ReaderTestKit
{
    public static ReadResult ReadResult(string text, string path = "doc.md") => DocumentReader.Read(path, Encoding.UTF8.GetBytes(text));

    public static ArchiveDocument Read(string text, string path = "doc.md") =>
        ReadResult(text, path).Document ?? throw new AssertionException($"{path} was skipped");

    public static IEnumerable<string> Codes(this ArchiveDocument document) => document.Diagnostics.Select(d => d.Code);

    public static string Seed(string prefix) =>
        Directory.EnumerateFiles(RepoPaths.Seeds, prefix + "*").Single();

    public static ArchiveDocument ReadSeed(string prefix)
    {
        var path = Seed(prefix);
        return DocumentReader.Read(Path.GetFileName(path), File.ReadAllBytes(path)).Document!;
    }
}
