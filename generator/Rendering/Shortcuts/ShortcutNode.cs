using Scriban;
using Scriban.Syntax;

namespace SdgArchive.Rendering.Shortcuts;

/// <summary>
/// A node standing where a form Scriban parsed stood: it keeps that form (its one child, at the same span), prints as
/// it, and evaluates it as written when the shortcut does not apply on a page.
/// </summary>
internal abstract class ShortcutNode<TForm> : ScriptExpression where TForm : ScriptExpression
{
    protected ShortcutNode(TForm form)
    {
        Form = form;
        Span = form.Span;
    }

    /// <summary>The form as Scriban parsed it, detached from the tree.</summary>
    protected TForm Form { get; }

    /// <summary>What Scriban makes of the form as written.</summary>
    protected object? AsWritten(TemplateContext context) => context.Evaluate(Form);

    public override void PrintTo(ScriptPrinter printer) => Form.PrintTo(printer);

    public override int ChildrenCount => 1;

    protected override ScriptNode GetChildrenImpl(int index) => Form;
}
