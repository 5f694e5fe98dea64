using System.Text;

namespace SdgArchive.SiteTests.Security;

/// <summary>Broken inputs too large to commit: written into a test's source folder on demand.</summary>
public static class GeneratedInputs
{
    public const string HugeDocumentName = "huge-10mb.txt";
    public const string TenThousandTagsName = "ten-thousand-tags.txt";
    public const int TagCount = 10_000;

    /// <summary>
    /// A 10 MB document shaped like the real archive's worst pages: ordinary form text around one embedded base64
    /// image line of several megabytes, padded with paragraphs to 10 MB.
    /// </summary>
    public static string WriteHugeDocument(string folder)
    {
        var text = new StringBuilder(10_500_000);
        text.Append("# A ten megabyte document\n\n[[year:2021]]\n[[type:solution]]\n[[country:Kenya]]\n## Description\n\n> What is the solution?\n\n");
        text.Append("![embedded picture](data:image/png;base64,");
        text.Append('A', 4 * 1024 * 1024).Append(")\n\n");
        var paragraph = "Community volunteers mapped water points across the county and shared the data openly. ";
        for (var i = 0; text.Length < 10 * 1024 * 1024; i++)
            text.Append(paragraph).Append(i).Append('\n').Append('\n');
        var path = Path.Combine(folder, HugeDocumentName);
        File.WriteAllText(path, text.ToString(), new UTF8Encoding(false));
        return path;
    }

    /// <summary>A document carrying 10,000 tags, each a different thematic area (a tag page each, if nothing stops it).</summary>
    public static string WriteTenThousandTags(string folder)
    {
        var text = new StringBuilder();
        text.Append("# Ten thousand tags\n\n[[year:2022]]\n[[type:blog]]\n");
        for (var i = 0; i < TagCount; i++) text.Append("[[thematic_areas:generated topic ").Append(i).Append("]]\n");
        text.Append("## Description\n\n> What is the solution?\n\nA document with far more tags than any person would write.\n");
        var path = Path.Combine(folder, TenThousandTagsName);
        File.WriteAllText(path, text.ToString(), new UTF8Encoding(false));
        return path;
    }
}
