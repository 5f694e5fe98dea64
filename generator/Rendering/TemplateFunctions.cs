using Scriban.Runtime;
using SdgArchive.Output;

namespace SdgArchive.Rendering;

/// <summary>The functions templates may call besides Scriban's built-ins.</summary>
public static class TemplateFunctions
{
    public static ScriptObject Create(AssetPipeline assets, I18n.InterfaceStrings strings, string templatesRoot)
    {
        var functions = new ScriptObject();
        // Recorded as read by the page being rendered (see AssetPipeline.Url), so an edit to search.js re-renders the
        // search page alone.
        functions.SetValue("asset", Shortcuts.TypedFunction.Of<string>("name", (context, name) =>
            assets.Url(name, (context as PageTemplateContext)?.Reads)), readOnly: true);
        // Each key looked up is recorded as read by the page being rendered, so a string edit re-renders the pages
        // that show it.
        I18n.TranslateFunction.AddTo(functions, context =>
                (context as PageTemplateContext)?.Reads is { } reads ? strings.RecordingInto(reads) : strings,
            templatesRoot);
        return functions;
    }
}
