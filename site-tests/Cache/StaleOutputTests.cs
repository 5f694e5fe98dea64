using System.Text.Json.Nodes;
using SdgArchive.Build;
using SdgArchive.SiteTests.Images;
using SdgArchive.SiteTests.Support;
using SkiaSharp;

namespace SdgArchive.SiteTests.Cache;

/// <summary>
/// After any input a page is made from changes, a warm build (with the cache of the last one) must write the folder a
/// cold build writes, byte for byte. Each test changes one kind of input a page reads: the world-atlas data its
/// locator map is drawn from, a local image it shows, a partial template and the settings.
/// </summary>
[TestFixture]
public sealed class StaleOutputTests
{
    /// <summary>
    /// A whole project in one temp folder: its own package.json and node_modules/world-atlas (so the atlas data can
    /// change), templates, content, the seeds and a document showing a local image.
    /// </summary>
    private sealed class Project
    {
        public string Root { get; } = TempFolder.Create("stale");
        public string Source => Path.Combine(Root, "source");
        public string Templates => Path.Combine(Root, "templates");
        public string Content => Path.Combine(Root, "content");
        public string Atlas => Path.Combine(Root, "node_modules", "world-atlas");
        public string Output => Path.Combine(Root, "public");

        public Project()
        {
            File.Copy(Path.Combine(RepoPaths.Root, "package.json"), Path.Combine(Root, "package.json"));
            File.Copy(Path.Combine(RepoPaths.Root, "package-lock.json"), Path.Combine(Root, "package-lock.json"));
            var atlas = Path.Combine(RepoPaths.Root, "node_modules", "world-atlas");
            if (!Directory.Exists(atlas)) Prerequisites.Missing("node_modules/world-atlas is missing: run `npm ci`");
            Directory.CreateDirectory(Atlas);
            foreach (var name in new[] { "countries-110m.json", "countries-50m.json" })
                File.Copy(Path.Combine(atlas, name), Path.Combine(Atlas, name));
            TempFolder.CopyInto(RepoPaths.Templates, Templates);
            TempFolder.CopyInto(RepoPaths.Content, Content);
            TempFolder.CopyInto(RepoPaths.Seeds, Source);
            File.WriteAllText(Path.Combine(Source, "900_chart.txt"),
                "# A document with a chart\n\n## What did we learn?\n\nThe chart says it all.\n\n![A bar chart](chart.png)\n");
            File.WriteAllBytes(Path.Combine(Source, "chart.png"), ImagePipelineTests.Photo(320, 200, SKEncodedImageFormat.Png));
        }

        public BuildResult Build(string? output = null, bool useCache = true)
        {
            var result = new SitePipeline(new BuildOptions
            {
                Source = Source, Content = Content, Templates = Templates, Output = output ?? Output,
                Cache = Path.Combine(Root, ".sdg-cache"), UseCache = useCache, Search = false, Cards = false,
            }).Build();
            Assert.That(result.Succeeded, Is.True, string.Join('\n', result.Diagnostics.Sorted()));
            return result;
        }

        /// <summary>Builds warm after <paramref name="change"/>, then cold into another folder: the two must be equal.</summary>
        public void AssertWarmEqualsColdAfter(Action change)
        {
            Build();
            change();
            var warm = Build();
            var cold = TempFolder.Create("stale-cold");
            Build(cold, useCache: false);
            var warmFiles = CacheProject.Hashes(Output);
            var coldFiles = CacheProject.Hashes(cold);
            TestContext.Out.WriteLine($"warm: rendered {warm.RenderedPages}, reused {warm.ReusedPages}; {string.Join(", ", warm.RenderedUrls)}");
            var differing = coldFiles.Keys.Union(warmFiles.Keys)
                .Where(f => warmFiles.GetValueOrDefault(f) != coldFiles.GetValueOrDefault(f)).Order(StringComparer.Ordinal).ToList();
            Assert.That(differing, Is.Empty,
                $"files the warm build left different from a cold build (it rendered {warm.RenderedPages}, reused {warm.ReusedPages})");
        }
    }

    [Test]
    public void A_change_to_the_world_atlas_data_redraws_every_locator_map()
    {
        var project = new Project();
        project.AssertWarmEqualsColdAfter(() =>
        {
            // Every shape moves a little: a new release of world-atlas with corrected borders looks like this.
            var file = Path.Combine(project.Atlas, "countries-110m.json");
            var atlas = JsonNode.Parse(File.ReadAllText(file))!;
            var translate = atlas["transform"]!["translate"]!.AsArray();
            translate[0] = translate[0]!.GetValue<double>() + 3;
            translate[1] = translate[1]!.GetValue<double>() + 2;
            File.WriteAllText(file, atlas.ToJsonString());
        });
    }

    [Test]
    public void An_edited_local_image_gets_its_new_content_named_files_on_the_page_that_shows_it()
    {
        var project = new Project();
        project.AssertWarmEqualsColdAfter(() =>
            File.WriteAllBytes(Path.Combine(project.Source, "chart.png"), ImagePipelineTests.Photo(400, 240, SKEncodedImageFormat.Png, noisy: true)));
    }

    [Test]
    public void A_local_image_that_appears_after_a_build_is_published_on_the_page_that_named_it()
    {
        var project = new Project();
        File.Delete(Path.Combine(project.Source, "chart.png"));
        project.AssertWarmEqualsColdAfter(() =>
            File.WriteAllBytes(Path.Combine(project.Source, "chart.png"), ImagePipelineTests.Photo(320, 200, SKEncodedImageFormat.Png)));
    }

    [Test]
    public void A_change_to_a_partial_template_re_renders_the_pages_that_include_it()
    {
        var project = new Project();
        project.AssertWarmEqualsColdAfter(() =>
        {
            var partial = Path.Combine(project.Templates, "partials", "term-links.sbn");
            File.WriteAllText(partial, File.ReadAllText(partial).Replace("class=\"tag-list\"", "class=\"tag-list tags\"", StringComparison.Ordinal));
        });
    }

    [Test]
    public void A_change_to_the_settings_re_renders_the_pages_that_show_them()
    {
        var project = new Project();
        project.AssertWarmEqualsColdAfter(() =>
        {
            var file = Path.Combine(project.Content, "site.json");
            var settings = JsonNode.Parse(File.ReadAllText(file))!;
            settings["title"] = "Another archive";
            settings["focalPoints"] = "shown";
            File.WriteAllText(file, settings.ToJsonString());
        });
    }
}
