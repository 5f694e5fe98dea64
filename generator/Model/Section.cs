namespace SdgArchive.Model;

/// <summary>
/// A first- or second-level heading of the body and the prompt/answer pairs under it. Heading is empty for text before
/// the first one (and for the part under the title heading, which the page shows as its title).
/// </summary>
public sealed record Section(string Heading, int Line, IReadOnlyList<PromptAnswer> Items)
{
    /// <summary>The form's Title section (<c>Title</c>, <c>Titre</c>, <c>Título</c>…): the page shows it as its title.</summary>
    public bool IsTitle { get; init; }

    /// <summary>From the heading (or the section's first block) to its last block, as the parsed tree places them.</summary>
    public SourceRange Range { get; init; }

    public bool HasAnswers => Items.Any(i => i.IsAnswered);

    /// <summary>A heading with nothing under it (no question, no text) is the author's text: a heading of its own.</summary>
    public bool StandsAlone => Heading.Length > 0 && Items.Count == 0 && !IsTitle;
}
