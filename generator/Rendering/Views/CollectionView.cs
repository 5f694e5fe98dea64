namespace SdgArchive.Rendering.Views;

/// <summary>A collection's page: its introduction (sanitised HTML), a map of its documents' places, its cards and its feed.</summary>
public sealed record CollectionView(string Title, string IntroductionHtml, int Count, IReadOnlyList<DocumentSummaryView> Documents,
    string MapHtml, string FeedUrl, string IndexUrl);

/// <summary>The collections index: each collection's title, address, size and the start of its introduction.</summary>
public sealed record CollectionsIndexView(IReadOnlyList<CollectionLinkView> Collections);

public sealed record CollectionLinkView(string Title, string Url, int Count, string Summary);
