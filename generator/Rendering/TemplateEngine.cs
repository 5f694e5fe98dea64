using SdgArchive.Caching;
using System.Collections.Concurrent;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using SdgArchive.Diagnostics;
using SdgArchive.Rendering.Views;

namespace SdgArchive.Rendering;

/// <summary>
/// Parses every template once and renders pages through a layout. Strict variables make a misspelt name an error at
/// template(line,col); errors become diagnostics, never exceptions that stop the build.
/// </summary>
public sealed class TemplateEngine
{
    public const int LoopLimit = 1_000_000;
    // Building Scriban's built-in functions is the costly part of a new context; they are read-only, so share them.
    private static readonly ScriptObject Builtins = TemplateContext.GetDefaultBuiltinObject();
    private readonly string _root;
    private readonly TemplateFolderLoader _loader;
    private readonly ConcurrentDictionary<string, Template> _parsed = new(StringComparer.Ordinal);
    private readonly DiagnosticBag _diagnostics;
    private readonly ScriptObject _functions;
    private readonly PartialMemo _cards = new(CardTemplate, "d");
    private readonly PartialMemo _facets = new(FacetsTemplate, "facets");

    public TemplateEngine(string templatesFolder, DiagnosticBag diagnostics, ScriptObject functions)
    {
        _root = templatesFolder;
        _loader = new TemplateFolderLoader(templatesFolder);
        _diagnostics = diagnostics;
        _functions = WithPartials(functions);
        // Only files inside the folder: a template linked to a file outside it is reported, never read.
        var outside = new List<Diagnostic>();
        foreach (var file in Security.SourceBoundary.Files(templatesFolder, outside, templatesFolder.TrimEnd('/')).Where(f => f.EndsWith(".sbn", StringComparison.Ordinal)))
            Parse(Path.Combine(templatesFolder, file));
        diagnostics.AddRange(outside);
    }

    private TemplateEngine(TemplateEngine parsed, DiagnosticBag diagnostics)
    {
        _root = parsed._root;
        _loader = parsed._loader;
        _parsed = parsed._parsed;
        _functions = WithPartials(parsed._functions);
        _cards = parsed._cards;
        _facets = parsed._facets;
        Fingerprint = parsed.Fingerprint;
        _diagnostics = diagnostics;
    }

    /// <summary>The same parsed templates, reporting into another bag (serve re-renders a page without parsing again).</summary>
    public TemplateEngine ReportingTo(DiagnosticBag diagnostics) => new(this, diagnostics);

    /// <summary>Hash of every template's text: a change to any template invalidates every cached page.</summary>
    public string Fingerprint { get; private set; } = "";

    /// <summary>
    /// Renders <paramref name="name"/> with <paramref name="model"/> as globals; null when it failed, reported into
    /// <paramref name="diagnostics"/> (the page's own bag) or else the engine's.
    /// </summary>
    public string? Render(string name, IReadOnlyDictionary<string, object?> model, DiagnosticBag? diagnostics = null) =>
        Render(name, model, diagnostics, _contexts);

    /// <summary>The partial that draws one document's card in every listing; it sees <c>d</c> and the functions only.</summary>
    public const string CardTemplate = "partials/document-card.sbn";

    /// <summary>The partial that draws a browse page's filter lists; it sees <c>facets</c> and the functions only.</summary>
    public const string FacetsTemplate = "partials/browse-facets.sbn";

    /// <summary>
    /// A listing's card for <paramref name="card"/> (the template function <c>card d</c>), drawn once per distinct card
    /// and reused. A document appears in dozens of listings (each of its terms' pages, the browse pages sorted and
    /// filtered, related documents, home), and drawing the same card each time was ~18 % of a 1,000-document build's CPU.
    /// </summary>
    public string Card(DocumentSummaryView card) => _cards.Get(card, RenderPartial);

    /// <summary>
    /// A browse page's filter lists (the template function <c>browse_facets</c>): every value of every facet, the
    /// same on each sort and page of one filter. Drawn once per filter, not once per page: at 10,000 documents the
    /// 4,464 browse pages share 167 distinct lists.
    /// </summary>
    public string Facets(IReadOnlyList<FacetView> facets) => _facets.Get(facets, RenderPartial);

    // A partial is drawn in the middle of a page's render: it gets its own context, never the one mid-page.
    private readonly ThreadLocal<TemplateContext?> _partialContexts = new();

    private string? RenderPartial(string template, IReadOnlyDictionary<string, object?> model) =>
        Render(template, model, null, _partialContexts);

    private ScriptObject WithPartials(ScriptObject functions)
    {
        var all = new ScriptObject();
        all.Import(functions);
        all.Import("card", new Func<DocumentSummaryView, string>(Card));
        all.Import("browse_facets", new Func<IReadOnlyList<FacetView>, string>(Facets));
        return all;
    }

    private string? Render(string name, IReadOnlyDictionary<string, object?> model, DiagnosticBag? diagnostics,
        ThreadLocal<TemplateContext?> contexts)
    {
        var report = diagnostics ?? _diagnostics;
        var path = _loader.Resolve(name);
        if (!_parsed.TryGetValue(path, out var template))
        {
            report.Report(new(Relative(path), 0, 0), Severity.Error, DiagnosticCodes.TemplateError, "template not found");
            return null;
        }
        var context = contexts.Value ??= NewContext();
        var globals = new ScriptObject();
        globals.Import(_functions);
        foreach (var (key, value) in model) globals.SetValue(key, value, readOnly: true);
        context.PushGlobal(globals);
        try
        {
            var html = template.Render(context);
            context.PopGlobal();
            return html;
        }
        catch (ScriptRuntimeException ex)
        {
            contexts.Value = null; // stopped mid-page: the next page gets a fresh context
            report.Report(new(Relative(ex.Span.FileName ?? path), ex.Span.Start.Line + 1, ex.Span.Start.Column + 1), Severity.Error, DiagnosticCodes.TemplateError, ex.OriginalMessage);
            return null;
        }
        catch
        {
            contexts.Value = null;
            throw;
        }
    }

    /// <summary>
    /// One context per thread, reused page after page. Scriban caches how it reads each view type per context, so a
    /// new context per page redid that reflection for every page.
    /// </summary>
    private readonly ThreadLocal<TemplateContext?> _contexts = new();

    private TemplateContext NewContext()
    {
        var context = new TemplateContext(Builtins)
        {
            StrictVariables = true,
            LoopLimit = LoopLimit,
            LimitToString = 0,
            TemplateLoader = _loader,
            MemberRenamer = StandardMemberRenamer.Default,
            EnableRelaxedMemberAccess = false,
        };
        foreach (var (key, value) in _parsed) context.CachedTemplates[key] = value;
        return context;
    }

    private void Parse(string file)
    {
        var full = Path.GetFullPath(file);
        var text = File.ReadAllText(full);
        var template = Template.Parse(text, full);
        foreach (var message in template.Messages)
            _diagnostics.Report(new(Relative(full), message.Span.Start.Line + 1, message.Span.Start.Column + 1),
                message.Type == Scriban.Parsing.ParserMessageType.Error ? Severity.Error : Severity.Warning, DiagnosticCodes.TemplateError, message.Message);
        if (!template.HasErrors) _parsed[full] = template;
        Fingerprint = ContentHash.Of(Fingerprint + full + text);
    }

    private string Relative(string path) => Path.Combine(Path.GetFileName(_root.TrimEnd('/')), Path.GetRelativePath(_root, path)).Replace('\\', '/');
}
