using System.Text.RegularExpressions;
using Markdig.Syntax;

namespace SdgArchive.Syntax.Form;

/// <summary>
/// Gives a parsed document the form's structure: its top-level blocks are moved, in order, into
/// <see cref="FormSection"/>s (at each first- or second-level heading) of <see cref="FormItem"/>s (at each question).
/// A quote is a question when it holds only paragraphs and either asks (see <see cref="FormQuestion"/>) or has an
/// answer after it; otherwise it stays the author's quotation.
/// </summary>
public static partial class FormStructure
{
    public static void Apply(MarkdownDocument document)
    {
        var blocks = document.ToList();
        document.Clear();
        var section = NewSection(null);
        document.Add(section);
        FormItem? item = null;
        var groups = 0;
        var inGroup = false;

        FormItem CurrentItem(Block first)
        {
            if (item is null)
            {
                item = new FormItem(null) { Group = inGroup ? groups : 0, Line = first.Line, Column = first.Column, Span = first.Span };
                section.Add(item);
            }
            return item;
        }

        foreach (var block in blocks)
        {
            switch (block)
            {
                case HeadingBlock { Level: <= 2 } heading:
                    Close(item);
                    item = null;
                    section = NewSection(heading);
                    document.Add(section);
                    break;
                case HtmlBlock html when GroupOpen().IsMatch(Text(html)):
                    groups++;
                    inGroup = true;
                    section.Add(html);
                    break;
                case HtmlBlock html when inGroup && GroupClose().IsMatch(Text(html)):
                    inGroup = false;
                    section.Add(html);
                    break;
                case Tags.TagBlock tags:
                    section.Add(tags); // metadata, wherever it stands: not part of an answer
                    break;
                case ThematicBreakBlock { ThematicChar: '*', ThematicCharCount: >= 4 } filler:
                    section.Add(filler); // the export's empty "****" lines: not a rule, not an answer
                    break;
                case QuoteBlock quote when QuestionText(quote) is { } question:
                    if (question.Length == 0) { section.Add(quote); break; } // an empty "> " asks nothing: the answer goes on
                    Close(item);
                    var (asked, typed) = FormQuestion.SplitTypedAnswer(question);
                    var prompt = new FormPrompt(null) { Question = asked, TypedAnswer = typed, Line = quote.Line, Column = quote.Column, Span = quote.Span };
                    prompt.Add(quote);
                    item = new FormItem(null) { Group = inGroup ? groups : 0, Line = quote.Line, Column = quote.Column, Span = quote.Span };
                    item.Add(prompt);
                    section.Add(item);
                    break;
                default:
                    var current = CurrentItem(block);
                    current.Add(block);
                    current.UpdateSpanEnd(block.Span.End);
                    break;
            }
        }
        Close(item);
    }

    private static FormSection NewSection(HeadingBlock? heading)
    {
        var section = new FormSection(null)
        {
            Heading = heading,
            HeadingText = heading is null ? "" : InlineText.Of(heading).Replace("**", "").Trim().TrimEnd('#').Trim(),
            Line = heading?.Line ?? 0,
            Column = heading?.Column ?? 0,
        };
        // Without a heading the section starts where its first block does: no span of its own.
        section.Span = heading?.Span ?? new SourceSpan(-1, -1);
        if (heading is not null) section.Add(heading);
        return section;
    }

    /// <summary>
    /// A question with nothing after it that does not read as a question is the author's quotation: the quote goes
    /// back into the item as its text.
    /// </summary>
    private static void Close(FormItem? item)
    {
        if (item?.Prompt is not { } prompt || item.Count > 1 || prompt.TypedAnswer is not null || FormQuestion.IsQuestion(prompt.Question)) return;
        var quote = prompt[0];
        prompt.Clear();
        item.Clear();
        item.Add(quote);
    }

    /// <summary>The text of a quote made only of paragraphs (the shape of the form's questions), else null.</summary>
    private static string? QuestionText(QuoteBlock quote)
    {
        if (quote.Any(b => b is not ParagraphBlock)) return null;
        return string.Join(' ', quote.Select(InlineText.Of).Where(t => t.Length > 0));
    }

    private static string Text(HtmlBlock html) => html.Lines.ToString();

    [GeneratedRegex(@"^\s*<div\s+class\s*=\s*[""']?group[""']?\s*>\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex GroupOpen();

    [GeneratedRegex(@"^\s*</div\s*>\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex GroupClose();
}
