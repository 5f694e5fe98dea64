using System.Text.RegularExpressions;

namespace SdgArchive.Fragments;

/// <summary>Root-relative links in content (<c>/about/</c>) follow the site's base path (<c>/archive/about/</c>).</summary>
public static partial class LinkBase
{
    public static string Rebase(string html, string basePath) =>
        basePath == "/" || !html.Contains("=\"/", StringComparison.Ordinal) ? html : RootRelative().Replace(html, "$1" + basePath.Replace("$", "$$"));

    [GeneratedRegex(@"(\s(?:href|src)="")/(?!/)")]
    private static partial Regex RootRelative();
}
