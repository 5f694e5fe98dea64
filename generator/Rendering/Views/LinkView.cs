namespace SdgArchive.Rendering.Views;

/// <summary>A named link. Templates escape <see cref="Name"/>; <see cref="Url"/> is built by the site, never taken from a document.</summary>
public sealed record LinkView(string Name, string Url, int Count = 0);
