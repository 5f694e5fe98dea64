using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace SdgArchive.Rendering.Shortcuts;

/// <summary>
/// A template function of the generator's own (<c>card d</c>, <c>browse_facets f</c>, <c>asset 'x.js'</c>) that
/// Scriban calls directly. A delegate imported with <c>ScriptObject.Import</c> is called through
/// <c>MethodInfo.Invoke</c>; that call's overhead alone was ~1 % of the 10,000-document core build's samples. Scriban
/// converts the arguments to the declared types first, as it does for an imported delegate.
/// </summary>
internal sealed class TypedFunction : IScriptCustomFunction
{
    private readonly ScriptParameterInfo[] _parameters;
    private readonly Func<TemplateContext, ScriptArray, object?> _body;

    private TypedFunction(ScriptParameterInfo[] parameters, Func<TemplateContext, ScriptArray, object?> body)
    {
        _parameters = parameters;
        _body = body;
    }

    public static TypedFunction Of<T>(string name, Func<TemplateContext, T, string> body) =>
        new([new(typeof(T), name)], (context, arguments) => body(context, (T)arguments[0]!));

    public static TypedFunction Of<T1, T2>(string first, string second, Func<TemplateContext, T1, T2, string> body) =>
        new([new(typeof(T1), first), new(typeof(T2), second)],
            (context, arguments) => body(context, (T1)arguments[0]!, (T2)arguments[1]!));

    public int RequiredParameterCount => _parameters.Length;
    public int ParameterCount => _parameters.Length;
    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;
    public Type ReturnType => typeof(string);
    public ScriptParameterInfo GetParameterInfo(int index) => _parameters[index];

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments,
        ScriptBlockStatement? blockStatement) => _body(context, arguments);

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments,
        ScriptBlockStatement? blockStatement) => new(_body(context, arguments));
}
