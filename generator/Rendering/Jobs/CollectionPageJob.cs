using SdgArchive.Rendering.Views;

namespace SdgArchive.Rendering.Jobs;

/// <summary>One curated collection of <c>content/collections/</c>: its introduction, map and cards: <c>collection</c>.</summary>
public sealed record CollectionPageJob(string Url, PageMeta Meta, CollectionView Collection) : PageJob(Url, Meta)
{
    public override string Template => "pages/collection.sbn";
    public override IEnumerable<KeyValuePair<string, object?>> Variables() => [new("collection", Collection)];
    public override string AuthoredHtml() => Collection.IntroductionHtml;
}
