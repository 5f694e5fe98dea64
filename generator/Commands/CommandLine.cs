using System.Globalization;

namespace SdgArchive.Commands;

/// <summary>
/// Minimal <c>--name value</c> / <c>--name=value</c> / <c>--flag</c> parser. Nothing typed is silently ignored: an
/// unknown option, an option without its value (<c>--out</c> last), a value that is not a number or out of range and a
/// stray word and an option given twice are each a <see cref="UsageProblem"/>. Before, <c>build --out</c> built into
/// public/, <c>serve --port abc</c> served on 8080 and <c>--out a --out b</c> built into b without a word.
/// </summary>
public sealed class CommandLine
{
    private readonly Dictionary<string, GivenValue> _options = new(StringComparer.Ordinal);
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);
    private readonly List<UsageProblem> _problems = [];
    /// <summary>Words that are neither an option nor its value, by where they were typed.</summary>
    private readonly SortedDictionary<int, string> _positional = [];

    /// <summary>What followed an option (<see cref="Inline"/>: <c>--name=value</c>) and where it was.</summary>
    private readonly record struct GivenValue(string? Text, bool Inline, int Index);

    public CommandLine(IEnumerable<string> args)
    {
        var list = args.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            var arg = list[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal)) { _positional[i] = arg; continue; }
            var eq = arg.IndexOf('=');
            if (eq > 0) { Add(arg[2..eq], new GivenValue(arg[(eq + 1)..], Inline: true, i)); continue; }
            var hasValue = i + 1 < list.Count && !list[i + 1].StartsWith("--", StringComparison.Ordinal);
            Add(arg[2..], hasValue
                ? new GivenValue(list[++i], Inline: false, i)
                : new GivenValue(null, Inline: false, i));
        }
    }

    /// <summary>Refuses an option given twice: which of the two was meant is a guess (the last one had won).</summary>
    private void Add(string name, GivenValue given)
    {
        if (_options.TryGetValue(name, out var first))
        {
            _problems.Add(new UsageProblem("--" + name, first.Text is null || given.Text is null
                ? "given more than once; give it once"
                : $"given more than once ('{first.Text}', then '{given.Text}'); give it once"));
            return;
        }
        _options[name] = given;
    }

    public string Get(string name, string fallback) => Value(name) ?? fallback;

    /// <summary>The option's value; null when it was not given, and a problem when it was given without one.</summary>
    public string? Value(string name)
    {
        _used.Add(name);
        if (!_options.TryGetValue(name, out var given)) return null;
        if (!string.IsNullOrWhiteSpace(given.Text)) return given.Text;
        Report(name, "needs a value" + (given.Text is null ? $" (--{name} VALUE)" : ", not an empty one"));
        return null;
    }

    /// <summary>Whether the flag was given; a word after it is not its value but a stray argument.</summary>
    public bool Flag(string name)
    {
        _used.Add(name);
        if (!_options.TryGetValue(name, out var given)) return false;
        if (given.Inline) Report(name, "takes no value");
        else if (given.Text is not null) _positional[given.Index] = given.Text;
        return true;
    }

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>; else a problem.</summary>
    public int Int(string name, int fallback, int min = int.MinValue, int max = int.MaxValue)
    {
        if (Value(name) is not { } text) return fallback;
        var style = NumberStyles.AllowLeadingSign;
        if (int.TryParse(text, style, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max) return n;
        Report(name, $"needs a whole number from {min.ToString(CultureInfo.InvariantCulture)} to " +
            $"{max.ToString(CultureInfo.InvariantCulture)}, not '{text}'");
        return fallback;
    }

    /// <summary>A problem with an option's value that the command found (a base URL with a query, say).</summary>
    public void Report(string name, string message) => _problems.Add(new UsageProblem("--" + name, message));

    /// <summary>Options given on the command line that no code asked for (typos such as <c>--stirct</c>).</summary>
    public IEnumerable<string> Unused => _options.Keys.Where(k => !_used.Contains(k)).Order(StringComparer.Ordinal);

    /// <summary>Everything not understood, in a fixed order (read it after asking for every option).</summary>
    public IReadOnlyList<UsageProblem> Problems =>
    [
        .. new[]
        {
            Unused.Select(name => new UsageProblem("--" + name, "unknown option" + Suggestion(name))),
            _problems,
            _positional.Values.Select(word => new UsageProblem(word, word.StartsWith('-')
                ? "unknown option (options start with --)"
                : "unexpected argument (options are written --name value)")),
        }.SelectMany(p => p).Distinct(),
    ];

    /// <summary>Prints the problems, one line each, then <paramref name="usage"/>: exit code 2 (0: none).</summary>
    public int ReportProblems(string usage, TextWriter errors)
    {
        var problems = Problems;
        foreach (var problem in problems) errors.WriteLine(problem);
        if (problems.Count == 0) return 0;
        errors.WriteLine(usage);
        return 2;
    }

    /// <summary>The usage line of a command whose options <c>sdg-archive help</c> lists.</summary>
    public static string UsageOf(string command) =>
        $"usage: sdg-archive {command} [options] (sdg-archive help lists them)";

    /// <summary>" (did you mean --strict?)" for a typo one or two edits from an option the command knows.</summary>
    private string Suggestion(string typed)
    {
        var best = _used.Select(known => (known, distance: EditDistance(typed, known)))
            .Where(c => c.distance <= Math.Min(2, c.known.Length / 3 + 1))
            .OrderBy(c => c.distance).ThenBy(c => c.known, StringComparer.Ordinal).FirstOrDefault();
        return best.known is null ? "" : $" (did you mean --{best.known}?)";
    }

    private static int EditDistance(string a, string b)
    {
        var row = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var diagonal = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var above = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                diagonal = above;
            }
        }
        return row[b.Length];
    }
}
