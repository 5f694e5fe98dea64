using SdgArchive.Caching;
using System.Globalization;
using System.Text;
using SdgArchive.Diagnostics;

namespace SdgArchive.I18n;

/// <summary>
/// The interface's words in the site's language (<c>language</c> in <c>content/site.json</c>), from
/// <c>templates/i18n/&lt;language&gt;.json</c>, with English (<c>en.json</c>) as the reference every other file is
/// checked against. A string the language lacks is reported at its file and shown in English; a string no file has is
/// reported where it is asked for and shown as its key, never as a blank, once per build however many pages ask. A
/// copy made by <see cref="RecordingInto"/> records every key it looks up in a page's <see cref="InputLog"/>, so
/// editing one string re-renders the pages that show it, not the site, and reports a missing one into that log, so a
/// page reused from the last build reports it again.
/// </summary>
public sealed class InterfaceStrings
{
    public const string ReferenceLanguage = "en";
    public const string Folder = "i18n";

    private readonly StringsFile? _own;
    private readonly StringsFile? _english;
    private readonly DiagnosticBag _diagnostics;
    /// <summary>Each key's hash of what the files hold for it (<see cref="EntryHash"/>), shared by copies.</summary>
    private readonly IReadOnlyDictionary<string, string> _hashes;
    /// <summary>Where a recording copy notes the keys looked up; null for the build's own strings.</summary>
    private readonly InputLog? _reads;

    /// <summary>The interface language, as the site's settings name it (<c>fr</c>).</summary>
    public string Language { get; }

    private InterfaceStrings(string language, StringsFile? own, StringsFile? english, DiagnosticBag diagnostics)
    {
        Language = language;
        _own = own;
        _english = english;
        _diagnostics = diagnostics;
        _hashes = (_own?.Keys ?? []).Concat(_english?.Keys ?? []).Distinct(StringComparer.Ordinal)
            .ToDictionary(key => key, EntryHash, StringComparer.Ordinal);
    }

    private InterfaceStrings(InterfaceStrings strings, InputLog reads)
    {
        Language = strings.Language;
        _own = strings._own;
        _english = strings._english;
        _diagnostics = strings._diagnostics;
        _hashes = strings._hashes;
        _reads = reads;
    }

    /// <summary>The same strings, noting every key looked up in <paramref name="reads"/> (the page's log).</summary>
    public InterfaceStrings RecordingInto(InputLog reads) => new(this, reads);

    /// <summary>
    /// Registers every key's current hash, so a page that looked one up is reused only while the files hold the same
    /// for it (a key no file has any more reads as missing, and the page is rendered again).
    /// </summary>
    public void Register(InputState state)
    {
        foreach (var (key, hash) in _hashes) state.String(key, hash);
    }

    /// <summary>
    /// What the files hold for <paramref name="key"/>, both the site's language and English (the fallback), text and
    /// plural forms: whatever a lookup of the key can return.
    /// </summary>
    private string EntryHash(string key)
    {
        IEnumerable<string> Of(StringsFile? file)
        {
            yield return file?.Texts.GetValueOrDefault(key) is { } text ? "text:" + text : "no text";
            if (file?.Plurals.GetValueOrDefault(key) is not { } forms) yield return "no plurals";
            else
                foreach (var (category, form) in forms.OrderBy(f => f.Key, StringComparer.Ordinal))
                    yield return $"{category}:{form}";
        }
        return ContentHash.OfParts(Of(_own).Append("|english|").Concat(Of(_english)));
    }

    /// <summary>Notes a key looked up by a recording copy.</summary>
    private void Read(string key) => _reads?.String(key, _hashes.GetValueOrDefault(key) ?? InputLog.Missing);

    public static InterfaceStrings Load(string templatesFolder, string language, DiagnosticBag diagnostics)
    {
        var folder = Path.Combine(templatesFolder, Folder);
        var shownFolder = Path.GetFileName(templatesFolder.TrimEnd('/', '\\')) + "/" + Folder;
        StringsFile? Read(string name) =>
            StringsFile.Load(Path.Combine(folder, name + ".json"), $"{shownFolder}/{name}.json", diagnostics);

        var english = Read(ReferenceLanguage);
        if (english is null && Directory.Exists(folder))
            diagnostics.Report(new($"{shownFolder}/{ReferenceLanguage}.json", 0, 0), Severity.Warning, DiagnosticCodes.StringsFile,
                "the English strings file, which every other language is checked against, is missing");
        var own = english;
        if (!language.Equals(ReferenceLanguage, StringComparison.OrdinalIgnoreCase))
        {
            // fr-CA.json when there is one, else fr.json.
            own = Read(language) ?? (language.Contains('-') ? Read(language.Split('-')[0]) : null);
            if (own is null)
                diagnostics.Report(new($"{shownFolder}/{language}.json", 0, 0), Severity.Warning, DiagnosticCodes.StringsFile,
                    $"there is no strings file for the site's language \"{language}\"; the interface is shown in English");
        }
        var strings = new InterfaceStrings(language, own ?? english, english, diagnostics);
        strings.ReportMissingTranslations();
        return strings;
    }

    /// <summary>English only, from the given strings (tests and tools that render without a templates folder).</summary>
    public static InterfaceStrings Without(DiagnosticBag diagnostics) =>
        new(ReferenceLanguage, null, null, diagnostics);

