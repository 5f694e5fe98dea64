using System.Collections.Concurrent;

namespace SdgArchive.Diagnostics;

/// <summary>Collects diagnostics from every stage (thread-safe) instead of throwing at the first problem.</summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> _items = new();
    /// <summary>The <see cref="Diagnostic.Once"/> diagnostics added so far.</summary>
    private readonly ConcurrentDictionary<Diagnostic, byte> _once = new();

    /// <summary>Adds the diagnostic, unless it is reported <see cref="Diagnostic.Once"/> and was already.</summary>
    public void Add(Diagnostic diagnostic)
    {
        if (diagnostic.Once && !_once.TryAdd(diagnostic, 0)) return;
        _items.Enqueue(diagnostic);
    }

    public void AddRange(IEnumerable<Diagnostic> diagnostics) { foreach (var d in diagnostics) Add(d); }
    public void Report(SourceSpan span, Severity severity, string code, string message) => Add(new(span, severity, code, message));

    /// <summary>Diagnostics in a stable order (path, line, column, code) so output is deterministic.</summary>
    public IReadOnlyList<Diagnostic> Sorted() => _items
        .OrderBy(d => d.Span.Path, StringComparer.Ordinal).ThenBy(d => d.Span.Line).ThenBy(d => d.Span.Column)
        .ThenBy(d => d.Code, StringComparer.Ordinal).ThenBy(d => d.Message, StringComparer.Ordinal).ToList();

    public int Count(Severity severity) => _items.Count(d => d.Severity == severity);
    public bool HasErrors => _items.Any(d => d.Severity == Severity.Error);

    public string Summary() => $"{Count(Severity.Error)} errors, {Count(Severity.Warning)} warnings";
}
