using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace SdgArchive.Rendering;

/// <summary>
/// Loads <c>include</c>d partials from the templates folder only: a name that resolves outside it is refused. Scriban
/// asks it for the path of every <c>include</c> as it runs (the parsed template then comes from the context's cache),
/// so this is where a page's render learns which partials it read (see <see cref="PageTemplateContext"/>).
/// </summary>
public sealed class TemplateFolderLoader(string root) : ITemplateLoader
{
    private readonly string _root = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;

    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        var path = Resolve(templateName);
        (context as PageTemplateContext)?.Read(path);
        return path;
    }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _resolved = new(StringComparer.Ordinal);

    /// <summary>The full path of a template name (remembered: every page includes the same few partials).</summary>
    public string Resolve(string templateName) => _resolved.TryGetValue(templateName, out var path) ? path : _resolved.GetOrAdd(templateName, ResolveNew);

    /// <summary>A template's path relative to the folder, with '/' (how a page records having read it).</summary>
    public string Name(string path) => Path.GetRelativePath(_root, path).Replace('\\', '/');

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