    private void ReportMissingTranslations()
    {
        if (_own is null || _english is null || ReferenceEquals(_own, _english)) return;
        var missing = _english.Keys.Where(k => !_own.Has(k)).Order(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
            _diagnostics.Report(new(_own.Path, 1, 1), Severity.Warning, DiagnosticCodes.MissingString,
                $"{missing.Count} string{(missing.Count == 1 ? " is" : "s are")} not translated and shown in English: {string.Join(", ", missing)}");
    }

    /// <summary>Whether any strings file has this key.</summary>
    public bool Has(string key)
    {
        Read(key);
        return (_own?.Has(key) ?? false) || (_english?.Has(key) ?? false);
    }

    /// <summary>The text of <paramref name="key"/> with <c>{0}</c>, <c>{1}</c>… replaced by <paramref name="args"/>.</summary>
    public string Text(string key, SourceSpan? at = null, params object?[] args)
    {
        Read(key);
        var text = _own?.Texts.GetValueOrDefault(key) ?? _english?.Texts.GetValueOrDefault(key);
        if (text is null)
        {
            Missing(key, at);
            return key;
        }
        return Fill(text, args);
    }

    /// <summary>The plural form of <paramref name="key"/> for <paramref name="count"/>, with <c>{count}</c> filled in.</summary>
    public string Count(string key, long count, SourceSpan? at = null, params object?[] args)
    {
        Read(key);
        // An untranslated count is English, so it takes English's plural rule.
        var (forms, language) = _own?.Plurals.GetValueOrDefault(key) is { } own ? (own, Language)
            : (_english?.Plurals.GetValueOrDefault(key), ReferenceLanguage);
        if (forms is null)
        {
            Missing(key, at);
            return $"{Number(count)} {key}";
        }
        var category = PluralRules.Category(language, count);
        var text = forms.GetValueOrDefault(category) ?? forms.GetValueOrDefault("other") ?? forms.Values.First();
        return Fill(text.Replace("{count}", Number(count), StringComparison.Ordinal), args);
    }

    /// <summary>One plural form of a count as written (<c>{count}</c> left in), for scripts that choose the form themselves.</summary>
    public string? PluralForm(string key, string category, SourceSpan? at = null)
    {
        Read(key);
        var forms = _own?.Plurals.GetValueOrDefault(key) ?? _english?.Plurals.GetValueOrDefault(key);
        if (forms is null && category == "other") Missing(key, at);
        return forms?.GetValueOrDefault(category);
    }

    /// <summary>A whole number with the language's digit grouping (<c>1,234</c>, <c>1 234</c>, <c>1234</c>/<c>12.345</c>).</summary>
    public string Number(long n)
    {
        var digits = Math.Abs(n).ToString(CultureInfo.InvariantCulture);
        var separator = Optional("number.group") ?? ",";
        var minimum = int.TryParse(Optional("number.minimumGroupingDigits"), NumberStyles.None, CultureInfo.InvariantCulture, out var m) ? m : 1;
        if (digits.Length < 4 + (minimum - 1)) return (n < 0 ? "-" : "") + digits;
        var grouped = new StringBuilder();
        for (var i = 0; i < digits.Length; i++)
        {
            if (i > 0 && (digits.Length - i) % 3 == 0) grouped.Append(separator);
            grouped.Append(digits[i]);
        }
        return (n < 0 ? "-" : "") + grouped;
    }

    /// <summary>A date written out in the interface language (<c>12 March 2023</c>, <c>12 mars 2023</c>, <c>12 de marzo de 2023</c>).</summary>
    public string Date(DateOnly date) =>
        Text("date.format")
            .Replace("{day}", date.Day.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{month}", Text($"month.{date.Month}"), StringComparison.Ordinal)
            .Replace("{year}", date.Year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

    /// <summary>The text of a key when a strings file has it, else null, without a report (optional strings).</summary>
    public string? Optional(string key)
    {
        Read(key);
        return _own?.Texts.GetValueOrDefault(key) ?? _english?.Texts.GetValueOrDefault(key);
    }

    /// <summary>
    /// Reports a key no file has, where it was asked for: into the page's log (a recording copy), so the page
    /// reports it again when reused, else into the build's diagnostics. Once per build either way (by key and place:
    /// the message names the key).
    /// </summary>
    private void Missing(string key, SourceSpan? at)
    {
        var file = _own?.Path ?? _english?.Path ?? $"templates/{Folder}/{ReferenceLanguage}.json";
        var missing = new Diagnostic(at ?? new(file, 0, 0), Severity.Warning, DiagnosticCodes.MissingString,
            $"no strings file has \"{key}\" (add it to {file}); the key is shown instead") { Once = true };
        if (_reads is { } reads) reads.Report(missing);
        else _diagnostics.Add(missing);
    }

    private static string Fill(string text, object?[] args)
    {
        // Most strings have nothing to fill, and a call from a template passes its eleven optional values (null) all
        // the same: eleven scans and copies of the text per string shown were ~1 % of the core build's samples.
        if (args.Length == 0 || !text.Contains('{')) return text;
        var filled = new StringBuilder(text);
        for (var i = 0; i < args.Length; i++)
            filled.Replace("{" + i.ToString(CultureInfo.InvariantCulture) + "}", Convert.ToString(args[i], CultureInfo.InvariantCulture));
        return filled.ToString();
    }
}
