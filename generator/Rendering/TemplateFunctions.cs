using Scriban.Runtime;
using SdgArchive.Output;

namespace SdgArchive.Rendering;

/// <summary>The functions templates may call besides Scriban's built-ins.</summary>
public static class TemplateFunctions
{
    public static ScriptObject Create(AssetPipeline assets, I18n.InterfaceStrings strings, string templatesRoot)
    {
        var functions = new ScriptObject();
        functions.Import("asset", new Func<string, string>(assets.Url));
        I18n.TranslateFunction.AddTo(functions, strings, templatesRoot);
        return functions;
    }
}
