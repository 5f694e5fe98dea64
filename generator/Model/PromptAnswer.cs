namespace SdgArchive.Model;

/// <summary>
/// One question of the archive's form (a <c>&gt; prompt</c> blockquote) and the Markdown written after it.
/// <see cref="Prompt"/> is null for text that precedes any prompt in a section.
/// </summary>
public sealed record PromptAnswer(string? Prompt, string Answer, int Line)
{
    public bool IsAnswered => !string.IsNullOrWhiteSpace(Answer);
}
