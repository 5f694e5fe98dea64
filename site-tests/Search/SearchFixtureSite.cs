using System.Net;
using SdgArchive.Diagnostics;
using SdgArchive.Model;
using SdgArchive.Reading;
using SdgArchive.Search;
using Scriban;
using Scriban.Runtime;

namespace SdgArchive.SiteTests.Search;

/// <summary>
/// A minimal site built from the seeds with the search markup contract, the real partials and assets, indexed by
/// the pinned pagefind. Stands in for the full pipeline so search can be tested on its own.
/// </summary>
internal sealed class SearchFixtureSite
{
    public const string BasePath = "/archive/";

    public required string Root { get; init; }
    public required IReadOnlyList<ArchiveDocument> Documents { get; init; }
    public required PagefindReport? Report { get; init; }
    public required DiagnosticBag Diagnostics { get; init; }

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "sdg-archive.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("sdg-archive.sln not found above " + AppContext.BaseDirectory);
    }

    public static SearchFixtureSite Build(string root)
    {
        var repository = RepositoryRoot();
        var diagnostics = new DiagnosticBag();
        var documents = ArchiveReader.ReadFolder(Path.Combine(repository, "seeds"), diagnostics);
        var box = RenderPartial(repository, "search-box.sbn");
        foreach (var document in documents)
        {
            var body = $"<h1>{Escape(document.Title.Display)}</h1>{SearchMarkup.DocumentFacets(document)}<pre>{Escape(document.Body)}</pre>";
            Write(root, $"documents/{document.Slug}/index.html", Page(document.Title.Display, box, $"<main {SearchMarkup.BodyAttribute}>{body}</main>"));
        }
        Write(root, "search/index.html", Page("Search", box, $"<main>{RenderPartial(repository, "search-page.sbn")}</main>"));
        Write(root, "index.html", Page("Home", box, "<main><h1>Archive</h1><p>Home page words are not indexed.</p></main>"));
        foreach (var asset in new[] { "search.js", "search.css" })
            File.Copy(Path.Combine(repository, "templates", "assets", asset), Path.Combine(root, "assets", asset), overwrite: true);

        var report = new PagefindIndexer(repository).Index(root, diagnostics);
        return new SearchFixtureSite { Root = root, Documents = documents, Report = report, Diagnostics = diagnostics };
    }

    internal static string RenderPartial(string repository, string name, IEnumerable<object>? tagIndexes = null)
    {
        var template = Template.Parse(File.ReadAllText(Path.Combine(repository, "templates", "partials", name)));
        if (template.HasErrors) throw new InvalidOperationException(string.Join("; ", template.Messages));
        var model = new ScriptObject { ["base"] = BasePath };
        if (tagIndexes is not null) model["tag_indexes"] = new ScriptArray(tagIndexes);
        var context = new TemplateContext();
        context.PushGlobal(model);
        return template.Render(context);
    }

    private static string Page(string title, string header, string main) =>
        $"""
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><title>{Escape(title)}</title>
        <link rel="stylesheet" href="{BasePath}assets/search.css"></head>
        <body><header {SearchMarkup.IgnoreAttribute}><nav>Navigation words</nav>{header}</header>
        {main}
        <footer {SearchMarkup.IgnoreAttribute}>Footer words</footer></body></html>
        """;

    private static void Write(string root, string relative, string html)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, html);
        Directory.CreateDirectory(Path.Combine(root, "assets"));
    }

    private static string Escape(string text) => WebUtility.HtmlEncode(text);
}
