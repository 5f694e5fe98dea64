using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Runtime.Accessors;
using SdgArchive.Rendering.Shortcuts;
using SdgArchive.Caching;

namespace SdgArchive.Rendering;

/// <summary>
/// A Scriban context that knows whose render it runs: every template it runs (the page's, the layout, each partial
/// <c>include</c>d, see <see cref="TemplateFolderLoader.GetPath"/>) is recorded in <see cref="Reads"/>, the log of the
/// page being rendered. Contexts are one per thread and run one render at a time, so pages rendered in parallel never
/// share a log; they keep the outputs partials and page markup are rendered into for the next page
/// (<see cref="RentOutput"/>).
/// </summary>
internal sealed class PageTemplateContext(ScriptObject builtins, Action<InputLog, string> record)
    : TemplateContext(builtins)
{
    private readonly Stack<StringBuilderOutput> _spareOutputs = new();

    /// <summary>The log of the page this context is rendering now; null between renders or when none records.</summary>
    public InputLog? Reads { get; set; }

    /// <summary>Records the template at <paramref name="path"/> as read by the page being rendered.</summary>
    public void Read(string path)
    {
        if (Reads is { } reads) record(reads, path);
    }

    /// <summary>An empty output to render into, kept from an earlier include or page when there is one.</summary>
    public StringBuilderOutput RentOutput()
    {
        if (!_spareOutputs.TryPop(out var output)) return new StringBuilderOutput();
        output.Builder.Clear();
        return output;
    }

    /// <summary>Gives an output back for the next include (nested includes each hold their own meanwhile).</summary>
    public void ReturnOutput(StringBuilderOutput output) => _spareOutputs.Push(output);

    /// <summary>Writes a page's markup (<see cref="PageContent"/>) by copying it; anything else as Scriban does.
    /// </summary>
    public override TemplateContext Write(SourceSpan span, object? textAsObject) =>
        textAsObject is PageContent content && CanCopyInto ? CopyIn(content.Markup) : base.Write(span, textAsObject);

    /// <summary>
    /// Whether markup can be copied into the current output as it is: not when an indent is to be written after each
    /// line break (Scriban's include on an indented line). The layout's <c>{{ content }}</c> at the start of a line
    /// has an empty indent, which writes nothing.
    /// </summary>
    public bool CanCopyInto => string.IsNullOrEmpty(CurrentIndent) && Output is StringBuilderOutput;

    /// <summary>Copies rendered markup into the current output (see <see cref="CanCopyInto"/>).</summary>
    public TemplateContext CopyIn(System.Text.StringBuilder markup)
    {
        if (markup.Length == 0) return this;
        var output = ((StringBuilderOutput)Output).Builder;
        foreach (var chunk in markup.GetChunks()) output.Append(chunk.Span);
        // The last character goes through Scriban, which notes whether the text written so far ended a line.
        output.Length--;
        return Write(markup[^1].ToString());
    }

    /// <summary>
    /// Runs <paramref name="template"/> (parsed from <paramref name="path"/>) into the current output, leaving its text
    /// there: what <see cref="Template.Render(TemplateContext)"/> does short of taking the text out as a string.
    /// </summary>
    public void Run(Template template, string path)
    {
        PushSourceFile(path);
        try
        {
            var page = template.Page!; // parsed without errors: never null
            if (Evaluate(page) is { } result && EnableOutput) Write(page.Span, result);
        }
        finally
        {
            PopSourceFile();
        }
    }

    /// <summary>The current output's text, taken out: the output is left empty for the next render.</summary>
    public string TakeText()
    {
        var builder = ((StringBuilderOutput)Output).Builder;
        var text = builder.ToString();
        builder.Clear();
        return text;
    }

    /// <summary>Scriban's accessor for a view type, its property reads compiled (<see cref="CompiledMemberAccessor"/>).
    /// </summary>
    protected override IObjectAccessor? GetMemberAccessorImpl(object target)
    {
        var scriban = base.GetMemberAccessorImpl(target);
        return scriban is TypedObjectAccessor typed && typed.GetType() == typeof(TypedObjectAccessor)
            ? CompiledMemberAccessor.For(target.GetType(), typed, MemberRenamer)
            : scriban;
    }

    public override string? ObjectToString(object? value, bool nested = false) =>
        value is PageContent content ? content.ToString() : base.ObjectToString(value, nested);
}
