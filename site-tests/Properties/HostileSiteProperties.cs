using System.Text;
using FsCheck;
using FsCheck.Fluent;
using SdgArchive.SiteTests.Security;

namespace SdgArchive.SiteTests.Properties;

/// <summary>
/// Random mixes of the hostile documents issue 15 found (parser depth bombs, control characters, quadratic inputs,
/// oversized values, wide encodings, bidi overrides, odd file names, script payloads) built with the seeds by the real
/// <c>build</c> command: the build always exits normally and every seed still gets its page. One case is one whole
/// build (about 2 s), so the cases are few and each carries several hostile documents.
/// </summary>
[NonParallelizable]
public class HostileSiteProperties
{
    private const string Head = "# {0}\n\n[[type:solution]]\n[[year:2022]]\n";
    private const string Form = "## Description\n\n> What is the solution?\n\n";

    private static string Doc(string title, string tags, string body) => string.Format(Head, title) + tags + Form + body + "\n";

    /// <summary>A hostile document: its file name and bytes, made at a size the generator picks.</summary>
    private sealed record Hostile(string Name, byte[] Bytes)
    {
        public override string ToString() => $"{Name} ({Bytes.Length} bytes)";
    }

    private static Hostile Text(string name, string text) => new(name, Encoding.UTF8.GetBytes(text));

    private static readonly Gen<Hostile> AnyHostile = Gen.OneOf(
        Gen.Choose(100, 400).Select(n => Text("brackets.txt", Doc("Brackets", "", new string('[', n) + " after"))),
        Gen.Choose(60, 300).Select(n => Text("nested.txt", Doc("Nested lists", "",
            string.Concat(Enumerable.Range(0, n).Select(i => new string(' ', 2 * i) + "- item\n"))))),
        Gen.Choose(100, 400).Select(n => Text("markers.md", Doc("Markers", "", string.Concat(Enumerable.Repeat("- ", n)) + "deep"))),
        Gen.Choose(100, 400).Select(n => Text("quotes.txt", Doc("Quotes", "", new string('>', n) + " deep"))),
        Gen.Choose(100, 400).Select(n => Text("emphasis.txt", Doc("Emphasis", "", string.Concat(Enumerable.Repeat("**", n)) + "x"))),
        Gen.Elements("\u001b", "\u0007", "\u0008", "\u000b", "\u007f", "\uFFFE").Select(c =>
            Text("control.txt", Doc($"Escape {c} in the title", $"[[methods:odd {c} method]]\n[[country:Ken{c}ya]]\n", $"Body {c}."))),
        Gen.Choose(1_000, 20_000).Select(n => Text("anchors.txt", Doc("Anchors", "", string.Concat(Enumerable.Repeat("<a ", n))))),
        // Past the tag limit, but over a few values: 500 distinct ones would add 2,000 term pages (10 s) to each case.
        Gen.Choose(600, 20_000).Select(n => Text("countries.txt", Doc("Countries",
            string.Concat(Enumerable.Range(0, n).Select(i => $"[[country:{(i % 3 == 0 ? "Kenya" : "Peru")}]]\n")), "Text."))),
        Gen.Choose(600, 3_000).Select(n => Text("points.txt", Doc("Points", "[[country:Kenya]]\n"
            + string.Concat(Enumerable.Range(0, n).Select(i => $"[[latlng:{-1 + i * 0.0001:0.0000},{37 + i * 0.0001:0.0000}]]\n")), "Text."))),
        Gen.Choose(201, 30_000).Select(n => Text("long-value.txt", Doc("Long value", $"[[country:{new string('x', n)}]]\n", "Text."))),
        Gen.Elements<Encoding>(new UnicodeEncoding(false, true), new UnicodeEncoding(true, true), new UTF32Encoding(false, true), new UTF32Encoding(true, true))
            .Select(e => new Hostile("wide.txt", [.. e.GetPreamble(), .. e.GetBytes(Doc("Wide ação 🌍", "[[country:Côte d'Ivoire]]\n", "Texte."))])),
        Gen.Constant(Text("rtl.txt", Doc("Visit \u202Eecnarf", "[[country:\u202Eecnarf]]\n[[methods:\u2067x\u2069]]\n", "Text."))),
        Gen.Elements("C++", "C#", "C", "R&D", "R and D").Select(v => Text($"term-{v.Length}-{(int)v[^1]}.txt", Doc("Term " + v, $"[[methods:{v}]]\n", "Text."))),
        Gen.Elements("<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "javascript:alert(1)", "{{ site.title }}", "&lt;b&gt;")
            .Select(p => Text("payload.txt", Doc("Payload " + p, $"[[methods:{p}]]\n", $"{p} [link](javascript:alert(1)) ![i]({p})"))),
        Gen.Constant(new Hostile("invalid-utf8.txt", [.. Encoding.UTF8.GetBytes(Doc("Invalid bytes", "", "Text ")), 0xC3, 0x28, 0xFF, 0x0A])),
        Gen.Constant(new Hostile("binary.txt", [0x23, 0x20, 0x00, 0x01, 0x02])),
        Gen.Elements("back\\slash.txt", "..dots.txt", " spaced .txt", "-dash.txt", "ünïcode.txt")
            .Select(name => Text(name, Doc("Named " + name, "", "Text."))));

    private static readonly Gen<Hostile[]> Mix =
        from count in Gen.Choose(2, 6)
        from documents in AnyHostile.ArrayOf(count)
        select documents.DistinctBy(d => d.Name).ToArray();

    [FsCheck.NUnit.Property(MaxTest = 5, QuietOnSuccess = true)]
    public Property Every_seed_gets_its_page_whatever_is_built_with_it() =>
        Prop.ForAll(Mix.ToArbitrary(), documents =>
        {
            using var site = SandboxedSite.From("hostile-mix", source =>
            {
                foreach (var seed in Directory.EnumerateFiles(RepoPaths.Seeds)) File.Copy(seed, Path.Combine(source, Path.GetFileName(seed)));
                foreach (var document in documents) File.WriteAllBytes(Path.Combine(source, document.Name), document.Bytes);
            });
            var seeds = Directory.EnumerateFiles(RepoPaths.Seeds).Select(Path.GetFileName).ToList();
            var missing = seeds.Where(s => site.PageOf(s!) is null).ToList();
            var failed = site.ErrorText.Split('\n').Where(l => l.Contains("SDG090") || l.Contains("SDG099")).ToList();
            return (site.ExitCode == 0).Label($"exit code {site.ExitCode}: {site.ErrorText[..Math.Min(2000, site.ErrorText.Length)]}")
                .And(missing.Count == 0).Label($"seeds without a page: {string.Join(", ", missing)}")
                .And(failed.Count == 0).Label($"documents that failed: {string.Join("\n", failed)}");
        });
}
