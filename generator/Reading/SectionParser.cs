using System.Text;
using System.Text.RegularExpressions;
using SdgArchive.Model;

namespace SdgArchive.Reading;

/// <summary>
/// Splits a body into sections at its headings and each section into the form's prompts (<c>&gt;</c> blockquotes)
/// and the answers written after them. Code fences are kept whole.
/// </summary>
public static partial class SectionParser
{
    public static IReadOnlyList<Section> Parse(string[] lines, IReadOnlySet<int> skippedLines)
    {
        var sections = new List<Section>();
        var items = new List<PromptAnswer>();
        string heading = "";
        var headingLine = 0;
        string? prompt = null;
        var promptLine = 0;
        var answer = new StringBuilder();
        var answerLine = 0;
        var fence = new FenceTracker();
        var groupCount = 0;
        var inGroup = false;
        var itemGroup = 0;

        void FlushItem()
        {
            var text = answer.ToString().Trim('\n', ' ', '\t');
            if (prompt is not null || text.Length > 0)
                items.Add(new PromptAnswer(prompt, text, prompt is not null ? promptLine : answerLine, itemGroup));
            prompt = null;
            answer.Clear();
            answerLine = 0;
        }

        void FlushSection()
        {
            FlushItem();
            if (items.Count > 0 || heading.Length > 0) sections.Add(new Section(heading, headingLine, items.ToList()));
            items.Clear();
        }

        var previousWasQuote = false; // a prompt runs on only over adjacent quote lines
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var wasQuote = previousWasQuote;
            previousWasQuote = false;
            var inCode = fence.Update(line) || fence.Inside;
            if (!inCode)
            {
                if (skippedLines.Contains(i + 1)) continue;
                var headingMatch = Heading().Match(line);
                if (headingMatch.Success)
                {
                    FlushSection();
                    heading = TextRepair.Clean(headingMatch.Groups[1].Value.Trim().TrimEnd('#').Trim().Replace("**", ""));
                    headingLine = i + 1;
                    continue;
                }
                if (EmptyEmphasis().IsMatch(line)) continue;
                // The form's <div class="group"> wrappers are structure, not answer text: an answer made only of them is no answer.
                if (GroupOpen().IsMatch(line)) { groupCount++; inGroup = true; continue; }
                if (inGroup && GroupClose().IsMatch(line)) { inGroup = false; continue; }
                if (line.TrimStart().StartsWith('>'))
                {
                    previousWasQuote = true;
                    var text = line.TrimStart()[1..].Trim();
                    if (text.Length == 0 && prompt is null && answer.Length == 0) continue; // stray empty quote line
                    if (text.Length == 0) { answer.Append('\n'); continue; } // an empty prompt asks nothing: the answer goes on
                    if (prompt is not null && wasQuote && answer.ToString().Trim().Length == 0)
                    {
                        prompt = prompt.Length == 0 ? text : prompt + " " + text; // prompt continues
                        continue;
                    }
                    FlushItem();
                    prompt = text;
                    promptLine = i + 1;
                    itemGroup = inGroup ? groupCount : 0;
                    continue;
                }
            }
            if (answerLine == 0 && line.Trim().Length > 0)
            {
                answerLine = i + 1;
                if (prompt is null) itemGroup = inGroup ? groupCount : 0;
            }
            answer.Append(line).Append('\n');
        }
        FlushSection();
        return sections;
    }

    [GeneratedRegex(@"^\s{0,3}#{1,2}(?:\s+(.*)|\s*)$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^\s*<div\s+class\s*=\s*[""']?group[""']?\s*>\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex GroupOpen();

    [GeneratedRegex(@"^\s*</div\s*>\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex GroupClose();

    [GeneratedRegex(@"^\s*\*{4,}\s*$")]
    private static partial Regex EmptyEmphasis();
}
