using SdgArchive.Rendering.Views;

namespace SdgArchive.Rendering.Jobs;

/// <summary>One listing page of a term (a term with more documents than a page holds has several): <c>term</c>.</summary>
public sealed record TermPageJob(string Url, PageMeta Meta, TermPageView Term) : PageJob(Url, Meta)
{
    public override string Template => "pages/term.sbn";
    public override IEnumerable<KeyValuePair<string, object?>> Variables() => [new("term", Term)];
}
