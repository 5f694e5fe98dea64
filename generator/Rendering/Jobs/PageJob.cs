using SdgArchive.Rendering.Views;

namespace SdgArchive.Rendering.Jobs;

/// <summary>
/// One page to render: its address, its metadata and the typed view of its kind (one record per kind, below this
/// folder). A job holds everything the page shows, so jobs render independently and in parallel, and a job serialized
/// whole is the cache key of the page it renders (see <see cref="PageKey"/>).
/// </summary>
public abstract record PageJob(string Url, PageMeta Meta)
{
    /// <summary>The page's template, rendered inside <see cref="PageRenderer.Layout"/>.</summary>
    public abstract string Template { get; }

    /// <summary>The template's own variables (besides <c>site</c> and <c>page</c>), by the name templates use.</summary>
    public abstract IEnumerable<KeyValuePair<string, object?>> Variables();

    /// <summary>
    /// What the page shows from an author's Markdown (a content page's text, a collection's introduction): its links
    /// are checked again when the page is reused, as a cold build checks them. A method, so not part of the key.
    /// </summary>
    public virtual string AuthoredHtml() => "";
}
