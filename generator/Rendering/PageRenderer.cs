using System.Collections.Concurrent;
using SdgArchive.Build;
using SdgArchive.Output;
using SdgArchive.Rendering.Views;

namespace SdgArchive.Rendering;

/// <summary>Renders a page through its template and the layout, writes it at once and hands its links to the checker.</summary>
public sealed class PageRenderer(TemplateEngine engine, StagingFolder output, LinkChecker links, SiteView site)
{
    public const string Layout = "layouts/base.sbn";
    private readonly ConcurrentBag<string> _urls = [];
    private readonly string _base = site.Base;

    public int Count => _urls.Count;
    /// <summary>Every page URL written (for the sitemap).</summary>
    public IEnumerable<string> Urls => _urls;

    public void Render(PageJob job)
    {
        var html = RenderHtml(job.Template, job.Meta, job.Model);
        if (html is null) return;
        var file = new Site.SiteUrls(_base).FileFor(job.Url);
        output.WriteText(file, html);
        links.Collect(file, html);
        _urls.Add(job.Url);
    }

    public void RenderNotFound(PageMeta meta)
    {
        var html = RenderHtml("pages/404.sbn", meta, new Dictionary<string, object?>());
        if (html is null) return;
        output.WriteText("404.html", html);
        links.Collect("404.html", html);
    }

    private string? RenderHtml(string template, PageMeta meta, IReadOnlyDictionary<string, object?> model)
    {
        var globals = new Dictionary<string, object?>(model) { ["site"] = site, ["page"] = meta };
        var content = engine.Render(template, globals);
        if (content is null) return null;
        globals["content"] = content;
        return engine.Render(Layout, globals);
    }
}
