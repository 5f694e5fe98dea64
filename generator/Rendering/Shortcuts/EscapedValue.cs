using Scriban;
using Scriban.Syntax;

namespace SdgArchive.Rendering.Shortcuts;

/// <summary>
/// <c>{{ value | html.escape }}</c> written as it stands, evaluated without Scriban's pipe: Scriban pushes the value
/// on a stack of pipe arguments, looks up the function, packs an argument array and converts it, for each of the
/// hundreds of escapes a page writes (~4 % of the 10,000-document core build's samples). Here the value is evaluated,
/// converted to text as Scriban converts an argument to a <c>string</c> parameter and escaped by Scriban's own
/// function; when <c>html.escape</c> names something else on a page (a template assigned <c>html</c>), the pipe runs
/// as written.
/// </summary>
internal sealed class EscapedValue : ScriptExpression
{
    private readonly ScriptPipeCall _pipe;
    private readonly object _escape;

    /// <param name="pipe">The pipe as parsed, detached from its statement (it still holds the value and the function).
    /// </param>
    /// <param name="escape">Scriban's built-in <c>html.escape</c>, as the pipe's destination names it.</param>
    public EscapedValue(ScriptPipeCall pipe, object escape)
    {
        _pipe = pipe;
        _escape = escape;
        Span = pipe.Span;
    }

    public override object? Evaluate(TemplateContext context)
    {
        var function = ((ScriptFunctionCall)_pipe.To!).Target;
        if (!ReferenceEquals(context.Evaluate(function, aliasReturnedFunction: true), _escape))
            return context.Evaluate(_pipe);
        var value = context.Evaluate(_pipe.From!);
        return Scriban.Functions.HtmlFunctions.Escape(value as string ?? context.ObjectToString(value));
    }

    public override void PrintTo(ScriptPrinter printer) => _pipe.PrintTo(printer);

    public override int ChildrenCount => 1;

    protected override ScriptNode GetChildrenImpl(int index) => _pipe;
}
