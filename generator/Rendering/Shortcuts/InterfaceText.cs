using Scriban;
using Scriban.Syntax;
using SdgArchive.I18n;

namespace SdgArchive.Rendering.Shortcuts;

/// <summary>
/// <c>{{ t 'document.about' }}</c>, an interface string named by a literal key and nothing to fill in, looked up
/// without Scriban's function call (an argument array packed and converted per call; a document page makes some
/// forty). The lookup is the function's own, so the key is recorded in the page's log and a missing one reported at
/// the call's line and column as before; when <c>t</c> names something else on a page, the call runs as written.
/// </summary>
internal sealed class InterfaceText(ScriptFunctionCall call, string key) : ShortcutNode<ScriptFunctionCall>(call)
{
    public override object? Evaluate(TemplateContext context) =>
        context.Evaluate(Form.Target, aliasReturnedFunction: true) is TranslateFunction { IsText: true } translate
            ? translate.Text(context, Form, key)
            : AsWritten(context);
}
