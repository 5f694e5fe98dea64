using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using SdgArchive.Diagnostics;
using SdgArchive.I18n;

namespace SdgArchive.SiteTests.Languages;

/// <summary>The interface in the site's language: strings files, plural rules, dates, and whole sites built in French and Spanish.</summary>
public partial class InterfaceLanguageTests
{
    public static readonly string[] Translations = ["fr", "es"];

    /// <summary>The official UN names of the 17 goals (un.org/sustainabledevelopment/fr and /es).</summary>
    public static readonly IReadOnlyDictionary<string, string[]> OfficialGoalNames = new Dictionary<string, string[]>
    {
        ["fr"] =
        [
            "Pas de pauvreté", "Faim « zéro »", "Bonne santé et bien-être", "Éducation de qualité", "Égalité entre les sexes",
            "Eau propre et assainissement", "Énergie propre et d'un coût abordable", "Travail décent et croissance économique",
            "Industrie, innovation et infrastructure", "Inégalités réduites", "Villes et communautés durables",
            "Consommation et production responsables", "Mesures relatives à la lutte contre les changements climatiques",
            "Vie aquatique", "Vie terrestre", "Paix, justice et institutions efficaces", "Partenariats pour la réalisation des objectifs",
        ],
        ["es"] =
        [
            "Fin de la pobreza", "Hambre cero", "Salud y bienestar", "Educación de calidad", "Igualdad de género",
            "Agua limpia y saneamiento", "Energía asequible y no contaminante", "Trabajo decente y crecimiento económico",
            "Industria, innovación e infraestructura", "Reducción de las desigualdades", "Ciudades y comunidades sostenibles",
            "Producción y consumo responsables", "Acción por el clima", "Vida submarina", "Vida de ecosistemas terrestres",
            "Paz, justicia e instituciones sólidas", "Alianzas para lograr los objetivos",
        ],
    };

    private static readonly Dictionary<string, BuiltSite> BuiltIn = [];

    /// <summary>The seeds built with the repository's templates and content, the interface in <paramref name="language"/>.</summary>
    public static BuiltSite SeedsIn(string language)
    {
        lock (BuiltIn)
        {
            if (BuiltIn.TryGetValue(language, out var built)) return built;
            var content = ContentIn(language);
            return BuiltIn[language] = BuiltSite.Build(RepoPaths.Seeds, o => o with { Content = content });
        }
    }

    /// <summary>The repository's content with the interface in <paramref name="language"/>, and a collection, so
    /// that the collection pages are built too (the repository ships none). Its words are the curator's.</summary>
    public static string ContentIn(string language)
    {
        var content = TempFolder.CopyOf(RepoPaths.Content, $"content-{language}");
        var settings = Path.Combine(content, "site.json");
        File.WriteAllText(settings, Regex.Replace(File.ReadAllText(settings), "\"language\"\\s*:\\s*\"[^\"]*\"", $"\"language\": \"{language}\""));
        Directory.CreateDirectory(Path.Combine(content, "collections"));
        File.WriteAllText(Path.Combine(content, "collections", "villes.md"),
            "# Ciudades · Villes · 2030\n\n[[query:sdgs=11]]\n\nAgua, energía, movilidad · eau, énergie, mobilité.\n");
        return content;
    }

