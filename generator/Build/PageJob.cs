namespace SdgArchive.Build;

/// <summary>One page to render: its URL and the template with its model. Jobs are independent, so they render in parallel.</summary>
public sealed record PageJob(string Url, string Template, Rendering.Views.PageMeta Meta, IReadOnlyDictionary<string, object?> Model);
