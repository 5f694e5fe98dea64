using System.Text;
using System.Text.Json;

namespace SdgArchive.SiteTests.Design;

/// <summary>"Cite this" (the downloads and the Highwire tags a reference manager reads) and the CSV of the archive.</summary>
public class CiteAndCsvTests
{
    private const string Peru = "/documents/from-citizen-participation-to-citizen-action/";

    /// <summary>A title with every character BibTeX, RIS, CSV and spreadsheets treat specially, and a formula.</summary>
    private static readonly Lazy<BuiltSite> Awkward = new(() => BuiltSite.Build(TempFolder.WithFiles("awkward", new Dictionary<string, string>
    {
        ["formula.md"] = "[[type:solution]]\n[[year:2021]]\n[[country:Kenya]]\n[[country:Null Island]]\n[[sdgs:13]]\n[[sdgs:5]]\n\n"
            + "# =HYPERLINK(\"http://evil\";\"x\"), 50% {of} R&D_plan #1 ~5 ^2\n\nText, with \"quotes\"\nand a second line.\n",
        ["plain.md"] = "[[type:blog]]\n\n# -1 and @home\n\nBody.\n",
    })));

    [Test]
    public void A_document_page_offers_the_three_downloads_and_a_citation_line()
    {
        var page = Sites.Seeds.Page(Peru);
        var cite = page.QuerySelector("section.cite");
        Assert.That(cite, Is.Not.Null);
        Assert.That(cite!.QuerySelector("h2")!.TextContent, Is.EqualTo("Cite this"));
        Assert.That(cite.QuerySelector(".citation")!.TextContent,
            Is.EqualTo("UNDP Accelerator Lab Peru (2023). From citizen participation to citizen action. SDG Commons Archive. "
                + "https://sdg-archive.netlify.app/documents/from-citizen-participation-to-citizen-action/"));
        var links = cite.QuerySelectorAll(".cite-downloads a").Select(a => (a.TextContent, a.GetAttribute("href")!)).ToList();
        Assert.That(links.Select(l => l.TextContent), Is.EqualTo(new[] { "BibTeX", "RIS", "CSL-JSON" }));
        foreach (var (_, href) in links) Assert.That(Sites.Seeds.Exists(href), Is.True, href);
    }

    [Test]
    public void The_head_carries_highwire_citation_tags()
    {
        var page = Sites.Seeds.Page(Peru);
        string Meta(string name) => page.QuerySelector($"meta[name='{name}']")?.GetAttribute("content") ?? "(missing)";
        Assert.That(Meta("citation_title"), Is.EqualTo("From citizen participation to citizen action"));
        Assert.That(Meta("citation_author"), Is.EqualTo("UNDP Accelerator Lab Peru"));
        Assert.That(Meta("citation_publication_date"), Is.EqualTo("2023"));
        Assert.That(Meta("citation_abstract_html_url"), Does.EndWith(Peru).And.StartWith("http"));
        Assert.That(Sites.Seeds.Page("/").QuerySelector("meta[name^='citation_']"), Is.Null, "only documents are citable");
    }

    [Test]
    public void Csl_json_ris_and_bibtex_carry_author_title_year_and_url()
    {
        using var csl = JsonDocument.Parse(Sites.Seeds.Text(Peru + "cite.json"));
        var item = csl.RootElement[0];
        Assert.That(item.GetProperty("title").GetString(), Is.EqualTo("From citizen participation to citizen action"));
        Assert.That(item.GetProperty("author")[0].GetProperty("literal").GetString(), Is.EqualTo("UNDP Accelerator Lab Peru"));
        Assert.That(item.GetProperty("issued").GetProperty("date-parts")[0][0].GetInt32(), Is.EqualTo(2023));
        Assert.That(item.GetProperty("URL").GetString(), Does.EndWith(Peru));

        var ris = Sites.Seeds.Text(Peru + "cite.ris");
        Assert.That(ris, Does.StartWith("TY  - GEN\r\n").And.EndWith("ER  - \r\n"));
        Assert.That(ris, Does.Contain("AU  - UNDP Accelerator Lab Peru\r\n").And.Contain("PY  - 2023\r\n").And.Contain("TI  - From citizen participation to citizen action\r\n"));

        var bib = Sites.Seeds.Text(Peru + "cite.bib");
        Assert.That(bib, Does.StartWith("@misc{from-citizen-participation-to-citizen-action2023,"));
        Assert.That(bib, Does.Contain("author = {{UNDP Accelerator Lab Peru}}").And.Contain("year = {2023}"));
    }

