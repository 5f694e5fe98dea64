using SdgArchive.Caching;
using SdgArchive.Diagnostics;
using SdgArchive.Model;
using SdgArchive.Syntax;

namespace SdgArchive.Reading;

/// <summary>
/// Reads one archive document from its bytes: decodes and repairs the text, parses it once with the archive's Markdig
/// pipeline (<see cref="ArchiveMarkdown.Documents"/>) and projects the model from that tree
/// (<see cref="DocumentProjection"/>). Never throws for bad input: problems become diagnostics, and a document that
/// cannot be read well still gets a model (only empty and binary files are skipped).
/// </summary>
public static class DocumentReader
{
    public const int MinYear = 1950;
    public const int MaxYear = 2100;

    public static ReadResult Read(string sourcePath, ReadOnlySpan<byte> bytes)
    {
        var diagnostics = new List<Diagnostic>();
        var text = SourceText.Decode(bytes, sourcePath, diagnostics);
        if (text is null) return new ReadResult(null, diagnostics);

        text = RepairMojibake(text, sourcePath, diagnostics);
        Security.DocumentSize.Check(text, Security.InputLimits.Default, sourcePath, diagnostics);
        text = Security.NestingLimit.Apply(text, Security.InputLimits.Default.MaxNestingDepth, sourcePath, diagnostics);
        Markdig.Syntax.MarkdownDocument tree;
        try
        {
            tree = Markdig.Markdown.Parse(text, ArchiveMarkdown.Documents);
        }
        catch (ArgumentException ex)
        {
            // Nesting the estimate above did not see: the words are kept, without formatting, rather than the page lost.
            diagnostics.Add(new(new(sourcePath, 1, 1), Severity.Warning, DiagnosticCodes.NestingTooDeep,
                $"Markdown too deeply nested to read ({ex.Message.ReplaceLineEndings(" ")}): the text is shown without formatting"));
            text = Security.NestingLimit.Flatten(text);
            tree = Markdig.Markdown.Parse(text, ArchiveMarkdown.Documents);
        }
        var document = DocumentProjection.Project(tree, text, sourcePath, ContentHash.Of(bytes), diagnostics);
        document = document with { Language = Languages.LanguageDetection.Detect(document, diagnostics) };
        return new ReadResult(document, diagnostics);
    }

    /// <summary>Repairs mojibake line by line, so lines keep their numbers; reported once, at the first repaired line.</summary>
    private static string RepairMojibake(string text, string path, List<Diagnostic> diagnostics)
    {
        var lines = text.Split('\n');
        var firstRepaired = 0;
        var repairedCount = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            var repaired = TextRepair.RepairMojibake(lines[i]);
            if (ReferenceEquals(repaired, lines[i])) continue;
            lines[i] = repaired;
            repairedCount++;
            if (firstRepaired == 0) firstRepaired = i + 1;
        }
        if (repairedCount == 0) return text;
        diagnostics.Add(new(new(path, firstRepaired, 1), Severity.Info, DiagnosticCodes.MojibakeRepaired,
            $"UTF-8 text shown as Mac Roman (such as \"‚Äô\" for \"’\") was repaired on {repairedCount} line{(repairedCount == 1 ? "" : "s")}"));
        return string.Join('\n', lines);
    }
}

/// <summary>What reading one file produced: the document (null when skipped) and its diagnostics.</summary>
public sealed record ReadResult(ArchiveDocument? Document, IReadOnlyList<Diagnostic> Diagnostics);
