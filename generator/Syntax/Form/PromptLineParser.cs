using Markdig.Parsers;
using Markdig.Syntax;

namespace SdgArchive.Syntax.Form;

/// <summary>
/// Ends a <c>&gt;</c> question at its last <c>&gt;</c> line. CommonMark lets a following line without <c>&gt;</c>
/// continue the quote's paragraph ("lazy continuation"); in the archive that line is the answer
/// (<c>&gt; Please upload a link of end-user feedback</c> then <c>NA</c>), so it starts a paragraph of its own.
/// </summary>
public sealed class PromptLineParser : BlockParser
{
    public override bool CanInterrupt(BlockProcessor processor, Block block) => true;

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent || processor.IsBlankLine) return BlockState.None;
        if (processor.LastBlock is not ParagraphBlock { Parent: QuoteBlock } || StartsWithQuoteMark(processor)) return BlockState.None;
        return processor.Parsers.Find<ParagraphBlockParser>() is { } paragraphs ? paragraphs.TryOpen(processor) : BlockState.None;
    }

    private static bool StartsWithQuoteMark(BlockProcessor processor)
    {
        var text = processor.Line.Text;
        var i = processor.CurrentLineStartPosition;
        while (i < text.Length && text[i] is ' ' or '\t') i++;
        return i < text.Length && text[i] == '>';
    }
}
