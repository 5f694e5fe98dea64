using AngleSharp.Html.Parser;
using SdgArchive.Build;
using SdgArchive.SiteTests.Support;

namespace SdgArchive.SiteTests.Cache;

/// <summary>
/// What the dependency tests ask of a project's warm builds: which pages every build renders, each page's kind, and
/// whether the folder a warm build left is a cold build's, byte for byte.
/// </summary>
internal static class WarmBuilds
{
    /// <summary>
    /// The pages a warm build renders after an input no page shows changed: none (every page is keyed, the search,
    /// map, taxonomy and content pages too), which this checks.
    /// </summary>
    public static HashSet<string> AlwaysRendered(CacheProject project)
    {
        project.TouchContent();
        var rendered = project.Build().RenderedUrls.ToHashSet(StringComparer.Ordinal);
        Assert.That(rendered, Is.Empty, "no page shows the change");
        return rendered;
    }

    /// <summary>Each page's kind, as its layout names it (<c>&lt;body class="kind-term"&gt;</c>), by URL.</summary>
    public static Dictionary<string, string> Kinds(CacheProject project, BuildResult built)
    {
        var urls = project.Index().Urls;
        var parser = new HtmlParser();
        return built.RenderedUrls.Concat(built.ReusedUrls).ToDictionary(url => url, url =>
        {
            var html = File.ReadAllText(Path.Combine(project.Output, urls.FileFor(url)));
            var body = parser.ParseDocument(html).Body!;
            return body.ClassList.Single(c => c.StartsWith("kind-", StringComparison.Ordinal))["kind-".Length..];
        }, StringComparer.Ordinal);
    }

    /// <summary>The URLs of the pages of one kind (see <see cref="Kinds"/>).</summary>
    public static List<string> OfKind(Dictionary<string, string> kinds, string kind) =>
        kinds.Where(k => k.Value == kind).Select(k => k.Key).ToList();

    /// <summary>Replaces <paramref name="from"/> in a file, which must hold it.</summary>
    public static void Edit(string file, string from, string to)
    {
        var text = File.ReadAllText(file);
        Assert.That(text, Does.Contain(from), $"{file} no longer has what the test edits");
        File.WriteAllText(file, text.Replace(from, to, StringComparison.Ordinal));
    }

    /// <summary>Builds the project cold into another folder and compares every file with the warm output's.</summary>
    public static void AssertLikeACold(CacheProject project)
    {
        var cold = TempFolder.Create("warm-cold");
        project.Build(o => o with { UseCache = false }, cold);
        var warm = CacheProject.Hashes(project.Output);
        var expected = CacheProject.Hashes(cold);
        var differing = expected.Keys.Union(warm.Keys)
            .Where(f => warm.GetValueOrDefault(f) != expected.GetValueOrDefault(f))
            .Order(StringComparer.Ordinal).ToList();
        Assert.That(differing, Is.Empty, "files the warm build left different from a cold build's");
    }

    public static List<string> Sorted(IEnumerable<string> urls) =>
        urls.Distinct().Order(StringComparer.Ordinal).ToList();

    /// <summary>The page at <paramref name="url"/> in the project's output.</summary>
    public static string Page(CacheProject project, string url) =>
        File.ReadAllText(Path.Combine(project.Output, project.Index().Urls.FileFor(url)));
}
