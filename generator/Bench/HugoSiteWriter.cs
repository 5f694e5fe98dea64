using System.Text;
using System.Text.Json;

namespace SdgArchive.Bench;

/// <summary>
/// The same synthetic corpus as a Hugo site: a page per document, a page per taxonomy term listing its
/// documents (50 a page), a page per taxonomy listing its terms, and a home page; minimal layouts so Hugo's own
/// work is what gets measured.
/// </summary>
public static class HugoSiteWriter
{
    /// <summary>Archive tag key → Hugo taxonomy (plural, as Hugo names them).</summary>
    public static readonly IReadOnlyDictionary<string, string> Taxonomies = new SortedDictionary<string, string>(StringComparer.Ordinal)
    {
        ["country"] = "countries",
        ["datasources"] = "datasources",
        ["methods"] = "methods",
        ["sdgs"] = "sdgs",
        ["thematic_areas"] = "thematic_areas",
        ["type"] = "types",
        ["year"] = "years",
    };

    public static void Write(IReadOnlyList<SyntheticDocument> documents, string siteFolder)
    {
        var contentFolder = Path.Combine(siteFolder, "content", "documents");
        Directory.CreateDirectory(contentFolder);
        var utf8 = new UTF8Encoding(false);
        File.WriteAllText(Path.Combine(siteFolder, "hugo.toml"), Config(), utf8);
        foreach (var (path, text) in Layouts())
        {
            var full = Path.Combine(siteFolder, "layouts", path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text, utf8);
        }
        foreach (var document in documents)
            File.WriteAllText(Path.Combine(contentFolder, $"{document.Index:00000}.md"), Page(document), utf8);
    }

    private static string Page(SyntheticDocument document)
    {
        var front = new SortedDictionary<string, object>(StringComparer.Ordinal) { ["title"] = document.Title };
        foreach (var (key, taxonomy) in Taxonomies)
        {
            var values = document.Values(key).Where(v => v.Trim().Length > 0).Select(v => v.Trim()).ToList();
            if (values.Count > 0) front[taxonomy] = values;
        }
        var latlng = document.Values("latlng");
        if (latlng.Count > 0) front["latlng"] = latlng;
        // JSON front matter: escaping is exact, whatever the titles and tag values contain.
        return JsonSerializer.Serialize(front) + "\n\n" + document.Body + "\n";
    }

    private static string Config()
    {
        var taxonomies = string.Join("\n", Taxonomies.Values.Select(t => $"  {t} = \"{t}\""));
        return $"""
            baseURL = "http://localhost/"
            title = "SDG Commons benchmark"
            languageCode = "en"
            disableKinds = ["robotsTXT"]
            enableGitInfo = false
            # Term listings are paginated by 50, like the archive's own (SiteSettings.PageSize).
            paginate = 50

            [taxonomies]
            {taxonomies}

            [outputs]
              home = ["HTML", "RSS"]
              section = ["HTML"]
              taxonomy = ["HTML"]
              term = ["HTML"]

            [markup.goldmark.renderer]
              unsafe = false

            """;
    }

    private static IEnumerable<(string Path, string Text)> Layouts()
    {
        yield return ("_default/baseof.html", """
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><title>{{ .Title }} · {{ .Site.Title }}</title>
            <link rel="stylesheet" href="{{ "site.css" | relURL }}"></head>
            <body><header><a href="{{ "/" | relURL }}">{{ .Site.Title }}</a></header>
            <main>{{ block "main" . }}{{ end }}</main></body></html>
            """);
        yield return ("_default/single.html", """
            {{ define "main" }}<article><h1>{{ .Title }}</h1>
            <dl>{{ range $taxonomy, $_ := .Site.Taxonomies }}{{ with $.GetTerms $taxonomy }}<dt>{{ $taxonomy }}</dt>{{ range . }}<dd><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></dd>{{ end }}{{ end }}{{ end }}</dl>
            {{ .Content }}</article>{{ end }}
            """);
        yield return ("_default/list.html", """
            {{ define "main" }}<h1>{{ .Title }}</h1>
            <ul>{{ range (.Paginate .Pages).Pages }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}</ul>
            {{ with .Paginator }}{{ if .HasPrev }}<a rel="prev" href="{{ .Prev.URL }}">Previous</a>{{ end }}{{ if .HasNext }}<a rel="next" href="{{ .Next.URL }}">Next</a>{{ end }}{{ end }}{{ end }}
            """);
        yield return ("_default/terms.html", """
            {{ define "main" }}<h1>{{ .Title }}</h1>
            <ul>{{ range .Data.Terms.ByCount }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.LinkTitle }}</a> ({{ .Count }})</li>{{ end }}</ul>{{ end }}
            """);
        yield return ("index.html", """
            {{ define "main" }}<h1>{{ .Site.Title }}</h1>
            <ul>{{ range first 20 (where .Site.RegularPages "Section" "documents") }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}</ul>
            <ul>{{ range $name, $_ := .Site.Taxonomies }}<li><a href="{{ (printf "/%s/" $name) | relURL }}">{{ $name }}</a></li>{{ end }}</ul>{{ end }}
            """);
    }
}