    [Test]
    public void Special_characters_are_escaped_in_each_format_and_places_without_a_lab_are_not_authors()
    {
        var site = Awkward.Value;
        Assert.That(site.Result.Succeeded, Is.True, site.Diagnostics);
        var url = site.Page("/documents/").QuerySelectorAll(".card-title a").Select(a => a.GetAttribute("href")!).Single(h => h.Contains("hyperlink"));
        var bib = site.Text(url + "cite.bib");
        Assert.That(bib, Does.Contain(@"50\% \{of\} R\&D\_plan \#1 \textasciitilde{}5 \textasciicircum{}2"));
        Assert.That(BracesBalance(bib), Is.True, bib);
        Assert.That(bib, Does.Contain("author = {{UNDP Accelerator Lab Kenya}}"), "Null Island has no lab");
        var ris = site.Text(url + "cite.ris");
        Assert.That(ris.Split("\r\n").Where(l => l.Length > 0), Has.All.Match(@"^[A-Z][A-Z0-9]  - "), "every line is a tag");
        using var csl = JsonDocument.Parse(site.Text(url + "cite.json"));
        Assert.That(csl.RootElement[0].GetProperty("title").GetString(), Does.StartWith("=HYPERLINK(\"http://evil\""));
    }

    private static bool BracesBalance(string bib)
    {
        var depth = 0;
        for (var i = 0; i < bib.Length; i++)
        {
            if (bib[i] == '\\') { i++; continue; }
            if (bib[i] == '{') depth++;
            if (bib[i] == '}' && --depth < 0) return false;
        }
        return depth == 0;
    }

    [Test]
    public void Csv_has_a_bom_a_header_and_one_row_per_document()
    {
        var bytes = File.ReadAllBytes(Sites.Seeds.FileOf("/api/documents.csv"));
        Assert.That(bytes.Take(3), Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }), "UTF-8 byte-order mark for spreadsheets");
        var rows = ParseCsv(Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
        Assert.That(rows[0].Take(4), Is.EqualTo(new[] { "slug", "url", "title", "types" }));
        Assert.That(rows, Has.Count.EqualTo(6), "header and the five seeds");
        var peru = rows.Single(r => r[0] == "from-citizen-participation-to-citizen-action");
        Assert.That(peru[Array.IndexOf(rows[0], "sdgs")], Is.EqualTo("13; 16; 17"));
        Assert.That(rows, Has.All.Length.EqualTo(rows[0].Length));
        Assert.That(Sites.Seeds.Page("/").QuerySelector("footer a[href='/api/documents.csv']"), Is.Not.Null, "linked from every page");
    }

    [Test]
    public void Csv_quotes_by_rfc_4180_and_disarms_formulas()
    {
        var text = Encoding.UTF8.GetString(File.ReadAllBytes(Awkward.Value.FileOf("/api/documents.csv"))[3..]);
        Assert.That(text, Does.Contain("\r\n"));
        var rows = ParseCsv(text);
        var title = Array.IndexOf(rows[0], "title");
        var titles = rows.Skip(1).Select(r => r[title]).ToList();
        Assert.That(titles, Has.Member("'=HYPERLINK(\"http://evil\";\"x\"), 50% {of} R&D_plan #1 ~5 ^2"));
        Assert.That(titles, Has.Member("'-1 and @home"));
        Assert.That(rows.Skip(1).Select(r => r[Array.IndexOf(rows[0], "sdgs")]), Has.Member("5; 13"), "goals in number order");
        Assert.That(rows.SelectMany(r => r), Has.None.Match("^[=+@-]"), "no cell a spreadsheet would run");
    }

    /// <summary>A strict RFC 4180 reader: fails the test on a bare quote inside an unquoted cell.</summary>
    private static List<string[]> ParseCsv(string text)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '"')
            {
                i++;
                while (true)
                {
                    if (text[i] == '"' && i + 1 < text.Length && text[i + 1] == '"') { cell.Append('"'); i += 2; }
                    else if (text[i] == '"') { i++; break; }
                    else cell.Append(text[i++]);
                }
            }
            else
            {
                while (i < text.Length && text[i] is not (',' or '\r'))
                {
                    Assert.That(text[i], Is.Not.EqualTo('"'), "a quote in an unquoted cell");
                    Assert.That(text[i], Is.Not.EqualTo('\n'), "a bare line feed");
                    cell.Append(text[i++]);
                }
            }
            row.Add(cell.ToString());
            cell.Clear();
            if (i < text.Length && text[i] == ',') { i++; continue; }
            Assert.That(text.Substring(i, 2), Is.EqualTo("\r\n"), "rows end with CRLF");
            i += 2;
            rows.Add(row.ToArray());
            row.Clear();
        }
        return rows;
    }
}
