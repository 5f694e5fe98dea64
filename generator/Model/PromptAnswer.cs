namespace SdgArchive.Model;

/// <summary>
/// One question of the archive's form (a <c>&gt; prompt</c> quote) and the answer written after it, rendered once when
/// the document was read. <see cref="Prompt"/> is null for text that precedes any question in a section.
/// <see cref="Group"/> numbers the form's <c>&lt;div class="group"&gt;</c> block the question stands in (1, 2, … per
/// document; 0 outside any group), so repeated sub-forms (partner 1, partner 2) can be shown together.
/// </summary>
/// <param name="Answer">The answer's Markdown as written (the source of its blocks).</param>
/// <param name="Line">1-based source line of the question, or of the answer when there is none.</param>
public sealed record PromptAnswer(string? Prompt, string Answer, int Line, int Group = 0)
{
    public int Column { get; init; } = 1;
    /// <summary>From the question (or the answer's first block) to the answer's last block.</summary>
    public SourceRange Range { get; init; }
    /// <summary>
    /// False when nobody answered: nothing, or only empty bullets, <c>****</c>, "N/A"-like fillers or the form's own
    /// instructions. Unanswered items are left out of pages, excerpts and the search index.
    /// </summary>
    public bool IsAnswered { get; init; }
    /// <summary>The answer as safe HTML; root-relative links and e-mail addresses are finished per site (MarkdownRenderer.Publish).</summary>
    public string Html { get; init; } = "";
    /// <summary>The words of the answer as a reader sees them (for excerpts, language and search).</summary>
    public string Text { get; init; } = "";
    public int PlaceholderAltTexts { get; init; }
    public int UnsafeUrlsRemoved { get; init; }
    public bool Sanitized { get; init; }
}
