using Scriban;
using Scriban.Runtime;
using SdgArchive.Caching;

namespace SdgArchive.Rendering;

/// <summary>
/// A Scriban context that knows whose render it runs: every template it runs (the page's, the layout, each partial
/// <c>include</c>d, see <see cref="TemplateFolderLoader.GetPath"/>) is recorded in <see cref="Reads"/>, the log of the
/// page being rendered. Contexts are one per thread and run one render at a time, so pages rendered in parallel never
/// share a log.
/// </summary>
internal sealed class PageTemplateContext(ScriptObject builtins, Action<InputLog, string> record)
    : TemplateContext(builtins)
{
    /// <summary>The log of the page this context is rendering now; null between renders or when none records.</summary>
    public InputLog? Reads { get; set; }

    /// <summary>Records the template at <paramref name="path"/> as read by the page being rendered.</summary>
    public void Read(string path)
    {
        if (Reads is { } reads) record(reads, path);
    }
}
