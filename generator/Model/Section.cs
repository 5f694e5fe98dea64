namespace SdgArchive.Model;

/// <summary>A second-level heading of the body and the prompt/answer pairs under it. Heading is empty for text before the first one.</summary>
public sealed record Section(string Heading, int Line, IReadOnlyList<PromptAnswer> Items)
{
    public bool HasAnswers => Items.Any(i => i.IsAnswered);
}
