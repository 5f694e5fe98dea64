using System.Globalization;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using SdgArchive.Diagnostics;

namespace SdgArchive.I18n;

/// <summary>
/// The template functions that show interface strings: <c>{{ t 'nav.home' }}</c>, <c>{{ t 'term.page' 2 5 }}</c>
/// (fills <c>{0}</c>, <c>{1}</c>), <c>{{ tn 'count.documents' n }}</c> (plural form, fills <c>{count}</c>) and
/// <c>{{ t_date '2023-03-12' }}</c>, and <c>{{ t_form 'count.documents' 'one' }}</c> (one plural form as written, for a
/// script to fill). A key no strings file has is reported at the template's line and column. The strings are asked
/// of <paramref name="stringsFor"/> for the context running the template: the rendering side hands back a copy that
/// records the keys in the log of the page being rendered (see <see cref="InterfaceStrings.RecordingInto"/>).
/// </summary>
public sealed class TranslateFunction(Func<TemplateContext, InterfaceStrings> stringsFor, string templatesRoot,
    TranslateFunction.Kind kind) : IScriptCustomFunction
{
    public enum Kind { Text, Count, Date, Form }

    public static void AddTo(ScriptObject functions, Func<TemplateContext, InterfaceStrings> stringsFor,
        string templatesRoot)
    {
        functions.SetValue("t", new TranslateFunction(stringsFor, templatesRoot, Kind.Text), readOnly: true);
        functions.SetValue("tn", new TranslateFunction(stringsFor, templatesRoot, Kind.Count), readOnly: true);
        functions.SetValue("t_date", new TranslateFunction(stringsFor, templatesRoot, Kind.Date), readOnly: true);
        functions.SetValue("t_form", new TranslateFunction(stringsFor, templatesRoot, Kind.Form), readOnly: true);
    }

    public int RequiredParameterCount => kind is Kind.Count or Kind.Form ? 2 : 1;
    // Values to fill in after the key, each passed as it is (a declared params array made Scriban convert an int to an
    // array).
    private const int MaxValues = 11;
    public int ParameterCount => kind switch { Kind.Date => 1, Kind.Form => 2, _ => 1 + MaxValues };
    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;
    public Type ReturnType => typeof(string);

    public ScriptParameterInfo GetParameterInfo(int index) => kind switch
    {
        Kind.Date => new ScriptParameterInfo(typeof(string), "date"),
        Kind.Count when index == 1 => new ScriptParameterInfo(typeof(long), "count"),
        Kind.Form when index == 1 => new ScriptParameterInfo(typeof(string), "category"),
        _ when index == 0 => new ScriptParameterInfo(typeof(string), "key"),
        _ => new ScriptParameterInfo(typeof(object), "value"),
    };

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var at = Where(callerContext);
        var strings = stringsFor(context);
        var first = arguments.Count > 0 ? context.ObjectToString(arguments[0]) ?? "" : "";
        switch (kind)
        {
            case Kind.Date:
                return DateOnly.TryParseExact(first, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                    ? strings.Date(date) : first;
            case Kind.Form:
                var category = arguments.Count > 1 ? context.ObjectToString(arguments[1]) ?? "other" : "other";
                return strings.PluralForm(first, category) ?? strings.PluralForm(first, "other", at) ?? first;
            case Kind.Count:
                var count = arguments.Count > 1 ? Convert.ToInt64(arguments[1], CultureInfo.InvariantCulture) : 0;
                return strings.Count(first, count, at, Rest(context, arguments, 2));
            default:
                return strings.Text(first, at, Rest(context, arguments, 1));
        }
    }

    /// <summary>Whether this is <c>t</c> (a string, filled in), which <see cref="Text"/> serves directly.</summary>
    public bool IsText => kind == Kind.Text;

    /// <summary>
    /// What <c>t 'key'</c> called at <paramref name="caller"/> shows: the same lookup as <see cref="Invoke"/> with
    /// nothing to fill in, for a template whose call names its key literally (Rendering.Shortcuts.InterfaceText).
    /// </summary>
    public string Text(TemplateContext context, ScriptNode caller, string key) =>
        stringsFor(context).Text(key, Where(caller), NothingToFill);

    /// <summary>
    /// The values a call with its key alone passes: Scriban fills every optional parameter with null, so a
    /// placeholder no value fills shows nothing (<c>search.failed</c>'s <c>{0}</c>, filled by the page's script).
    /// </summary>
    private static readonly object?[] NothingToFill = new object?[MaxValues];

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new(Invoke(context, callerContext, arguments, blockStatement));

    private static object?[] Rest(TemplateContext context, ScriptArray arguments, int from) =>
        arguments.Skip(from).Select(a => a is string or null ? a : (object?)context.ObjectToString(a)).ToArray();

    private SourceSpan? Where(ScriptNode? node)
    {
        if (node is null) return null;
        var file = node.Span.FileName ?? "";
        var relative = file.Length == 0 ? "templates" : _names.GetOrAdd(file, NameOf);
        return new SourceSpan(relative, node.Span.Start.Line + 1, node.Span.Start.Column + 1);
    }

    // The span of every call: made once per template file, not per call. A relative templates folder made each call's
    // Path.GetRelativePath ask the system for the working directory: 2,829 getcwd calls building the five seeds.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _names =
        new(StringComparer.Ordinal);

    private string NameOf(string file) =>
        Path.Combine(Path.GetFileName(templatesRoot.TrimEnd('/', '\\')), Path.GetRelativePath(templatesRoot, file))
            .Replace('\\', '/');
}
