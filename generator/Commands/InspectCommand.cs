using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using SdgArchive.Diagnostics;
using SdgArchive.Model;
using SdgArchive.Reading;

namespace SdgArchive.Commands;

/// <summary>
/// <c>inspect [--source DIR] [--json]</c>: shows each document as the reader understood it from its syntax tree: the
/// title and the source it came from, sections and answers with their start and end in the file, keys shown and
/// internal.
/// </summary>
public static class InspectCommand
{
    public static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };

    public static int Run(CommandLine args, TextWriter output, TextWriter errors)
    {
        var source = args.Get("source", "seeds");
        var asJson = args.Flag("json");
        if (args.ReportProblems(CommandLine.UsageOf("inspect"), errors) is var usage and not 0) return usage;
        if (InputFolderCheck.Problems(new Dictionary<string, string> { ["--source"] = source }) is [_, ..] missing)
        {
            foreach (var problem in missing) errors.WriteLine(problem);
            return 1;
        }

        var bag = new DiagnosticBag();
        var documents = ArchiveReader.ReadFolder(source, bag);
        if (asJson)
        {
            output.WriteLine(JsonSerializer.Serialize(documents.Select(InspectView.From), Json));
        }
        else
        {
            foreach (var document in documents) WriteText(document, output);
        }
        DiagnosticPrinter.Print(bag, errors);
        return bag.HasErrors ? 1 : 0;
    }

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    private static void WriteText(ArchiveDocument d, TextWriter o)
    {
        o.WriteLine($"{d.SourcePath} → /documents/{d.Slug}/");
        var where = d.Title.Line > 0 ? $" at {d.Title.Line}:{d.Title.Column}" : "";
        o.WriteLine($"  title: {d.Title.Text} ({d.Title.Source}{where}{(d.Title.SourceWasCutOff ? ", source cut off" : "")})");
        if (d.Title.Display != d.Title.Text) o.WriteLine($"  shown as: {d.Title.Display}");
        o.WriteLine($"  language: {LanguageLine(d.Language)}");
        o.WriteLine($"  types: {string.Join(", ", d.Types)}; year: {d.Year?.ToString() ?? "-"}; date: {d.Date?.ToString("yyyy-MM-dd") ?? "-"}");
        foreach (var p in d.Places)
            o.WriteLine($"  place: {p.Name}{(p.Country is { } c && c.Name != p.Name ? $" = {c.Name}" : p.Country is null ? " (not a country)" : "")} {string.Join(" ", p.Points.Select(pt => $"[{pt.Key}]"))}");
        o.WriteLine($"  sdgs: {string.Join(", ", d.Sdgs)}");
        foreach (var (key, values) in d.Tags.Where(t => t.Key is not ("type" or "year" or "date" or "country" or "latlng" or "sdgs" or "focal_point")))
            o.WriteLine($"  {key}: {string.Join(" | ", values.Select(v => v.Value))}");
        var (shown, hidden) = InspectView.Keys(d);
        var shownKeys = shown.Select(k => $"{k.Key} ({k.Value.ToLowerInvariant()})");
        o.WriteLine($"  keys shown: {(shown.Count == 0 ? "-" : string.Join(", ", shownKeys))}");
        o.WriteLine($"  keys internal: {(hidden.Count == 0 ? "-" : string.Join(", ", hidden))}");
        foreach (var s in d.Sections)
        {
            var what = s.IsTitle ? "the title" : s.StandsAlone ? "a heading with nothing under it, shown as text" : $"{s.Items.Count(i => i.IsAnswered)}/{s.Items.Count} answered";
            o.WriteLine($"  § {s.Range}: {(s.Heading.Length > 0 ? s.Heading : "(no heading)")}: {what}");
            foreach (var i in s.Items)
                o.WriteLine($"      {i.Range} {(i.IsAnswered ? "answered  " : "unanswered")} {Shorten(i.Prompt ?? "(text before any question)", 70)}");
        }
        o.WriteLine();
    }

    private static string LanguageLine(DocumentLanguage language) => language.Source switch
    {
        LanguageSource.Tag => $"{language.Code} (from its language tag)",
        LanguageSource.Detected => $"{language.Code} (detected from the text)",
        _ => "too short to tell: pages declare the site's language",
    };
}

