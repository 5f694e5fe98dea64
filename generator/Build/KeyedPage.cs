using SdgArchive.Rendering.Jobs;

namespace SdgArchive.Build;

/// <summary>
/// A page as the render stage keys it: <see cref="Inputs"/> serialized whole is its key (see <see cref="PageKey"/>),
/// and <see cref="Job"/> makes its job only when it is not reused, noting what it reads on the way (the interface
/// strings the map's words are looked up from) in the page's log. For most pages the inputs are the job itself; a
/// page whose view is costly to make (the world map's marker layout) is keyed by what the view is made from.
/// </summary>
public sealed record KeyedPage(string Url, object Inputs, Func<Caching.InputLog, PageJob> Job)
{
    public static KeyedPage Of(PageJob job) => new(job.Url, job, _ => job);
}
