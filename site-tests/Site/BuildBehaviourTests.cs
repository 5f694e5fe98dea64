namespace SdgArchive.SiteTests.Site;

/// <summary>Base URL, link check, determinism and the never-half-written output folder.</summary>
public class BuildBehaviourTests
{
    [Test]
    public void Seeds_build_without_errors_or_broken_links()
    {
        var result = Sites.Seeds.Result;
        Assert.That(result.Succeeded, Is.True, Sites.Seeds.Diagnostics);
        Assert.That(result.Diagnostics.Sorted().Where(d => d.Code == "SDG030"), Is.Empty, Sites.Seeds.Diagnostics);
        Assert.That(result.DocumentCount, Is.EqualTo(5));
    }

    [Test]
    public void Base_url_sub_path_prefixes_every_link_and_asset()
    {
        var site = BuiltSite.Build(RepoPaths.Seeds, o => o with { BaseUrl = "/archive/" });
        Assert.That(site.Result.Succeeded, Is.True, site.Diagnostics);
        Assert.That(site.Result.Diagnostics.Sorted().Where(d => d.Code == "SDG030"), Is.Empty, site.Diagnostics);
        foreach (var file in site.HtmlFiles)
        {
            var page = site.Page("/archive/" + Path.GetRelativePath(site.Output, file).Replace('\\', '/'));
            foreach (var element in page.QuerySelectorAll("[href], [src]"))
            {
                var url = element.GetAttribute("href") ?? element.GetAttribute("src")!;
                if (url.StartsWith('/')) Assert.That(url, Does.StartWith("/archive/"), $"{file}: {url}");
            }
        }
        var about = site.Page("/archive/about/");
        Assert.That(about.QuerySelector("main a[href$='documents.json']")!.GetAttribute("href"), Is.EqualTo("/archive/api/documents.json"), "root-relative links in content follow the base path");
        Assert.That(site.Page("/archive/").QuerySelector("link[rel=canonical]")!.GetAttribute("href"), Is.EqualTo("https://sdg-archive.netlify.app/archive/"));
    }

    [Test]
    public void A_broken_internal_link_is_a_warning_naming_the_page_and_fails_under_strict()
    {
        var source = TempFolder.WithFiles("broken-link", new Dictionary<string, string>
        {
            ["a.md"] = "[[type:blog]]\n# Page with a broken link\n\nSee [the missing page](/documents/does-not-exist/).\n",
        });
        var lenient = BuiltSite.Build(source);
        var warning = lenient.Result.Diagnostics.Sorted().Single(d => d.Code == "SDG030");
        Assert.That(warning.Span.Path, Does.EndWith("documents/page-with-a-broken-link/index.html"));
        Assert.That(warning.Message, Does.Contain("/documents/does-not-exist/"));
        Assert.That(lenient.Result.Succeeded, Is.True);
        Assert.That(BuiltSite.Build(source, o => o with { Strict = true }).Result.Succeeded, Is.False);
    }

    [Test]
    public void Two_builds_of_the_same_input_are_byte_identical()
    {
        var first = BuiltSite.Build(RepoPaths.Seeds);
        var second = BuiltSite.Build(RepoPaths.Seeds);
        Assert.That(FolderHashes.Of(second.Output), Is.EqualTo(FolderHashes.Of(first.Output)));
    }

    [Test]
    public void A_failing_build_leaves_the_previous_output_untouched()
    {
        var output = TempFolder.Create("kept");
        var good = BuiltSite.Build(RepoPaths.Seeds, output: output);
        Assert.That(good.Result.Succeeded, Is.True);
        var before = FolderHashes.Of(output);

        var templates = TempFolder.CopyOf(RepoPaths.Templates, "broken-templates");
        File.WriteAllText(Path.Combine(templates, "pages", "document.sbn"), "<h1>{{ doc.titel }}</h1>");
        var bad = BuiltSite.Build(RepoPaths.Seeds, o => o with { Templates = templates }, output);

        Assert.That(bad.Result.Succeeded, Is.False);
        var error = bad.Result.Diagnostics.Sorted().First(d => d.Code == "SDG040");
        Assert.That(error.Span.Path, Is.EqualTo("templates/pages/document.sbn").Or.EndsWith("pages/document.sbn"));
        Assert.That(error.Span.Line, Is.EqualTo(1));
        Assert.That(error.Span.Column, Is.GreaterThan(1));
        Assert.That(FolderHashes.Of(output), Is.EqualTo(before), "public/ is exactly as the good build left it");
        Assert.That(Directory.GetDirectories(Path.GetDirectoryName(output)!).Where(d => d.Contains(Path.GetFileName(output) + ".")), Is.Empty, "no staging folder left behind");
    }

    [Test]
    public void Strict_turns_warnings_into_a_failing_build_but_warnings_alone_do_not_fail()
    {
        var source = TempFolder.WithFiles("bad-year", new Dictionary<string, string>
        {
            ["a.md"] = "[[type:blog]]\n[[year:20x1]]\n# A document with a bad year\n\nText.\n",
        });
        var lenient = BuiltSite.Build(source);
        Assert.That(lenient.Result.Diagnostics.Sorted().Single(d => d.Code == "SDG011").ToString(), Does.Contain("a.md(2,8): warning SDG011"));
        Assert.That(lenient.Result.Succeeded, Is.True);
        Assert.That(BuiltSite.Build(source, o => o with { Strict = true }).Result.Succeeded, Is.False);
    }

    [Test]
    public void Strict_keeps_the_settings_warnings_not_as_errors_as_warnings()
    {
        // content/site.json lists SDG005 (title taken from the text of seeds 002 and 003): reported, not fatal.
        var strict = BuiltSite.Build(RepoPaths.Seeds, o => o with { Strict = true });
        Assert.That(strict.Result.Diagnostics.Sorted().Count(d => d.Code == "SDG005"), Is.EqualTo(2));
        Assert.That(strict.Result.Succeeded, Is.True, strict.Diagnostics);
    }

    [Test]
    public void Template_loader_refuses_to_read_outside_the_templates_folder()
    {
        var templates = TempFolder.CopyOf(RepoPaths.Templates, "escaping-templates");
        File.WriteAllText(Path.Combine(templates, "pages", "about-escape.sbn"), "");
        File.WriteAllText(Path.Combine(templates, "pages", "404.sbn"), "{{ include '../../../../../../etc/passwd' }}");
        var site = BuiltSite.Build(RepoPaths.Seeds, o => o with { Templates = templates });
        Assert.That(site.Result.Succeeded, Is.False);
        Assert.That(site.Diagnostics, Does.Contain("outside the templates folder"));
    }
}
