namespace SdgArchive.Rendering.Views;

/// <summary>A <c>&lt;meta name content&gt;</c> pair for the head (both escaped by the layout).</summary>
public sealed record MetaTagView(string Name, string Content);
