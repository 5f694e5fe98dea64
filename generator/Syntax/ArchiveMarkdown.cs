using Markdig;
using Markdig.Extensions.AutoLinks;
using SdgArchive.Syntax.Emails;
using SdgArchive.Syntax.Form;
using SdgArchive.Syntax.Tags;
using SdgArchive.Syntax.Timestamps;

namespace SdgArchive.Syntax;

/// <summary>
/// The Markdig pipelines, built once: <see cref="Documents"/> reads an archive document (tags, timestamps, e-mail
/// addresses, the form's structure) in one parse; <see cref="Fragments"/> renders the site's own pages and
/// free-standing Markdown the same way, without the form.
/// </summary>
public static class ArchiveMarkdown
{
    public static MarkdownPipeline Documents { get; } = Common().Use<FormExtension>().Build();

    public static MarkdownPipeline Fragments { get; } = Common().Build();

    private static MarkdownPipelineBuilder Common() => new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseGridTables()
        .UseEmphasisExtras()
        // GFM links bare URLs; "www.x.tn" without a scheme is an https:// address.
        .UseAutoLinks(new AutoLinkOptions { UseHttpsForWWWLinks = true })
        .UseListExtras()
        .UsePreciseSourceLocation()
        .Use<TagExtension>()
        .Use<TimestampExtension>()
        .Use<EmailExtension>();
}
