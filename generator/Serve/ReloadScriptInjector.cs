using System.Text;

namespace SdgArchive.Serve;

/// <summary>
/// Adds the live-reload script to an HTML page on its way to the browser. The built file on disk is never
/// touched, and the tag is external (<c>src</c>) so the site's CSP needs no <c>unsafe-inline</c>.
/// </summary>
public static class ReloadScriptInjector
{
    public const string ScriptPath = "/__sdg/reload.js";
    public const string ScriptTag = "<script src=\"" + ScriptPath + "\" defer></script>";

    public static string Inject(string html)
    {
        // A page built with the script already (the pipeline's live-reload option) must not load it twice.
        if (html.Contains(ScriptPath, StringComparison.Ordinal)) return html;
        var at = html.IndexOf("</head>", StringComparison.OrdinalIgnoreCase);
        if (at < 0) at = html.IndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return at < 0 ? html + ScriptTag : html.Insert(at, ScriptTag);
    }

    public static byte[] Inject(byte[] utf8Html) => Encoding.UTF8.GetBytes(Inject(Encoding.UTF8.GetString(utf8Html)));
}
