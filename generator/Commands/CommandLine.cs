namespace SdgArchive.Commands;

/// <summary>Minimal <c>--name value</c> / <c>--flag</c> parser: unknown options are errors, not silently ignored.</summary>
public sealed class CommandLine
{
    private readonly Dictionary<string, string?> _options = new(StringComparer.Ordinal);
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    public CommandLine(IEnumerable<string> args)
    {
        var list = args.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            var arg = list[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal)) { Positional.Add(arg); continue; }
            var eq = arg.IndexOf('=');
            if (eq > 0) { _options[arg[2..eq]] = arg[(eq + 1)..]; continue; }
            var hasValue = i + 1 < list.Count && !list[i + 1].StartsWith("--", StringComparison.Ordinal);
            _options[arg[2..]] = hasValue ? list[++i] : null;
        }
    }

    public List<string> Positional { get; } = [];

    public string Get(string name, string fallback) => Value(name) ?? fallback;

    public string? Value(string name)
    {
        _used.Add(name);
        return _options.TryGetValue(name, out var value) ? value : null;
    }

    public bool Flag(string name)
    {
        _used.Add(name);
        return _options.ContainsKey(name);
    }

    public int Int(string name, int fallback) => int.TryParse(Value(name), out var n) ? n : fallback;

    /// <summary>Options given on the command line that no code asked for (typos such as <c>--stirct</c>).</summary>
    public IEnumerable<string> Unused => _options.Keys.Where(k => !_used.Contains(k)).Order(StringComparer.Ordinal);
}
