using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp;
using SdgArchive.Diagnostics;
using SdgArchive.Model;
using SdgArchive.Reading;
using SdgArchive.SiteTests.Support;

namespace SdgArchive.SiteTests.Fidelity;

/// <summary>
/// The words a reader sees: each of the 400 shared pages rendered by <c>marked</c> (the CommonMark/GFM renderer the
/// archive's own site uses, pinned in package.json) against the same document's page on the built site. Every word
/// marked shows must be on the page, or be one of the intended omissions listed here (README, "Reading a document");
/// any other loss above 1 % of a page's words fails, naming the page and the words.
/// </summary>
[NonParallelizable]
public partial class MarkedFidelityTests
{
    private const double MaxUnexplainedLoss = 0.01;

    [Test]
    public void No_shared_page_loses_more_than_one_percent_of_its_words_to_anything_but_the_intended_omissions()
    {
        var corpus = RepoPaths.RequireCorpus();
        var site = BuiltSite.Build(corpus);
        var documents = ArchiveReader.ReadFolder(corpus, new DiagnosticBag());
        var marked = RenderWithMarked(corpus);
        var boilerplate = SdgArchive.Site.Boilerplate.From(documents);
        Assert.That(marked, Has.Count.EqualTo(documents.Count));

        var browsing = BrowsingContext.New(Configuration.Default);
        var failures = new List<string>();
        var totalWords = 0;
        var totalLost = 0;
        foreach (var document in documents)
        {
            var reference = Words(browsing.OpenAsync(r => r.Content(marked[document.SourcePath])).GetAwaiter().GetResult().Body!.TextContent);
            var page = site.Page($"/documents/{document.Slug}/");
            var shown = Words(page.QuerySelector("h1")!.TextContent + " " + page.QuerySelector(".document-body")!.TextContent);
            var omitted = IntendedOmissions(document, boilerplate);
            var lost = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var (word, count) in reference)
            {
                var missing = count - shown.GetValueOrDefault(word) - omitted.GetValueOrDefault(word);
                if (missing > 0) lost[word] = missing;
            }
            var words = reference.Values.Sum();
            var lostCount = lost.Values.Sum();
            totalWords += words;
            totalLost += lostCount;
            if (words > 0 && (double)lostCount / words > MaxUnexplainedLoss)
                failures.Add($"{document.SourcePath}: {lostCount} of {words} words lost ({100.0 * lostCount / words:0.0} %): " +
                             string.Join(", ", lost.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(25).Select(kv => $"{kv.Key}×{kv.Value}")));
        }
        TestContext.Out.WriteLine($"{documents.Count} pages, {totalWords} words by marked, {totalLost} unexplained losses ({100.0 * totalLost / Math.Max(1, totalWords):0.00} %)");
        Assert.That(failures, Is.Empty, string.Join('\n', failures));
    }

    /// <summary>
    /// What the page deliberately does not show: the tags (metadata), the Title section and the first heading (the
    /// page's title shows the title), questions nobody answered with what was written under them (fillers, the form's
    /// notes), headings of sections nobody answered, text outside any question that the archive repeats in five or
    /// more documents (the form's own closing words), and the local part of e-mail addresses (masked).
    /// </summary>
    private static Dictionary<string, int> IntendedOmissions(ArchiveDocument document, SdgArchive.Site.Boilerplate boilerplate)
    {
        var text = new List<string>();
        foreach (var section in document.Sections)
        {
            bool FormText(PromptAnswer i) => i.Prompt is null && i.Text.Length > 0 && boilerplate.Strip(i.Text).Length == 0;
            if (section.IsTitle || !section.Items.Any(i => i.IsAnswered && !FormText(i))) text.Add(section.Heading);
            foreach (var item in section.Items.Where(i => section.IsTitle || !i.IsAnswered || FormText(i)))
                text.Add((item.Prompt ?? "") + " " + item.Text);
        }
        text.Add(document.Title.Text);
        text.Add(FirstHeading().Match(document.Body).Value);
        text.AddRange(Email().Matches(document.Body).Select(m => m.Value));
        text.AddRange(document.Sections.SelectMany(s => s.Items).Select(i => i.Text).SelectMany(t => Email().Matches(t).Select(m => m.Value)));
        return Words(string.Join(' ', text));
    }

    /// <summary>
    /// Runs the pinned marked over the corpus, tags (metadata, never text) removed first and mojibake repaired as the
    /// reader repairs it (so "‚Äôs" and "’s" count as the same word).
    /// </summary>
    private static Dictionary<string, string> RenderWithMarked(string corpus)
    {
        var markedFolder = Path.Combine(RepoPaths.Root, "node_modules", "marked");
        // A checkout whose node_modules predates the pin gets it the way the build gets pagefind: from package-lock.json.
        if (!Directory.Exists(markedFolder)) InstallFromLockFile();
        if (!Directory.Exists(markedFolder)) Prerequisites.Missing($"marked is not installed ({markedFolder}): run npm ci");
        var input = TempFolder.Create("marked-input");
        foreach (var file in Directory.EnumerateFiles(corpus))
        {
            var source = string.Join('\n', File.ReadAllText(file).ReplaceLineEndings("\n").Split('\n').Select(TextRepair.RepairMojibake));
            File.WriteAllText(Path.Combine(input, Path.GetFileName(file)), Tag().Replace(source, ""));
        }
        var start = new ProcessStartInfo("node", [Path.Combine(RepoPaths.Root, "site-tests", "Fidelity", "render-with-marked.mjs"), input])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepoPaths.Root,
        };
        using var node = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        var stderr = node.StandardError.ReadToEndAsync();
        var json = node.StandardOutput.ReadToEnd();
        node.WaitForExit();
        Assert.That(node.ExitCode, Is.Zero, stderr.Result);
        return JsonSerializer.Deserialize<Dictionary<string, string>>(json)!;
    }

    private static void InstallFromLockFile()
    {
        var start = new ProcessStartInfo("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepoPaths.Root,
        };
        try
        {
            using var npm = Process.Start(start);
            if (npm is null) return;
            var errors = npm.StandardError.ReadToEndAsync();
            npm.StandardOutput.ReadToEnd();
            if (!npm.WaitForExit(TimeSpan.FromMinutes(3))) npm.Kill(entireProcessTree: true);
            TestContext.Out.WriteLine($"npm install: exit {npm.ExitCode} {errors.Result}");
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // npm is not on PATH: the caller reports marked as missing.
        }
    }

    private static Dictionary<string, int> Words(string text)
    {
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (Match m in Word().Matches(text.Normalize(System.Text.NormalizationForm.FormC)))
        {
            var word = m.Value.ToLowerInvariant();
            words[word] = words.GetValueOrDefault(word) + 1;
        }
        return words;
    }

    [GeneratedRegex(@"^\s{0,3}#[ \t]+\S.*$", RegexOptions.Multiline)]
    private static partial Regex FirstHeading();

    [GeneratedRegex(@"[\p{L}\p{M}\p{N}]+")]
    private static partial Regex Word();

    [GeneratedRegex(@"\[\[[A-Za-z][A-Za-z0-9_ \-]{0,40}:[^\]]*\]\]")]
    private static partial Regex Tag();

    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")]
    private static partial Regex Email();
}
