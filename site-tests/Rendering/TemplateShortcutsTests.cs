using FsCheck;
using FsCheck.Fluent;
using Scriban;
using Scriban.Runtime;
using SdgArchive.Diagnostics;
using SdgArchive.Rendering;
using SdgArchive.SiteTests.Support;

namespace SdgArchive.SiteTests.Rendering;

/// <summary>
/// The engine runs <c>value | html.escape</c>, <c>t 'key'</c> and a view's properties without Scriban's generic
/// call and reflection (Rendering/Shortcuts). What a page shows must not change: each form is rendered by the engine
/// and by Scriban as it comes, and the texts compared; where a template gives those names another meaning, its own
/// wins.
/// </summary>
[TestFixture]
public sealed class TemplateShortcutsTests
{
    public sealed record Child(string Name);

    public sealed record Probe(string Name, int Count, bool Flag, double? Maybe, IReadOnlyList<string> Items,
        Child Child)
    {
        [ScriptMemberIgnore] public string Secret => "hidden";
        public string Field = "a field";
    }

    /// <summary>A view with a property no delegate can return (a span) beside an ordinary one.</summary>
    public sealed class WithSpan
    {
        public string Name => "plain";
        public Span<char> Letters => new char[] { 'a' };
    }

    private static readonly Probe Sample =
        new("Fishers & <mangroves>", 3, true, null, ["a", "b"], new Child("Lima \"centre\""));

    /// <summary>
    /// Renders <paramref name="text"/> as a page of a templates folder of its own, by the engine, with
    /// <paramref name="entries"/> added to the English strings file.
    /// </summary>
    private static (string? Html, IReadOnlyList<Diagnostic> Diagnostics) Engine(string text, object? value,
        string entries = "")
    {
        var templates = TempFolder.CopyOf(RepoPaths.Templates, "shortcut-templates");
        File.WriteAllText(Path.Combine(templates, "pages", "probe.sbn"), text);
        var english = Path.Combine(templates, "i18n", "en.json");
        var json = File.ReadAllText(english);
        var open = json.IndexOf("\n{", StringComparison.Ordinal) + 2;
        File.WriteAllText(english, json[..open] + "\n" + entries + json[open..]);
        var parsing = new DiagnosticBag();
        var functions = new ScriptObject();
        var strings = I18n.InterfaceStrings.Load(templates, "en", parsing);
        I18n.TranslateFunction.AddTo(functions, _ => strings, templates);
        var engine = new TemplateEngine(templates, parsing, functions);
        var page = new DiagnosticBag();
        var html = engine.Render("pages/probe.sbn", new Dictionary<string, object?> { ["v"] = value }, page);
        return (html, parsing.Sorted().Concat(page.Sorted()).ToList());
    }

    /// <summary>The same text rendered by Scriban alone, as it parses it.</summary>
    private static string Scriban(string text, object? value)
    {
        var context = new TemplateContext { MemberRenamer = StandardMemberRenamer.Default };
        var globals = new ScriptObject { ["v"] = value };
        context.PushGlobal(globals);
        return Template.Parse(text).Render(context);
    }

    private static readonly Gen<object?> Values = Gen.OneOf(
        ArbMap.Default.GeneratorFor<string>().Select(s => (object?)s),
        Gen.Elements<string>("<b>", "a & b", "\"quoted\"", "it's", "é ✓ 中文", "").Select(s => (object?)s),
        ArbMap.Default.GeneratorFor<int>().Select(i => (object?)i),
        ArbMap.Default.GeneratorFor<bool>().Select(b => (object?)b),
        Gen.Constant<object?>(null),
        Gen.Constant<object?>(1.5));

    [FsCheck.NUnit.Property(MaxTest = 200)]
    public Property An_escaped_value_reads_as_Scriban_writes_it() =>
        Prop.ForAll(Values.ToArbitrary(), value =>
        {
            const string text = "[{{ v | html.escape }}]";
            var expected = Scriban(text, value);
            var (html, diagnostics) = Engine(text, value);
            return (html == expected && diagnostics.Count == 0)
                .Label($"engine {html} against Scriban {expected}");
        });

