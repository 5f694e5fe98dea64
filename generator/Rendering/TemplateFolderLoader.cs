using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace SdgArchive.Rendering;

/// <summary>Loads <c>include</c>d partials from the templates folder only: a name that resolves outside it is refused.</summary>
public sealed class TemplateFolderLoader(string root) : ITemplateLoader
{
    private readonly string _root = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;

    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) => Resolve(templateName);

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _resolved = new(StringComparer.Ordinal);

    /// <summary>The full path of a template name (remembered: every page includes the same few partials).</summary>
    public string Resolve(string templateName) => _resolved.TryGetValue(templateName, out var path) ? path : _resolved.GetOrAdd(templateName, ResolveNew);

    private string ResolveNew(string templateName)
    {
        var full = Path.GetFullPath(Path.Combine(_root, templateName));
        if (!full.StartsWith(_root, StringComparison.Ordinal))
            throw new ScriptRuntimeException(default, $"template \"{templateName}\" is outside the templates folder");
        return full;
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => File.ReadAllText(templatePath);

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        new(File.ReadAllText(templatePath));
}
