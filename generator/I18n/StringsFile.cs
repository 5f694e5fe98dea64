using System.Text.Json;
using SdgArchive.Diagnostics;

namespace SdgArchive.I18n;

/// <summary>
/// One language's interface strings, from <c>templates/i18n/&lt;language&gt;.json</c>: an object of keys to texts, or,
/// for counts, to an object of CLDR plural forms (<c>{"one": "{count} document", "other": "{count} documents"}</c>).
/// </summary>
public sealed class StringsFile
{
    public string Path { get; }
    public IReadOnlyDictionary<string, string> Texts { get; }
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Plurals { get; }

    private StringsFile(string path, Dictionary<string, string> texts, Dictionary<string, IReadOnlyDictionary<string, string>> plurals)
    {
        Path = path;
        Texts = texts;
        Plurals = plurals;
    }

    public bool Has(string key) => Texts.ContainsKey(key) || Plurals.ContainsKey(key);

    public IEnumerable<string> Keys => Texts.Keys.Concat(Plurals.Keys);

    /// <summary>Reads a strings file; null (reported at the file, line and column) when it is missing or not valid.</summary>
    public static StringsFile? Load(string path, string shownPath, DiagnosticBag diagnostics)
    {
        if (!File.Exists(path)) return null;
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var plurals = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(path),
                new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            if (json.RootElement.ValueKind != JsonValueKind.Object)
            {
                diagnostics.Report(new(shownPath, 1, 1), Severity.Error, DiagnosticCodes.StringsFile, "a strings file is one JSON object of keys to texts");
                return null;
            }
            foreach (var property in json.RootElement.EnumerateObject())
            {
                switch (property.Value.ValueKind)
                {
                    case JsonValueKind.String:
                        texts[property.Name] = property.Value.GetString()!;
                        break;
                    case JsonValueKind.Object when property.Value.EnumerateObject().All(f => f.Value.ValueKind == JsonValueKind.String):
                        plurals[property.Name] = property.Value.EnumerateObject().ToDictionary(f => f.Name, f => f.Value.GetString()!, StringComparer.Ordinal);
                        break;
                    default:
                        diagnostics.Report(new(shownPath, 1, 1), Severity.Warning, DiagnosticCodes.StringsFile,
                            $"\"{property.Name}\" is neither a text nor an object of plural forms (one, other…); it is ignored");
                        break;
                }
            }
        }
        catch (JsonException ex)
        {
            diagnostics.Report(new(shownPath, (int)(ex.LineNumber ?? 0) + 1, (int)(ex.BytePositionInLine ?? 0) + 1), Severity.Error,
                DiagnosticCodes.StringsFile, $"strings file is not valid JSON: {ex.Message}");
            return null;
        }
        return new StringsFile(shownPath, texts, plurals);
    }
}
