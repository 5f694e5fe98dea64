using System.Collections.Concurrent;
using SdgArchive.Diagnostics;
using SdgArchive.Output;
using SdgArchive.Rendering;
using SdgArchive.Rendering.Jobs;

namespace SdgArchive.Build;

/// <summary>
/// Renders page jobs with the pure <see cref="PageRenderer"/> and takes the result where it goes: the HTML into the
/// output, its links to the checker, what its templates reported into the build's diagnostics.
/// </summary>
public sealed class PageSink(PageRenderer renderer, StagingFolder output, LinkChecker links, DiagnosticBag diagnostics)
{
    private readonly ConcurrentBag<string> _urls = [];

    /// <summary>Pages written, the not-found page aside.</summary>
    public int Count => _urls.Count;
    /// <summary>Every page URL written, the not-found page aside (for the sitemap).</summary>
    public IEnumerable<string> Urls => _urls;

    /// <summary>Renders and writes the page; the templates it ran go into <paramref name="reads"/>.</summary>
    public RenderedPage Render(PageJob job, Caching.InputLog? reads = null) => Write(renderer.Render(job, reads));

    public RenderedPage Write(RenderedPage page)
    {
        diagnostics.AddRange(page.Diagnostics);
        if (page.Html is null) return page;
        var written = output.WriteText(page.File, page.Html);
        links.Collect(page.File, page.Html);
        if (page.File != NotFoundPageJob.File) _urls.Add(page.Url);
        return page with { Written = written };
    }
}