    private static JsonElement StringsOf(string language)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Templates, "i18n", language + ".json")),
            new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        return json.RootElement.Clone();
    }

    /// <summary>Every text of a strings file, plural forms as <c>key#one</c>.</summary>
    private static Dictionary<string, string> Texts(string language) =>
        StringsOf(language).EnumerateObject().SelectMany(p => p.Value.ValueKind == JsonValueKind.String
                ? [(p.Name, p.Value.GetString()!)]
                : p.Value.EnumerateObject().Select(f => ($"{p.Name}#{f.Name}", f.Value.GetString()!)))
            .ToDictionary(t => t.Item1, t => t.Item2);

    [TestCaseSource(nameof(Translations))]
    public void Each_translation_has_every_English_string_with_the_same_placeholders(string language)
    {
        var english = Texts("en");
        var translated = Texts(language);
        var keys = StringsOf("en").EnumerateObject().Select(p => p.Name).ToList();
        Assert.That(StringsOf(language).EnumerateObject().Select(p => p.Name), Is.SupersetOf(keys), "every English key is translated");
        foreach (var (key, text) in english.Where(e => e.Key.EndsWith("#other", StringComparison.Ordinal) || !e.Key.Contains('#')))
            Assert.That(Placeholders(translated[key]), Is.EquivalentTo(Placeholders(text)), $"{language}: placeholders of {key}");
    }

    private static IEnumerable<string> Placeholders(string text) => Placeholder().Matches(text).Select(m => m.Value).Distinct();

    [TestCaseSource(nameof(Translations))]
    public void The_goals_have_their_official_UN_names(string language)
    {
        var strings = InterfaceStrings.Load(RepoPaths.Templates, language, new DiagnosticBag());
        Assert.That(Enumerable.Range(1, 17).Select(n => strings.Goal(n)), Is.EqualTo(OfficialGoalNames[language]));
    }

    [TestCase("en", 0, "0 documents")]
    [TestCase("en", 1, "1 document")]
    [TestCase("fr", 0, "0 document")]
    [TestCase("fr", 1, "1 document")]
    [TestCase("fr", 2, "2 documents")]
    [TestCase("fr", 1234, "1\u202F234 documents")]
    [TestCase("fr", 1000000, "1\u202F000\u202F000 de documents")]
    [TestCase("es", 0, "0 documentos")]
    [TestCase("es", 1, "1 documento")]
    [TestCase("es", 1234, "1234 documentos")]
    [TestCase("es", 12345, "12.345 documentos")]
    [TestCase("es", 2000000, "2.000.000 de documentos")]
    public void Counts_take_the_languages_plural_form_and_digit_grouping(string language, long count, string expected)
    {
        var strings = InterfaceStrings.Load(RepoPaths.Templates, language, new DiagnosticBag());
        Assert.That(strings.Count("term.count", count), Is.EqualTo(expected));
    }

    [TestCase("en", "12 March 2023")]
    [TestCase("fr", "12 mars 2023")]
    [TestCase("es", "12 de marzo de 2023")]
    public void Dates_are_written_in_the_interface_language(string language, string expected) =>
        Assert.That(InterfaceStrings.Load(RepoPaths.Templates, language, new DiagnosticBag()).Date(new DateOnly(2023, 3, 12)), Is.EqualTo(expected));

    [TestCaseSource(nameof(Translations))]
    public void The_seeds_built_in_French_and_Spanish_show_no_English_interface_string(string language)
    {
        var site = SeedsIn(language);
        Assert.That(site.Result.Succeeded, Is.True, site.Diagnostics);
        Assert.That(site.Result.Diagnostics.Sorted().Where(d => d.Code is DiagnosticCodes.MissingString or DiagnosticCodes.StringsFile),
            Is.Empty, "every string is translated");

        var words = EnglishOnlyWords(language);

        // The site's own title and description are content its owner writes in site.json, not interface strings.
        var settings = SdgArchive.Site.SiteSettings.Load(ContentIn(language), new DiagnosticBag());
        // Pages beyond the documents are there too: collections, every browse order and facet, the map.
        var pages = site.HtmlFiles.Select(f => "/" + Path.GetRelativePath(site.Output, f).Replace('\\', '/')).ToList();
        Assert.That(pages, Is.SupersetOf([
            "/collections/index.html", "/collections/villes/index.html", "/map/index.html"]));
        foreach (var browse in new[] { "all/", "types/", "sdgs/", "countries/", "languages/" })
            Assert.That(pages.Any(p => p.StartsWith("/browse/" + browse, StringComparison.Ordinal)), Is.True, browse);
        var found = new List<string>();
        foreach (var file in site.HtmlFiles)
        {
            var page = site.Page("/" + Path.GetRelativePath(site.Output, file).Replace('\\', '/'));
            Assert.That(page.DocumentElement.GetAttribute("lang"), Is.EqualTo(language), $"{file}: <html lang>");
            var texts = InterfaceTexts(page.DocumentElement, language)
                .Where(t => t != settings.Title && t != settings.Description);
            found.AddRange(EnglishIn(texts, words).Select(f => $"{Path.GetRelativePath(site.Output, file)}: {f}"));
        }
        Assert.That(found.Distinct().Take(30), Is.Empty);
    }

    /// <summary>
    /// What the English strings file says and the translation does not: whole short strings ("Map", "Year"), or the
    /// fixed parts of longer ones around their {placeholders}.
    /// </summary>
    public static IReadOnlySet<string> EnglishOnlyWords(string language)
    {
        var english = Texts("en");
        var translated = Texts(language);
        return english.Where(e => translated.GetValueOrDefault(e.Key) != e.Value
                                  && !e.Key.StartsWith("languagename.", StringComparison.Ordinal))
            .SelectMany(e => Placeholder().Split(e.Value)).Select(f => f.Trim(' ', ',', '.', ':', '(', ')'))
            .Where(f => f.Any(char.IsLetter) && f.Length >= 2 && !translated.ContainsValue(f))
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Each text that is one of <paramref name="words"/> or holds one of its several-word phrases.</summary>
    public static IEnumerable<string> EnglishIn(IEnumerable<string> texts, IReadOnlySet<string> words) =>
        from text in texts
        from word in words
        where text == word || (word.Contains(' ') && text.Contains(word, StringComparison.Ordinal))
        select $"\"{word}\" in \"{text}\"";

    /// <summary>
    /// The texts a reader sees or hears from the interface: text, labels, placeholders and titles, leaving out what
    /// carries another language (the documents' own words) and what is not shown (scripts, styles, hidden blocks: the
    /// search index's filter values, which the search engineer's markup writes and this test does not cover).
    /// </summary>
    public static IEnumerable<string> InterfaceTexts(IElement element, string language)
    {
        if (element.LocalName is "script" or "style" or "meta" or "link" || element.HasAttribute("hidden")) yield break;
        if (element.GetAttribute("lang") is { } lang && !lang.StartsWith(language, StringComparison.OrdinalIgnoreCase)) yield break;
        foreach (var attribute in new[] { "aria-label", "placeholder", "title", "alt" })
            if (element.GetAttribute(attribute) is { Length: > 0 } value) yield return value.Trim();
        foreach (var child in element.ChildNodes)
        {
            if (child is IElement inner)
                foreach (var text in InterfaceTexts(inner, language)) yield return text;
            else if (child.NodeType == NodeType.Text && child.TextContent.Trim() is { Length: > 0 } text)
                yield return text;
        }
    }

    /// <summary>Names of file formats, the same in every language.</summary>
    private static readonly string[] FormatNames = ["BibTeX", "RIS", "CSL-JSON"];

    [Test]
    public void Templates_write_no_words_of_their_own_every_word_comes_from_the_strings_files()
    {
        // A word typed into a template would stay English in a French site wherever the seeds do not reach it (a
        // collection, a large taxonomy, a document with a recording): so no template text, attribute or string literal.
        var found = new List<string>();
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Templates, "*.sbn", SearchOption.AllDirectories).Order())
        {
            var template = File.ReadAllText(file);
            var name = Path.GetRelativePath(RepoPaths.Templates, file);
            foreach (Match literal in ScribanStringLiteral().Matches(string.Join(' ', ScribanCode().Matches(template).Select(m => m.Value))))
                if (literal.Groups[1].Value.Count(char.IsLetter) > 1 && literal.Groups[1].Value.Any(char.IsUpper))
                    found.Add($"{name}: string literal {literal.Value}");
            var markup = ScribanCode().Replace(ScriptOrStyle().Replace(template, ""), " ");
            foreach (Match attribute in ShownAttribute().Matches(markup))
                if (attribute.Groups[2].Value.Any(char.IsLetter)) found.Add($"{name}: {attribute.Value}");
            foreach (var text in HtmlTag().Split(markup).Select(t => t.Trim()).Where(t => t.Any(char.IsLetter)))
                if (!FormatNames.Contains(text)) found.Add($"{name}: text \"{text}\"");
        }
        Assert.That(found, Is.Empty);
    }

    [GeneratedRegex(@"\{\{.*?\}\}", RegexOptions.Singleline)]
    private static partial Regex ScribanCode();
    [GeneratedRegex(@"""([^""]*)""")]
    private static partial Regex ScribanStringLiteral();
    [GeneratedRegex(@"<(script|style)\b[^>]*>.*?</\1>", RegexOptions.Singleline)]
    private static partial Regex ScriptOrStyle();
    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex HtmlTag();
    [GeneratedRegex(@"\b(aria-label|placeholder|title|alt)=""([^""]*)""")]
    private static partial Regex ShownAttribute();

    [Test]
    public void Paginated_listings_say_which_page_in_the_interface_language()
    {
        var content = TempFolder.CopyOf(Path.Combine(RepoPaths.Fixtures, "content"), "content-fr");
        var settings = Path.Combine(content, "site.json");
        File.WriteAllText(settings, Regex.Replace(File.ReadAllText(settings), "\"language\"\\s*:\\s*\"[^\"]*\"", "\"language\": \"fr\""));
        if (!File.ReadAllText(settings).Contains("\"fr\"", StringComparison.Ordinal))
            File.WriteAllText(settings, File.ReadAllText(settings).Replace("{", "{ \"language\": \"fr\",", StringComparison.Ordinal));
        var site = BuiltSite.Build(Path.Combine(RepoPaths.Fixtures, "site"), o => o with { Content = content });
        Assert.That(site.Result.Succeeded, Is.True, site.Diagnostics);
        var paged = site.HtmlFiles.Select(f => File.ReadAllText(f)).Where(t => t.Contains("rel=\"next\"", StringComparison.Ordinal)).ToList();
        Assert.That(paged, Is.Not.Empty, "the fixtures (2 documents a page) have paginated listings");
        foreach (var html in paged)
            Assert.That(html, Does.Match(", page \\d+ sur \\d+").And.Match(">(Suivante|Précédente)<"));
    }

    [Test]
    public void A_missing_string_is_a_located_warning_and_shows_its_key_or_English_never_a_blank()
    {
        var templates = TempFolder.CopyOf(RepoPaths.Templates, "templates");
        var notFound = Path.Combine(templates, "pages", "404.sbn");
        var lines = File.ReadAllLines(notFound).ToList();
        lines.Insert(1, "<p class=\"probe\">{{ t 'probe.nowhere' }}</p>");
        File.WriteAllLines(notFound, lines);
        var french = Path.Combine(templates, "i18n", "fr.json");
        File.WriteAllText(french, Regex.Replace(File.ReadAllText(french), "\\s*\"nav.about\": \"[^\"]*\",", ""));

        var site = BuiltSite.Build(RepoPaths.Seeds, o => o with { Templates = templates, Content = ContentIn("fr") });
        var missing = site.Result.Diagnostics.Sorted().Where(d => d.Code == DiagnosticCodes.MissingString).ToList();
        var probe = missing.Single(d => d.Message.Contains("probe.nowhere", StringComparison.Ordinal));
        Assert.That((probe.Span.Path.EndsWith("/pages/404.sbn", StringComparison.Ordinal), probe.Span.Line, probe.Span.Column),
            Is.EqualTo((true, 2, 21)), "at the call of t: " + probe);
        Assert.That(probe.Severity, Is.EqualTo(Severity.Warning));
        var untranslated = missing.Single(d => d.Message.Contains("nav.about", StringComparison.Ordinal));
        Assert.That(untranslated.Span.Path, Does.EndWith("/i18n/fr.json"));

        Assert.That(site.Page("/404.html").QuerySelector(".probe")!.TextContent, Is.EqualTo("probe.nowhere"), "the key, not a blank");
        var nav = site.Page("/").QuerySelectorAll(".site-nav a").Select(a => a.TextContent.Trim()).ToList();
        Assert.That(nav, Does.Contain("About").And.Contain("Carte"), "the untranslated string in English, the others in French");
    }

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex Placeholder();
}
