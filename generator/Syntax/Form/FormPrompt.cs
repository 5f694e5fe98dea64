using Markdig.Parsers;
using Markdig.Syntax;

namespace SdgArchive.Syntax.Form;

/// <summary>
/// A <c>&gt;</c> quote that is one of the form's questions (it holds the original quote block). When the author typed
/// the answer on the question's own line (<c>… this challenge? UPDATE: we had …</c>), <see cref="TypedAnswer"/> holds it.
/// </summary>
public sealed class FormPrompt(BlockParser? parser) : ContainerBlock(parser)
{
    public string Question { get; set; } = "";
    public string? TypedAnswer { get; set; }
}
