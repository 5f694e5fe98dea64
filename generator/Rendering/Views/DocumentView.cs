namespace SdgArchive.Rendering.Views;

/// <summary>Everything a document page shows. Properties ending in <c>Html</c> are already sanitised; every other string is escaped by the template.</summary>
public sealed record DocumentView(
    string Title,
    bool TitleWasCutOff,
    string TypeName,
    IReadOnlyList<LinkView> Types,
    LinkView? Year,
    string? Date,
    IReadOnlyList<LinkView> Countries,
    IReadOnlyList<SdgBadgeView> Sdgs,
    IReadOnlyList<LinkView> Methods,
    IReadOnlyList<LinkView> DataSources,
    IReadOnlyList<LinkView> ThematicAreas,
    IReadOnlyList<TagGroupView> OtherTags,
    string? FocalPoint,
    IReadOnlyList<SectionView> Sections,
    IReadOnlyList<DocumentSummaryView> Related,
    string? SourceUrl,
    string SourcePath,
    string LocatorMapHtml,
    CiteView? Cite = null)
{
    /// <summary>The type colour class suffix (<c>type-solution</c>).</summary>
    public string TypeKey { get; init; } = "document";
    /// <summary>The table of contents: one entry per heading text (a form repeating "Learning questions" lists it once).</summary>
    public IReadOnlyList<LinkView> Toc { get; init; } = [];
    /// <summary>The document's other keys (principles, tactics, experiment keys…), each shown as a fact.</summary>
    public IReadOnlyList<FactView> Facts { get; init; } = [];
    /// <summary>The story's recording (an <c>audio</c> tag with a safe address), played with preload="none".</summary>
    public string? AudioUrl { get; init; }
    /// <summary>The archive's machine-generated summary (<c>ai_summary</c>), shown labelled as such.</summary>
    public string? AiSummary { get; init; }
}

/// <summary>One fact of a document: a key's label and its values (an address value is a link).</summary>
public sealed record FactView(string Name, IReadOnlyList<FactValueView> Values);

public sealed record FactValueView(string Text, string? Url);

public sealed record TagGroupView(string Name, IReadOnlyList<LinkView> Values);

/// <summary>A section's answers in runs: a run with a non-zero group was one <c>div.group</c> of the form (partner 1, partner 2…).</summary>
public sealed record SectionView(string Id, string Heading, IReadOnlyList<AnswerGroupView> Groups);

public sealed record AnswerGroupView(int Group, IReadOnlyList<AnswerView> Items);

public sealed record AnswerView(string? Prompt, string AnswerHtml);