/// <summary>The JSON shape of <c>inspect --json</c>: the model without the (possibly huge) body text.</summary>
public sealed record InspectView(
    string Source, string Slug, DocumentLanguage Language, DocumentTitle Title, IReadOnlyList<string> Types, int? Year, string? Date,
    IReadOnlyList<InspectPlace> Places, IReadOnlyList<double[]> UnplacedPoints, IReadOnlyList<int> Sdgs,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Tags, IReadOnlyDictionary<string, string> KeysShown,
    IReadOnlyList<string> KeysInternal,
    IReadOnlyList<InspectSection> Sections, int BodyLength,
    IReadOnlyList<InspectImage> Images, IReadOnlyList<string> Diagnostics)
{
    public static InspectView From(ArchiveDocument d) => new(
        d.SourcePath, d.Slug, d.Language, d.Title, d.Types, d.Year, d.Date?.ToString("yyyy-MM-dd"),
        d.Places.Select(p => new InspectPlace(p.Name, p.Country?.Name, p.Points.Select(pt => new[] { pt.Lat, pt.Lng }).ToList())).ToList(),
        d.UnplacedPoints.Select(pt => new[] { pt.Lat, pt.Lng }).ToList(), d.Sdgs,
        d.Tags.Where(t => t.Key != "focal_point").ToDictionary(t => t.Key, t => (IReadOnlyList<string>)t.Value.Select(v => v.Value).ToList()),
        Keys(d).Shown, Keys(d).Internal,
        d.Sections.Select(s => new InspectSection(s.Heading, s.Range, s.IsTitle, s.StandsAlone,
            s.Items.Select(i => new InspectItem(i.Prompt, i.IsAnswered, i.Answer.Length > 200 ? i.Answer[..200] + "…" : i.Answer, i.Group, i.Range)).ToList())).ToList(),
        d.Body.Length,
        d.Images.Select(i => new InspectImage(i.Line, i.AltText, i.Url, i.EmbeddedMediaType, i.IsEmbedded ? i.EmbeddedLength : null)).ToList(),
        d.Diagnostics.Select(x => x.ToString()).ToList());

    /// <summary>
    /// The document's keys a page shows, with how (taxonomy, place, fact…), and the ones it keeps internal
    /// (<see cref="TagKeys"/>): every key is one or the other.
    /// </summary>
    public static (IReadOnlyDictionary<string, string> Shown, IReadOnlyList<string> Internal) Keys(ArchiveDocument d) => (
        d.Tags.Keys.Where(k => TagKeys.RoleOf(k) != TagKeyRole.Internal)
            .ToDictionary(k => k, k => TagKeys.RoleOf(k).ToString()),
        d.Tags.Keys.Where(k => TagKeys.RoleOf(k) == TagKeyRole.Internal).ToList());
}

public sealed record InspectPlace(string Name, string? Country, IReadOnlyList<double[]> Points);
/// <summary>A section as inspect shows it: where it starts and ends, and whether it is the title or a heading alone.</summary>
public sealed record InspectSection(string Heading, SourceRange Range,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool IsTitle,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool StandsAlone,
    IReadOnlyList<InspectItem> Items);
public sealed record InspectItem(string? Prompt, bool Answered, string Answer,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] int Group, SourceRange Range);
/// <summary>An image as inspect shows it: embedded data is summarised by media type and length, never printed.</summary>
public sealed record InspectImage(int Line, string Alt, string? Url, string? EmbeddedMediaType, int? EmbeddedLength);
