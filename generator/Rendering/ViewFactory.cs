using System.Globalization;
using SdgArchive.I18n;
using SdgArchive.Images;
using SdgArchive.Model;
using SdgArchive.Publishing.Citations;
using SdgArchive.Reading;
using SdgArchive.Rendering.Views;
using SdgArchive.Site;
using SdgArchive.Fragments;
using SdgArchive.Syntax.Emails;

namespace SdgArchive.Rendering;

/// <summary>Turns the enriched site model into the plain records templates render.</summary>
public sealed class ViewFactory(SiteIndex index, MarkdownRenderer markdown, DocumentImages? images = null,
    InterfaceStrings? strings = null, CardThumbnails? thumbnails = null)
{
    /// <summary>The cards' pictures (none when not given); a build's per-document factories share its own.</summary>
    public CardThumbnails? Thumbnails => thumbnails;

    private SiteSettings Settings => index.Settings;
    /// <summary>The interface language's names for goals, types, languages and taxonomies (English without strings files).</summary>
    private readonly InterfaceStrings _strings = strings ?? InterfaceStrings.Without(new Diagnostics.DiagnosticBag());

    /// <summary>The interface strings the views are made with (listings built beside them use the same).</summary>
    public InterfaceStrings Strings => _strings;

    /// <summary>Tags a card shows before "+n": two fit one line of a phone card (measured at 390 px).</summary>
    private const int CardTags = 3;

    /// <summary>
    /// Each document's card, made once: a document is shown in about twenty listing pages (its terms' pages, and the
    /// browse pages of its type, year, goals, country and language, each in three orders).
    /// </summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<SiteDocument, DocumentSummaryView> _summaries =
        new(ReferenceEqualityComparer.Instance);

    public DocumentSummaryView Summary(SiteDocument d) => _summaries.GetOrAdd(d, MakeSummary);

    /// <summary>
    /// Takes over the cards <paramref name="from"/> made, but <paramref name="replaced"/>'s: serve's refresh swaps one
    /// document into an index whose other documents are the same objects with the same terms, so their cards are the
    /// same (10,000 cards made again cost ~1 s of CPU in the refresh's data files).
    /// </summary>
    public void KeepCards(ViewFactory from, SiteDocument replaced)
    {
        foreach (var (document, card) in from._summaries)
            if (!ReferenceEquals(document, replaced)) _summaries.TryAdd(document, card);
    }

    private DocumentSummaryView MakeSummary(SiteDocument d)
    {
        var tags = index.TermsOf(d, "thematic_areas").Concat(index.TermsOf(d, "methods")).ToList();
        return new(d.Title, d.Url, _strings.Types(d), string.Join(", ", d.Source.Countries),
            d.Source.Year?.ToString(CultureInfo.InvariantCulture) ?? "", TextShortening.AtWordBoundary(d.Excerpt, 140))
        {
            TypeKey = TypeKey(d),
            Sdgs = Badges(d),
            // Name and address only: a card does not show a tag's count, and the summary is part of the keys of the pages
            // that show it, which a new document elsewhere under the same tag must not change.
            Tags = tags.Take(CardTags).Select(t => new LinkView(t.Name, t.Url)).ToList(),
            MoreTags = Math.Max(0, tags.Count - CardTags),
            Language = d.Language,
            Thumbnail = thumbnails?.Of(d.Source),
        };
    }

    /// <summary>The class suffix of a document's type colour (<c>type-solution</c>); unknown types get the neutral one.</summary>
    public static string TypeKey(SiteDocument d)
    {
        var key = d.Source.Types.Count == 0 ? "" : new string(d.Source.Types[0].ToLowerInvariant().Where(c => char.IsAsciiLetterOrDigit(c) || c == '-').ToArray());
        return key.Length == 0 ? "document" : key;
    }

    /// <summary>Goals in number order (the terms come in key order, where "10" sorts before "5").</summary>
    private List<SdgBadgeView> Badges(SiteDocument d) => index.TermsOf(d, "sdgs").Select(Badge).OrderBy(b => b.Number).ToList();

    /// <summary>A document's page view; <paramref name="related"/> are the documents it lists (the build computed them for its key).</summary>
    public (DocumentView View, RenderStats Stats) Document(SiteDocument d, IReadOnlyList<SiteDocument> related, string locatorMapHtml = "")
    {
        var stats = new RenderStats();
        var sections = new List<SectionView>();
        var ids = new HashSet<string>(StringComparer.Ordinal) { "main", "content", "toc", "related", "metadata" };
        foreach (var section in d.Source.Sections)
        {
            if (section.IsTitle) continue; // shown as the page title
            var groups = new List<AnswerGroupView>();
            foreach (var run in section.Items.Where(i => i.IsAnswered && !IsFormText(i)).ChunkBy(i => i.Group))
            {
                var items = new List<AnswerView>();
                foreach (var item in run)
                {
                    stats.Add(item);
                    // Images become responsive local files (or lazy remote ones) after sanitizing, so the markup they add is ours.
                    var html = markdown.Publish(item.Html);
                    html = images?.Rewrite(html, d.Source) ?? html;
                    items.Add(new AnswerView(item.Prompt is { Length: > 0 } p ? TextRepair.Clean(p) : null, html));
                }
                groups.Add(new AnswerGroupView(run[0].Group, items));
            }
            // A heading whose questions nobody answered says nothing; a heading with nothing under it is the author's text.
            if (groups.Count == 0 && !(section.StandsAlone && !index.Boilerplate.IsRecurring(section.Heading))) continue;
            var baseId = Slugs.TryCreate(section.Heading) ?? $"section-{sections.Count + 1}";
            var id = baseId;
            for (var n = 2; !ids.Add(id); n++) id = $"{baseId}-{n}";
            sections.Add(new SectionView(id, section.Heading, groups));
        }

        LinkView? year = index.TermsOf(d, "years").Select(ToLink).FirstOrDefault();
        var view = new DocumentView(
            d.Title,
            d.Source.Title.SourceWasCutOff && d.Source.Title.Source != TitleSource.TitleSection,
            _strings.Types(d),
            Links(d, "types"),
            year,
            d.Source.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Links(d, "countries"),
            Badges(d),
            Links(d, "methods"),
            Links(d, "datasources"),
            Links(d, "thematic_areas"),
            index.Taxonomies.Skip(Taxonomy.Standard.Count)
                .Select(t => new TagGroupView(_strings.Taxonomy(t.Taxonomy), Links(d, t.Taxonomy.Key)))
                .Where(g => g.Values.Count > 0).ToList(),
            FocalPointMask.Publish(d.Source.FocalPoint, Settings.FocalPoints),
            sections,
            related.Select(Summary).ToList(),
            SourceLink(d),
            d.Source.SourcePath,
            locatorMapHtml,
            Cite(d))
        {
            Language = d.Language,
            Direction = d.RightToLeft ? "rtl" : "ltr",
            TypeKey = TypeKey(d),
            Toc = sections.Where(s => s.Heading.Length > 0).DistinctBy(s => s.Heading.Trim().ToLowerInvariant())
                .Select(s => new LinkView(s.Heading, "#" + s.Id)).ToList(),
            Facts = Facts(d.Source),
            AudioUrl = StoryAudio.File(d.Source.TagValues("audio")),
            AiSummary = d.Source.TagValues("ai_summary").FirstOrDefault(),
        };
        return (view, stats);
    }

    /// <summary>
    /// Text outside any question that the archive repeats in many documents, such as the form's closing quote ("END OF
    /// ACTION LEARNING PLAN: Thank you! …"): the form talking, not the lab.
    /// </summary>
    private bool IsFormText(PromptAnswer item) =>
        item.Prompt is null && item.Text.Length > 0 && index.Boilerplate.Strip(item.Text).Length == 0;

    /// <summary>
    /// Every key that is neither a taxonomy of this site nor shown elsewhere on the page: the known facts first, in
    /// their order, then any other key A–Z, so no key of the archive goes unseen.
    /// </summary>
    private List<FactView> Facts(ArchiveDocument d)
    {
        var taxonomies = index.Taxonomies.Select(t => t.Taxonomy.Key).ToHashSet(StringComparer.Ordinal);
        var order = TagKeys.Facts.Select((f, i) => (f.Key, i)).ToDictionary(x => x.Key, x => x.i, StringComparer.Ordinal);
        return d.Tags.Keys
            .Where(k => TagKeys.RoleOf(k) == TagKeyRole.Fact && !taxonomies.Contains(k))
            .OrderBy(k => order.GetValueOrDefault(k, int.MaxValue)).ThenBy(k => k, StringComparer.Ordinal)
            .Select(k => new FactView(TagKeys.LabelOf(k), d.TagValues(k).Select(v => new FactValueView(v, IsWebAddress(v) ? v : null)).ToList()))
            .ToList();
    }

    private static bool IsWebAddress(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);


    /// <summary>The link to the document's source file (<c>sourceUrl</c> in the settings), or null.</summary>
    public string? SourceLink(SiteDocument d) => Settings.SourceUrl is { Length: > 0 } s
        ? s + string.Join('/', d.Source.SourcePath.Split('/').Select(Uri.EscapeDataString)) : null;

    public CiteView Cite(SiteDocument d) => new(Citation.For(d, Settings).Text,
        d.Url + CitationFiles.BibTexFile, d.Url + CitationFiles.RisFile, d.Url + CitationFiles.CslJsonFile);

    public SdgBadgeView Badge(Term term)
    {
        var goal = SdgCatalog.Get(int.Parse(term.Key, CultureInfo.InvariantCulture));
        return new SdgBadgeView(goal.Number, _strings.Goal(goal.Number), goal.Colour, goal.TextColour, term.Url);
    }

    public TaxonomyView Overview(TaxonomyIndex taxonomy)
    {
        var key = taxonomy.Taxonomy.Key;
        var terms = taxonomy.Alphabetical;
        var notCountries = new List<Term>();
        var regions = new List<RegionGroupView>();
        if (key == "countries")
        {
            // A term is a country when some document's place with that name resolved to one; the others (Null Island,
            // "England", a city) are real tags but not countries, and are listed apart rather than among the nations.
            var countries = new Dictionary<string, Country>(StringComparer.Ordinal);
            foreach (var place in index.Documents.SelectMany(d => d.Source.Places))
                if (place.Country is { } country) countries.TryAdd(TermKey.Of(place.DisplayName), country);
            notCountries = terms.Where(t => !countries.TryGetValue(t.Key, out var c) || CountryRegions.Of(c) is null)
                .ToList();
            terms = terms.Where(t => !notCountries.Contains(t)).ToList();
            regions = Regions(terms, t => CountryRegions.Of(countries[t.Key])!);
        }
        var byKey = taxonomy.ByCount.ToDictionary(t => t.Key, StringComparer.Ordinal);
        var apart = notCountries.ToHashSet();
        var alphabetical = taxonomy.Alphabetical.Select(ToLink).ToList();
        // Translated names (types, languages) sort anew; every other taxonomy keeps the order the index gave it.
        if (key is "types" or "languages") alphabetical = alphabetical.OrderBy(l => l.Name, StringComparer.OrdinalIgnoreCase).ToList();
        return new TaxonomyView(_strings.Taxonomy(taxonomy.Taxonomy), taxonomy.Taxonomy.Singular,
            taxonomy.ByCount.Where(t => !apart.Contains(t)).Select(ToLink).ToList(), alphabetical)
        {
            Key = key,
            Goals = key != "sdgs" ? [] : SdgCatalog.Goals.Select(g =>
            {
                var term = byKey.GetValueOrDefault(g.Number.ToString(CultureInfo.InvariantCulture));
                return new GoalTileView(g.Number, _strings.Goal(g.Number), term?.Count ?? 0, term?.Url);
            }).ToList(),
            Letters = key is "sdgs" or "years" or "types" or "languages" || regions.Count > 0 ? []
                : terms.GroupBy(t => Initial(t.Name))
                .OrderBy(g => g.Key == "#" ? 1 : 0).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new LetterGroupView(g.Key, g.Key == "#" ? "letter-other" : $"letter-{g.Key.ToLowerInvariant()}", g.Select(ToLink).ToList()))
                .ToList(),
            NotCountries = notCountries.Select(ToLink).ToList(),
            Regions = regions,
        };
    }

    /// <summary>
    /// Countries by M49 region, in the standard's order, and by sub-region, by name in the interface language; the
    /// countries of each A–Z as the index gave them.
    /// </summary>
    private List<RegionGroupView> Regions(IReadOnlyList<Term> countries, Func<Term, CountryRegion> regionOf) =>
        CountryRegions.Regions
            .Select(region => new RegionGroupView(_strings.Text($"region.{region}"), $"region-{region}",
                countries.Where(t => regionOf(t).Region == region).GroupBy(t => regionOf(t).SubRegion)
                    .Select(g => new LetterGroupView(_strings.Text($"region.{g.Key}"), $"region-{g.Key}",
                        g.Select(ToLink).ToList()))
                    .OrderBy(g => g.Letter, StringComparer.OrdinalIgnoreCase)
                    .ThenBy(g => g.Id, StringComparer.Ordinal).ToList()))
            .Where(r => r.SubRegions.Count > 0).ToList();

    /// <summary>The A–Z group of a name: its first letter without accents, or <c>#</c> for digits and other scripts.</summary>
    private static string Initial(string name)
    {
        var first = name.TrimStart().FirstOrDefault(char.IsLetterOrDigit);
        var folded = LatinFold.Of(first) ?? first.ToString();
        var letter = char.ToUpperInvariant(folded.Length > 0 ? folded[0] : '#');
        return letter is >= 'A' and <= 'Z' ? letter.ToString() : "#";
    }

    public IEnumerable<(TermPageView View, string Url)> TermPages(Term term, string locatorMapHtml = "")
    {
        var pageSize = Math.Max(1, Settings.PageSize);
        var pageCount = Math.Max(1, (term.Count + pageSize - 1) / pageSize);
        var pages = Enumerable.Range(1, pageCount).Select(p => index.Urls.Term(term.Taxonomy, term.Slug, p)).ToList();
        for (var page = 1; page <= pageCount; page++)
        {
            var documents = term.Documents.Skip((page - 1) * pageSize).Take(pageSize).Select(Summary).ToList();
            yield return (new TermPageView(
                _strings.Taxonomy(term.Taxonomy), TaxonomyIndexFor(term).Url, _strings.Term(term), term.Count, page, pageCount, documents,
                PageLinkView.Window(page, pages),
                page > 1 ? pages[page - 2] : null,
                page < pageCount ? pages[page] : null,
                term.Taxonomy.Key == "sdgs" ? Badge(term) : null,
                page == 1 ? locatorMapHtml : ""), pages[page - 1]);
        }
    }

    public HomeView Home()
    {
        var years = index.Taxonomy("years").Alphabetical;
        return new HomeView(
            index.Documents.Count,
            index.Taxonomy("countries").Alphabetical.Count,
            years.Count,
            years.Count == 0 ? "" : years.Count == 1 ? years[0].Name : $"{years[^1].Name}–{years[0].Name}",
            index.Documents.Take(Settings.NewestOnHome).Select(Summary).ToList(),
            index.Taxonomies.Select(t => new LinkView(_strings.Taxonomy(t.Taxonomy), t.Url, t.ByCount.Count)).ToList(),
            index.Taxonomy("types").ByCount.Select(ToLink).ToList());
    }

    public MapView Map(string mapHtml = "") => new(
        index.Locations.Select(l => new LocationView(
            l.Name, l.CountryUrl,
            string.Create(CultureInfo.InvariantCulture, $"{l.Point.Lat:0.###}, {l.Point.Lng:0.###}"),
            l.Count, l.Documents.Select(d => new LinkView(d.Title, d.Url) { Language = d.Language }).ToList())).ToList(),
        index.Taxonomy("countries").Alphabetical.Select(ToLink).ToList(),
        mapHtml,
        index.Locations.Count);

    private TaxonomyIndex TaxonomyIndexFor(Term term) => index.Taxonomy(term.Taxonomy.Key);

    private List<LinkView> Links(SiteDocument d, string taxonomy) => index.TermsOf(d, taxonomy).Select(ToLink).ToList();

    private LinkView ToLink(Term term) => new(_strings.Term(term), term.Url, term.Count);
}

/// <summary>Counts a page's rendering noticed, for the diagnostics summary.</summary>
public sealed class RenderStats
{
    public int PlaceholderAltTexts { get; private set; }
    public int UnsafeUrlsRemoved { get; private set; }
    public int SanitizedFragments { get; private set; }

    public void Add(PromptAnswer answer)
    {
        PlaceholderAltTexts += answer.PlaceholderAltTexts;
        UnsafeUrlsRemoved += answer.UnsafeUrlsRemoved;
        if (answer.Sanitized) SanitizedFragments++;
    }
}
