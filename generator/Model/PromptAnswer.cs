namespace SdgArchive.Model;

/// <summary>
/// One question of the archive's form (a <c>&gt; prompt</c> blockquote) and the Markdown written after it.
/// <see cref="Prompt"/> is null for text that precedes any prompt in a section. <see cref="Group"/> numbers the form's
/// <c>&lt;div class="group"&gt;</c> block the question stands in (1, 2, … per document; 0 outside any group), so
/// repeated sub-forms (partner 1, partner 2) can be shown together; the div lines themselves are not part of answers.
/// </summary>
public sealed record PromptAnswer(string? Prompt, string Answer, int Line, int Group = 0)
{
    public bool IsAnswered => !string.IsNullOrWhiteSpace(Answer);
}
