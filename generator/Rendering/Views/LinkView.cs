namespace SdgArchive.Rendering.Views;

/// <summary>A named link. Templates escape <see cref="Name"/>; <see cref="Url"/> is built by the site, never taken from a document.</summary>
public sealed record LinkView(string Name, string Url, int Count = 0)
{
    /// <summary>The language of <see cref="Name"/> when it is a document's title (null: the interface's).</summary>
    public string? Language { get; init; }
}
