using SdgArchive.Diagnostics;
using SdgArchive.Rendering.Jobs;
using SdgArchive.Rendering.Views;
using SdgArchive.Site;

namespace SdgArchive.Rendering;

/// <summary>
/// Renders a page job through its template and the layout into HTML. Pure: no disk, no shared state beyond the parsed
/// templates, so any page can be rendered (and tested) without an output folder; writing it is the caller's business.
/// </summary>
public sealed class PageRenderer(TemplateEngine engine, SiteView site)
{
    public const string Layout = "layouts/base.sbn";
    private readonly SiteUrls _urls = new(site.Base);

    /// <summary>
    /// The page, or null HTML when a template failed (the reason is in the page's diagnostics). The templates it ran
    /// (its own, the layout, every partial) are recorded in <paramref name="reads"/>; the page's diagnostics include
    /// what was reported into that log (strings no file has, partials that failed), made or shown on the way.
    /// </summary>
    public RenderedPage Render(PageJob job, Caching.InputLog? reads = null)
    {
        var diagnostics = new DiagnosticBag();
        // A log even when the caller keeps none: what the page's partials and strings report comes back through it.
        reads ??= new Caching.InputLog();
        var globals = new Dictionary<string, object?>(job.Variables()) { ["site"] = site, ["page"] = job.Meta };
        var html = engine.RenderPage(job.Template, Layout, globals, diagnostics, reads);
        diagnostics.AddRange(reads.Reported());
        var file = job is NotFoundPageJob ? NotFoundPageJob.File : _urls.FileFor(job.Url);
        return new RenderedPage(job.Url, file, html, diagnostics.Sorted());
    }
}
