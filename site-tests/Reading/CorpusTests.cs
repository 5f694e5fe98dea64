using System.Text;
using System.Text.RegularExpressions;
using SdgArchive.Diagnostics;
using SdgArchive.Model;
using SdgArchive.Reading;

namespace SdgArchive.SiteTests.Reading;

/// <summary>
/// Reads all 400 real pages of the shared corpus and checks the reader's counts against counts taken independently
/// from the raw files with plain regular expressions.
/// </summary>
public class CorpusTests
{
    private static IReadOnlyList<ArchiveDocument> _documents = [];
    private static DiagnosticBag _bag = new();
    private static Dictionary<string, string> _raw = [];

    [OneTimeSetUp]
    public void ReadCorpus()
    {
        var corpus = RepoPaths.RequireCorpus();
        _bag = new DiagnosticBag();
        _documents = ArchiveReader.ReadFolder(corpus, _bag);
        _raw = Directory.EnumerateFiles(corpus, "*.md")
            .ToDictionary(f => Path.GetFileName(f), f => Encoding.UTF8.GetString(File.ReadAllBytes(f)).ReplaceLineEndings("\n"), StringComparer.Ordinal);
    }

    [Test]
    public void All_400_pages_are_read_without_an_error_or_an_internal_failure()
    {
        Assert.That(_documents, Has.Count.EqualTo(400));
        Assert.That(_bag.Sorted().Where(d => d.Severity == Severity.Error).Select(d => d.ToString()), Is.Empty);
        Assert.That(_bag.Sorted().Where(d => d.Code == DiagnosticCodes.Internal), Is.Empty);
    }

    [Test]
    public void Every_page_has_a_non_empty_title_and_a_unique_slug()
    {
        Assert.That(_documents.Where(d => string.IsNullOrWhiteSpace(d.Title.Text) || string.IsNullOrWhiteSpace(d.Title.Display)).Select(d => d.SourcePath), Is.Empty);
        Assert.That(_documents.Select(d => d.Slug).Distinct(StringComparer.Ordinal).Count(), Is.EqualTo(400));
        // Every corpus page has a first-level heading with text, so none needs a title made up from the text or file name.
        var withHeading = _raw.Count(kv => Regex.IsMatch(kv.Value, @"^#[^\S\n]*\S", RegexOptions.Multiline));
        Assert.That(withHeading, Is.EqualTo(400));
        Assert.That(_documents.Count(d => d.Title.Source is TitleSource.Heading or TitleSource.TitleSection), Is.EqualTo(withHeading));
    }

    [Test]
    public void Cut_off_headings_are_marked()
    {
        var cut = _raw.Where(kv => Regex.IsMatch(kv.Value, @"^# .*…\s*$", RegexOptions.Multiline)).Select(kv => kv.Key).Order(StringComparer.Ordinal).ToList();
        Assert.That(cut, Is.Not.Empty);
        Assert.That(_documents.Where(d => d.Title.SourceWasCutOff).Select(d => d.SourcePath).Order(StringComparer.Ordinal), Is.EqualTo(cut));
        Assert.That(_documents.Where(d => d.Title.Source == TitleSource.Heading).Count(d => d.Title.Text.EndsWith('…')),
            Is.EqualTo(_documents.Count(d => d.Title.Source == TitleSource.Heading && d.Title.SourceWasCutOff)));
    }

    [Test]
    public void Types_match_the_type_tags_counted_in_the_raw_files()
    {
        var expected = _raw.Sum(kv => DistinctValues(kv.Value, "type").Count);
        Assert.That(_documents.Sum(d => d.Types.Count), Is.EqualTo(expected));
        Assert.That(expected, Is.EqualTo(403), "type lines in the corpus (no page repeats a type)");
    }

    [Test]
    public void Places_match_the_country_tags_counted_in_the_raw_files()
    {
        foreach (var document in _documents)
            Assert.That(document.Places.Select(p => p.Name.ToLowerInvariant()), Is.EquivalentTo(DistinctValues(_raw[document.SourcePath], "country")), document.SourcePath);
        Assert.That(_documents.Sum(d => d.Places.Count), Is.EqualTo(_raw.Sum(kv => DistinctValues(kv.Value, "country").Count)));
        Assert.That(_documents.Count(d => d.Places.Count == 0), Is.EqualTo(6), "pages without any country tag");
    }

    [Test]
    public void Points_match_the_latlng_tags_counted_in_the_raw_files()
    {
        foreach (var document in _documents)
        {
            var expected = DistinctValues(_raw[document.SourcePath], "latlng");
            var actual = document.AllPoints.Select(p => p.Key).Distinct().Count();
            Assert.That(actual, Is.EqualTo(expected.Count), document.SourcePath);
        }
        Assert.That(_documents.Sum(d => d.UnplacedPoints.Count), Is.Zero, "every corpus point follows a country tag");
        Assert.That(_raw.Sum(kv => Regex.Matches(kv.Value, @"^\[\[latlng:", RegexOptions.Multiline).Count), Is.EqualTo(401), "latlng lines, repeats included");
    }

    [Test]
    public void A_country_with_no_point_keeps_its_place_without_points()
    {
        var countryOnly = _raw.Count(kv => DistinctValues(kv.Value, "country").Count > 0 && DistinctValues(kv.Value, "latlng").Count == 0);
        Assert.That(countryOnly, Is.EqualTo(73));
        Assert.That(_documents.Count(d => d.Places.Count > 0 && !d.AllPoints.Any()), Is.EqualTo(countryOnly));
    }

    [Test]
    public void Sdgs_and_years_match_the_raw_files()
    {
        Assert.That(_documents.Sum(d => d.Sdgs.Count), Is.EqualTo(_raw.Sum(kv => DistinctValues(kv.Value, "sdgs").Count)));
        Assert.That(_bag.Sorted().Where(d => d.Code == DiagnosticCodes.UnknownSdg), Is.Empty, "every corpus SDG, typos included, maps to a goal");
        Assert.That(_documents.Count(d => d.Year is not null), Is.EqualTo(_raw.Count(kv => Regex.IsMatch(kv.Value, @"^\[\[year:\d{4}\]\]", RegexOptions.Multiline))));
    }

    [Test]
    public void Every_tag_key_is_kept()
    {
        var rawKeys = _raw.Values.SelectMany(t => Regex.Matches(t, @"^\[\[([a-z_]+):", RegexOptions.Multiline).Select(m => m.Groups[1].Value)).ToHashSet();
        var readKeys = _documents.SelectMany(d => d.Tags.Keys).ToHashSet();
        Assert.That(readKeys, Is.SupersetOf(rawKeys.Where(k => k != "latlng")));
    }

    /// <summary>Distinct values of one tag key in a raw file, compared case-insensitively.</summary>
    private static HashSet<string> DistinctValues(string text, string key) =>
        Regex.Matches(text, @"^\[\[" + key + @":([^\]]*)\]\]", RegexOptions.Multiline)
            .Select(m => m.Groups[1].Value.Trim().ToLowerInvariant()).Where(v => v.Length > 0).ToHashSet(StringComparer.Ordinal);
}
