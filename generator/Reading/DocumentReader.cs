using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using SdgArchive.Diagnostics;
using SdgArchive.Model;

namespace SdgArchive.Reading;

/// <summary>
/// Reads one archive document from its bytes. Never throws for bad input: problems become diagnostics, and a document
/// that cannot be read well still gets a model (only empty and binary files are skipped).
/// </summary>
public static partial class DocumentReader
{
    public const int MinYear = 1950;
    public const int MaxYear = 2100;

    public static ReadResult Read(string sourcePath, ReadOnlySpan<byte> bytes)
    {
        var diagnostics = new List<Diagnostic>();
        var text = SourceText.Decode(bytes, sourcePath, diagnostics);
        if (text is null) return new ReadResult(null, diagnostics);

        var lines = text.Split('\n');
        RepairLines(lines, sourcePath, diagnostics);
        var tags = TagScanner.Extract(lines, sourcePath, diagnostics);
        var fields = new TagFields(sourcePath, diagnostics);
        foreach (var tag in tags) fields.Add(tag);

        var headingLines = HeadingLines(lines);
        var sections = SectionParser.Parse(lines, headingLines);
        var title = TitleResolver.Resolve(lines, sections, sourcePath, diagnostics);

        ReportFenceLeftOpen(lines, sourcePath, diagnostics);

        var fileStem = Path.GetFileNameWithoutExtension(sourcePath);
        var document = new ArchiveDocument
        {
            SourcePath = sourcePath,
            Slug = Slugs.Create(title.Text, fileStem, "doc"),
            Title = title,
            Types = fields.Types,
            Year = fields.Year,
            Date = fields.Date,
            FocalPoint = fields.FocalPoint,
            Places = fields.Places,
            UnplacedPoints = fields.UnplacedPoints,
            Sdgs = fields.Sdgs,
            Methods = fields.Values("methods"),
            DataSources = fields.Values("datasources"),
            ThematicAreas = fields.Values("thematic_areas"),
            Tags = fields.All,
            Sections = sections,
            Body = string.Join('\n', lines),
            Images = ImageScanner.Find(lines),
            Diagnostics = diagnostics,
            ContentHash = Convert.ToHexStringLower(SHA256.HashData(bytes)),
        };
        document = document with { Language = Languages.LanguageDetection.Detect(document, diagnostics) };
        return new ReadResult(document, diagnostics);
    }

    /// <summary>
    /// The lines of the first H1 (and, when it is empty, the line that carries its text): the page shows the title
    /// itself, so these never appear again in the body.
    /// </summary>
    private static HashSet<int> HeadingLines(string[] lines)
    {
        var fence = new FenceTracker();
        for (var i = 0; i < lines.Length; i++)
        {
            if (fence.Update(lines[i]) || fence.Inside) continue;
            var match = HeadingOne().Match(lines[i]);
            if (!match.Success) continue;
            if (match.Groups[1].Value.Trim().Length > 0) return [i + 1];
            for (var j = i + 1; j < lines.Length; j++)
                if (lines[j].Trim().Length > 0 && !lines[j].TrimStart().StartsWith("![", StringComparison.Ordinal)) return [i + 1, j + 1];
            return [i + 1];
        }
        return [];
    }

    /// <summary>
    /// Repairs mojibake in every line and blanks the export's empty <c>****</c> lines (Markdown would draw them as rules);
    /// lines keep their numbers.
    /// </summary>
    private static void RepairLines(string[] lines, string path, List<Diagnostic> diagnostics)
    {
        var fence = new FenceTracker();
        var firstRepaired = 0;
        var repairedCount = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            if (fence.Update(lines[i]) || fence.Inside) continue;
            if (EmptyEmphasis().IsMatch(lines[i])) { lines[i] = ""; continue; }
            var repaired = TextRepair.RepairMojibake(lines[i]);
            if (ReferenceEquals(repaired, lines[i])) continue;
            lines[i] = repaired;
            repairedCount++;
            if (firstRepaired == 0) firstRepaired = i + 1;
        }
        if (repairedCount > 0)
            diagnostics.Add(new(new(path, firstRepaired, 1), Severity.Info, DiagnosticCodes.MojibakeRepaired,
                $"UTF-8 text shown as Mac Roman (such as \"‚Äô\" for \"’\") was repaired on {repairedCount} line{(repairedCount == 1 ? "" : "s")}"));
    }

    private static void ReportFenceLeftOpen(string[] lines, string path, List<Diagnostic> diagnostics)
    {
        var fence = new FenceTracker();
        foreach (var line in lines) fence.Update(line);
        if (fence.Inside)
            diagnostics.Add(new(new(path, fence.OpenedAtLine, 1), Severity.Warning, DiagnosticCodes.UnclosedCodeFence, "code fence is never closed: the rest of the document is shown as code"));
    }

    [GeneratedRegex(@"^\s{0,3}#(?:\s+(.*)|\s*)$")]
    private static partial Regex HeadingOne();

    [GeneratedRegex(@"^\s*\*{4,}\s*$")]
    private static partial Regex EmptyEmphasis();
}

/// <summary>What reading one file produced: the document (null when skipped) and its diagnostics.</summary>
public sealed record ReadResult(ArchiveDocument? Document, IReadOnlyList<Diagnostic> Diagnostics);
