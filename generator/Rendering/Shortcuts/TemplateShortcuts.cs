using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace SdgArchive.Rendering.Shortcuts;

/// <summary>
/// Rewrites a parsed template's two commonest forms into nodes that skip Scriban's generic call machinery: a value
/// piped into <c>html.escape</c> as a statement (<see cref="EscapedValue"/>) and <c>t</c> with a literal key
/// (<see cref="InterfaceText"/>). Each new node gives the same text as the form it replaces and falls back to it
/// when the names mean something else on a page; everything else in the template is left as Scriban parsed it.
/// </summary>
internal static class TemplateShortcuts
{
    public static void Apply(Template template, ScriptObject builtins)
    {
        if (template.Page is null) return;
        var escape = builtins["html"] is ScriptObject html ? html["escape"] : null;
        var nodes = new List<ScriptNode>();
        Collect(template.Page, nodes);
        foreach (var node in nodes)
        {
            switch (node)
            {
                case ScriptFunctionCall
                {
                    Target: ScriptVariableGlobal { Name: "t" }, Arguments: [ScriptLiteral { Value: string key }],
                } call:
                    Replace(call, new InterfaceText(call, key));
                    break;
                case ScriptPipeCall { Parent: ScriptExpressionStatement statement, From: not null } pipe
                    when escape is not null && HtmlEscapeIn(pipe.To) is { } function:
                    statement.Expression = new EscapedValue(Detached(pipe), function, escape);
                    break;
            }
        }
    }

    /// <summary>Every node under <paramref name="node"/>, parents before children (a pipe before its value).</summary>
    private static void Collect(ScriptNode node, List<ScriptNode> nodes)
    {
        nodes.Add(node);
        foreach (var child in node.Children)
            if (child is not null) Collect(child, nodes);
    }

    /// <summary>
    /// The <c>html.escape</c> a pipe's destination names when it is that and nothing more (Scriban parses it as a call
    /// of the member without arguments); null otherwise.
    /// </summary>
    private static ScriptMemberExpression? HtmlEscapeIn(ScriptExpression? to) =>
        to is ScriptFunctionCall
        {
            Target: ScriptMemberExpression
            {
                Target: ScriptVariableGlobal { Name: "html" }, Member: ScriptVariable { Name: "escape" },
            } function,
            Arguments.Count: 0,
        } ? function : null;

    /// <summary>
    /// Puts <paramref name="shortcut"/> where <paramref name="call"/> stands: a pipe's value, an assignment's value, a
    /// statement. Other places (an argument, a condition) keep the call.
    /// </summary>
    private static void Replace(ScriptFunctionCall call, ScriptExpression shortcut)
    {
        switch (call.Parent)
        {
            case ScriptPipeCall pipe when pipe.From == call: pipe.From = shortcut; break;
            case ScriptAssignExpression assign when assign.Value == call: assign.Value = shortcut; break;
            case ScriptExpressionStatement statement: statement.Expression = shortcut; break;
        }
    }

    private static ScriptPipeCall Detached(ScriptPipeCall pipe)
    {
        var statement = (ScriptExpressionStatement)pipe.Parent!;
        statement.Expression = new ScriptLiteral(); // releases the pipe, which a node may have only one parent of
        return pipe;
    }
}