    [Test]
    public void A_template_that_gives_html_escape_its_own_meaning_gets_its_own_function()
    {
        const string text =
            "{{ func shout(x)\n ret x + \"!\"\nend\nhtml = { escape: @shout }\n\"a<b\" | html.escape }}";

        var (html, diagnostics) = Engine(text, null);

        Assert.That(diagnostics, Is.Empty);
        Assert.That(html, Is.EqualTo("a<b!"));
        Assert.That(html, Is.EqualTo(Scriban(text, null)));
    }

    [Test]
    public void An_interface_string_by_its_key_shows_the_strings_files_words_and_a_missing_key_is_reported_where_asked()
    {
        var (html, diagnostics) = Engine("{{ t 'nav.home' | html.escape }}\n  {{ t 'no.such.key' }}", null);

        Assert.That(html, Is.EqualTo("Home\n  no.such.key"), "the English words, and a missing key shown as itself");
        var reported = diagnostics.Single();
        Assert.That((reported.Span.Path.EndsWith("/pages/probe.sbn", StringComparison.Ordinal), reported.Span.Line,
            reported.Span.Column), Is.EqualTo((true, 2, 6)));
    }

    [Test]
    public void An_interface_string_piped_into_another_function_or_assigned_is_the_strings_files_words()
    {
        var (html, diagnostics) = Engine("{{ t 'nav.home' | string.upcase }}|{{ x = t 'nav.home'; x }}", null);

        Assert.That(diagnostics, Is.Empty);
        Assert.That(html, Is.EqualTo("HOME|Home"));
    }

    [Test]
    public void A_strings_placeholders_are_filled_in_order_and_one_nothing_fills_shows_nothing()
    {
        const string strings = "\"probe.fill\": \"{0} of {1}\", \"probe.braces\": \"a {b} c\",";
        const string text =
            "{{ t 'probe.fill' 3 7 }}|{{ t 'probe.fill' 3 }}|{{ t 'probe.fill' }}|{{ t 'probe.braces' }}";

        var (html, diagnostics) = Engine(text, null, strings);

        Assert.That(diagnostics, Is.Empty);
        Assert.That(html, Is.EqualTo("3 of 7|3 of | of |a {b} c"));
    }

    [Test]
    public void A_t_that_a_template_binds_to_another_function_calls_that_function()
    {
        const string text = "{{ func wrap(k)\n ret \"[\" + k + \"]\"\nend\nfor t in [@wrap]\n t 'nav.home'\nend }}";

        var (html, diagnostics) = Engine(text, null);

        Assert.That(diagnostics, Is.Empty);
        Assert.That(html, Is.EqualTo("[nav.home]"));
    }

    [Test]
    public void A_views_properties_read_as_Scriban_reads_them()
    {
        const string text = "{{ v.name }}|{{ v.count }}|{{ v.flag }}|{{ v.maybe }}|{{ v.items | array.join ',' }}|"
            + "{{ v.child.name | html.escape }}|{{ v.field }}|{{ v.name | string.size }}";

        var (html, diagnostics) = Engine(text, Sample);

        Assert.That(diagnostics, Is.Empty);
        Assert.That(html, Is.EqualTo(Scriban(text, Sample)));
        Assert.That(html, Is.EqualTo("Fishers & <mangroves>|3|true||a,b|Lima &quot;centre&quot;|a field|21"));
    }

    [Test]
    public void A_view_with_a_property_no_delegate_can_return_still_shows_its_other_properties()
    {
        var (html, diagnostics) = Engine("{{ v.name }}", new WithSpan());

        Assert.That(diagnostics, Is.Empty);
        Assert.That(html, Is.EqualTo("plain"));
    }

    [Test]
    public void A_member_Scriban_ignores_stays_unknown()
    {
        var (html, diagnostics) = Engine("{{ v.secret }}", Sample);

        Assert.That(html, Is.Null);
        Assert.That(diagnostics.Select(d => d.Code), Is.EqualTo(new[] { DiagnosticCodes.TemplateError }));
    }
}
