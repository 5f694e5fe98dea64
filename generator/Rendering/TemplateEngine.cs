using SdgArchive.Caching;
using System.Collections.Concurrent;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using SdgArchive.Diagnostics;
using SdgArchive.Rendering.Shortcuts;
using SdgArchive.Rendering.Views;

namespace SdgArchive.Rendering;

/// <summary>
/// Parses every template once and renders pages through a layout. Strict variables make a misspelt name an error at
/// template(line,col); errors become diagnostics, never exceptions that stop the build. A render given an
/// <see cref="InputLog"/> records in it every template it ran (page template, layout, each partial included, the
/// partials behind <c>card</c> and <c>browse_facets</c>) with the hash of the text parsed, so a page is rendered again
/// when a template it read changes, and only then (see <see cref="Register"/>).
/// </summary>
public sealed class TemplateEngine
{
    public const int LoopLimit = 1_000_000;
    // Building Scriban's built-in functions is the costly part of a new context; they are read-only, so share them.
    private static readonly ScriptObject Builtins = TemplateContext.GetDefaultBuiltinObject();
    private readonly string _root;
    private readonly TemplateFolderLoader _loader;
    private readonly ConcurrentDictionary<string, Template> _parsed = new(StringComparer.Ordinal);
    /// <summary>Each template's path in the folder (how pages record it) and its text's hash, by full path.</summary>
    private readonly ConcurrentDictionary<string, (string Name, string Hash)> _inputs = new(StringComparer.Ordinal);
    private readonly DiagnosticBag _diagnostics;
    private readonly ScriptObject _functions;
    private readonly PartialMemo _cards = new(CardTemplate, "d");
    private readonly PartialMemo _facets = new(FacetsTemplate, "facets");
    private readonly ConcurrentDictionary<string, PartialMemo> _siteParts = new(StringComparer.Ordinal);

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
        _inputs = parsed._inputs;
        _functions = WithPartials(parsed._functions);
        _cards = parsed._cards;
        _facets = parsed._facets;
        _siteParts = parsed._siteParts;
        _diagnostics = diagnostics;
    }

    /// <summary>The same parsed templates, reporting into another bag (serve re-renders a page without parsing again).</summary>
    public TemplateEngine ReportingTo(DiagnosticBag diagnostics) => new(this, diagnostics);

    /// <summary>
    /// Registers every template's current hash by its path in the folder, so a page recorded as having run a template
    /// is reused only while the template's text is the same; a template gone since is "(unknown)" and the page is
    /// rendered again.
    /// </summary>
    public void Register(InputState state)
    {
        foreach (var (name, hash) in _inputs.Values) state.Template(name, hash);
    }

    /// <summary>
    /// Renders <paramref name="name"/> with <paramref name="model"/> as globals; null when it failed, reported into
    /// <paramref name="diagnostics"/> (the page's own bag) or else the engine's. The templates it ran are recorded in
    /// <paramref name="reads"/>.
    /// </summary>
    public string? Render(string name, IReadOnlyDictionary<string, object?> model, DiagnosticBag? diagnostics = null,
        InputLog? reads = null) =>
        Render(name, model, diagnostics, _contexts, reads);

    /// <summary>
    /// Renders the page template <paramref name="name"/>, then <paramref name="layout"/> around it (its markup is the
    /// layout's <c>content</c>), both with <paramref name="model"/> as globals; null when either failed. The page's
    /// markup stays in an output the context keeps and is copied where the layout writes it (see
    /// <see cref="PageContent"/>).
    /// </summary>
    public string? RenderPage(string name, string layout, IReadOnlyDictionary<string, object?> model,
        DiagnosticBag diagnostics, InputLog reads) =>
        Render(name, model, diagnostics, _contexts, reads, layout);

    /// <summary>The partial that draws one document's card in every listing; it sees <c>d</c> and the functions only.</summary>
    public const string CardTemplate = "partials/document-card.sbn";

    /// <summary>The partial that draws a browse page's filter lists; it sees <c>facets</c> and the functions only.</summary>
    public const string FacetsTemplate = "partials/browse-facets.sbn";

    /// <summary>
    /// A listing's card for <paramref name="card"/> (the template function <c>card d</c>), drawn once per distinct card
    /// and reused. A document appears in dozens of listings (each of its terms' pages, the browse pages sorted and
    /// filtered, related documents, home), and drawing the same card each time was ~18 % of a 1,000-document build's CPU.
    /// </summary>
    public string Card(DocumentSummaryView card) => _cards.Get(card, RenderPartial, null);

    /// <summary>
    /// <see cref="Card(DocumentSummaryView)"/> called from a template: the card's partial is recorded as read by the
    /// page being rendered, whether it was drawn now or earlier for another page.
    /// </summary>
    private string Card(TemplateContext context, DocumentSummaryView card) =>
        _cards.Get(card, RenderPartial, (context as PageTemplateContext)?.Reads);

    /// <summary>
    /// A browse page's filter lists (the template function <c>browse_facets</c>): every value of every facet, the
    /// same on each sort and page of one filter. Drawn once per filter, not once per page: at 10,000 documents the
    /// 4,464 browse pages share 167 distinct lists.
    /// </summary>
    public string Facets(IReadOnlyList<FacetView> facets) => _facets.Get(facets, RenderPartial, null);

    private string Facets(TemplateContext context, IReadOnlyList<FacetView> facets) =>
        _facets.Get(facets, RenderPartial, (context as PageTemplateContext)?.Reads);

    // A partial is drawn in the middle of a page's render: it gets its own context, never the one mid-page.
    private readonly ThreadLocal<PageTemplateContext?> _partialContexts = new();

    /// <summary>
    /// Draws a memoized partial; what it reports (a template error) goes into its log with what it read, so every page
    /// that shows it reports it, reused or not, and a build reports it once (see <see cref="InputLog.Report"/>).
    /// </summary>
    private string? RenderPartial(string template, IReadOnlyDictionary<string, object?> model, InputLog reads)
    {
        var reported = new DiagnosticBag();
        var html = Render(template, model, reported, _partialContexts, reads);
        foreach (var diagnostic in reported.Sorted()) reads.Report(diagnostic);
        return html;
    }

    /// <summary>
    /// A part of the layout that shows the site alone (the template function <c>site_part 'partials/x.sbn' site</c>:
    /// the main links, the footer), drawn once per site and reused by every page like a card. The layout runs for each
    /// of a 10,000-document site's 16,849 pages: a layout of one line instead took the core build's render stage from
    /// 34.3 to 29.2 s of CPU (one run each), the most that drawing its parts once can save. The partial sees
    /// <c>site</c> and the functions only; the templates and strings it read are recorded by every page showing it.
    /// </summary>
    private string SitePart(TemplateContext context, string template, SiteView site) =>
        _siteParts.GetOrAdd(template, static name => new PartialMemo(name, "site"))
            .Get(site, RenderPartial, (context as PageTemplateContext)?.Reads);

    private ScriptObject WithPartials(ScriptObject functions)
    {
        var all = new ScriptObject();
        all.Import(functions);
        // Scriban hands a function whose first parameter is a TemplateContext the context calling it.
        all.SetValue("card", TypedFunction.Of<DocumentSummaryView>("d", Card), readOnly: true);
        all.SetValue("browse_facets", TypedFunction.Of<IReadOnlyList<FacetView>>("facets", Facets), readOnly: true);
        all.SetValue("site_part", TypedFunction.Of<string, SiteView>("template", "site", SitePart), readOnly: true);
        all.SetValue("include", new PartialInclude(), readOnly: true);
        return all;
    }

    private string? Render(string name, IReadOnlyDictionary<string, object?> model, DiagnosticBag? diagnostics,
        ThreadLocal<PageTemplateContext?> contexts, InputLog? reads, string? layout = null)
    {
        var report = diagnostics ?? _diagnostics;
        if (Parsed(name, report) is not var (template, path)) return null;
        var context = contexts.Value ??= NewContext();
        context.Reads = reads;
        try
        {
            if (layout is null)
            {
                RunWith(context, model, template, path, content: null);
                return context.TakeText();
            }
            var markup = context.RentOutput();
            try
            {
                context.PushOutput(markup);
                try
                {
                    RunWith(context, model, template, path, content: null); // the page's markup stays in its output
                }
                finally
                {
                    context.PopOutput();
                }
                if (Parsed(layout, report) is not var (outer, outerPath)) return null;
                path = outerPath;
                RunWith(context, model, outer, outerPath, new PageContent(markup.Builder));
                return context.TakeText();
            }
            finally
            {
                context.ReturnOutput(markup); // also when the layout is missing: the next page takes it
            }
        }
        catch (ScriptRuntimeException ex)
        {
            contexts.Value = null; // stopped mid-page: the next page gets a fresh context
            report.Report(new(Relative(ex.Span.FileName ?? path), ex.Span.Start.Line + 1, ex.Span.Start.Column + 1),
                Severity.Error, DiagnosticCodes.TemplateError, ex.OriginalMessage);
            return null;
        }
        catch
        {
            contexts.Value = null;
            throw;
        }
        finally
        {
            context.Reads = null;
        }
    }

    /// <summary>The parsed template <paramref name="name"/>; reported and null when there is none.</summary>
    private (Template Template, string Path)? Parsed(string name, DiagnosticBag report)
    {
        var path = _loader.Resolve(name);
        if (_parsed.TryGetValue(path, out var template)) return (template, path);
        report.Report(new(Relative(path), 0, 0), Severity.Error, DiagnosticCodes.TemplateError, "template not found");
        return null;
    }

    /// <summary>
    /// Runs <paramref name="template"/> with the model (and the page's markup as <c>content</c>, for a layout) as
    /// globals of their own, into the context's current output.
    /// </summary>
    private void RunWith(PageTemplateContext context, IReadOnlyDictionary<string, object?> model, Template template,
        string path, PageContent? content)
    {
        var globals = new ScriptObject();
        globals.Import(_functions);
        foreach (var (key, value) in model) globals.SetValue(key, value, readOnly: true);
        if (content is not null) globals.SetValue("content", content, readOnly: true);
        context.PushGlobal(globals);
        context.Read(path);
        context.Run(template, path);
        context.PopGlobal();
    }

    /// <summary>
    /// One context per thread, reused page after page. Scriban caches how it reads each view type per context, so a
    /// new context per page redid that reflection for every page.
    /// </summary>
    private readonly ThreadLocal<PageTemplateContext?> _contexts = new();

    private PageTemplateContext NewContext()
    {
        var context = new PageTemplateContext(Builtins, Record)
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

    /// <summary>Records the template at <paramref name="path"/> in the log of the page being rendered.</summary>
    private void Record(InputLog reads, string path)
    {
        if (_inputs.TryGetValue(path, out var input)) reads.Template(input.Name, input.Hash);
        else reads.Template(_loader.Name(path), InputLog.Missing); // not parsed: the page fails anyway
    }

    private void Parse(string file)
    {
        var full = Path.GetFullPath(file);
        // Hashed as bytes (what InputLog hashes everywhere), decoded as File.ReadAllText does.
        var bytes = File.ReadAllBytes(full);
        string text;
        using (var reader = new StreamReader(new MemoryStream(bytes), System.Text.Encoding.UTF8,
            detectEncodingFromByteOrderMarks: true))
            text = reader.ReadToEnd();
        _inputs[full] = (_loader.Name(full), ContentHash.Of(bytes));
        var template = Template.Parse(text, full);
        foreach (var message in template.Messages)
            _diagnostics.Report(new(Relative(full), message.Span.Start.Line + 1, message.Span.Start.Column + 1),
                message.Type == Scriban.Parsing.ParserMessageType.Error ? Severity.Error : Severity.Warning, DiagnosticCodes.TemplateError, message.Message);
        if (template.HasErrors) return;
        TemplateShortcuts.Apply(template, Builtins);
        _parsed[full] = template;
    }

    private string Relative(string path) => Path.Combine(Path.GetFileName(_root.TrimEnd('/')), Path.GetRelativePath(_root, path)).Replace('\\', '/');
}
