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
/// <param name="pipe">The pipe as parsed, detached from its statement: its value, then <c>html.escape</c>.</param>
/// <param name="function">The pipe's <c>html.escape</c>, the member it names.</param>
/// <param name="escape">Scriban's built-in <c>html.escape</c>.</param>
internal sealed class EscapedValue(ScriptPipeCall pipe, ScriptMemberExpression function, object escape)
    : ShortcutNode<ScriptPipeCall>(pipe)
{
    public override object? Evaluate(TemplateContext context)
    {
        if (!ReferenceEquals(context.Evaluate(function, aliasReturnedFunction: true), escape))
            return AsWritten(context);
        var value = context.Evaluate(Form.From!);
        return Scriban.Functions.HtmlFunctions.Escape(value as string ?? context.ObjectToString(value));
    }
}
