using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace SdgArchive.Rendering;

/// <summary>
/// The template function <c>include 'partials/x.sbn'</c>, in place of Scriban's own: the partial runs with the
/// arguments after its name as <c>$</c>, its markup is written where it was called (or is the value, where one is
/// wanted), and it may not include itself without end. Scriban's made a new output (a builder grown from 16 characters) for every include and
/// emptied it by allocating its whole capacity again: with the layout's copy of each page, Scriban's strings and
/// builders were 3.5 GB of the 12.7 GB a 10,000-document build allocated (docs/benchmarks.md). This one renders into
/// an output the page's context keeps (<see cref="PageTemplateContext.RentOutput"/>) and hands to the next include.
/// Only templates parsed when the build began are included: one that failed to parse was reported then.
/// </summary>
internal sealed class PartialInclude : IScriptCustomFunction
{
    public int RequiredParameterCount => 1;
    public int ParameterCount => 1;
    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;
    public Type ReturnType => typeof(object);

    public ScriptParameterInfo GetParameterInfo(int index) =>
        index == 0 ? new(typeof(string), "template_name") : new(typeof(object), "value");

    public int GetParameterIndexByName(string name) => name == "template_name" ? 0 : -1;

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments,
        ScriptBlockStatement? blockStatement)
    {
        var at = callerContext?.Span ?? default;
        var name = arguments.Count > 0 ? context.ObjectToString(arguments[0]) : null;
        if (string.IsNullOrEmpty(name))
            throw new ScriptRuntimeException(at, "include needs the name of a template");
        if (context is not PageTemplateContext page || context.TemplateLoader is not { } loader)
            throw new ScriptRuntimeException(at, $"include '{name}' outside a page's render");
        var path = loader.GetPath(context, at, name);
        if (path is null || !context.CachedTemplates.TryGetValue(path, out var template))
            throw new ScriptRuntimeException(at, $"include '{name}': no such template parsed");

        var output = page.RentOutput();
        var indent = context.CurrentIndent;
        var outerArguments = OuterArguments(context);
        var caller = callerContext ?? template.Page;
        // `{{ include 'x' }}` as a statement writes its markup where it stands: copied there from the partial's
        // output, not made a string first. Anywhere else (`y = include 'x'`, a pipe) it is a string.
        var inPlace = callerContext?.Parent is ScriptExpressionStatement && page.CanCopyInto;
        string? markup = null;
        context.EnterRecursive(caller);
        context.CurrentIndent = null;
        context.PushOutput(output);
        try
        {
            context.SetValue(ScriptVariable.Arguments, arguments, true, true);
            // An include on an indented line: its first line is not indented again (as Scriban's include does).
            if (indent is not null) context.ResetPreviousNewLine();
            page.Run(template, path);
            if (indent is not null) context.ResetPreviousNewLine();
            if (!inPlace) markup = page.TakeText();
        }
        finally
        {
            context.PopOutput();
            context.CurrentIndent = indent;
            context.ExitRecursive(caller);
            context.DeleteValue(ScriptVariable.Arguments);
            if (outerArguments is not null) context.SetValue(ScriptVariable.Arguments, outerArguments, true);
        }
        if (inPlace) page.CopyIn(output.Builder);
        page.ReturnOutput(output);
        return markup;
    }

    /// <summary>The <c>$</c> of an include around this one; null at a page's top (no error under strict variables).
    /// </summary>
    private static object? OuterArguments(TemplateContext context)
    {
        var strict = context.StrictVariables;
        context.StrictVariables = false;
        try { return context.GetValue(ScriptVariable.Arguments); }
        finally { context.StrictVariables = strict; }
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments,
        ScriptBlockStatement? blockStatement) => new(Invoke(context, callerContext, arguments, blockStatement));
}
