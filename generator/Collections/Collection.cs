namespace SdgArchive.Collections;

/// <summary>
/// A curated entry point from <c>content/collections/&lt;name&gt;.md</c>: a title, an introduction (Markdown), the
/// documents chosen by slug (in the curator's order) and tag queries that add every document matching them.
/// </summary>
public sealed record Collection(
    string Name, string Title, string Introduction, IReadOnlyList<CollectionEntry> Slugs, IReadOnlyList<TagQuery> Queries, string SourcePath);

/// <summary>A document named by slug, and where (for a diagnostic when no document has that slug).</summary>
public sealed record CollectionEntry(string Slug, int Line, int Column);

/// <summary><c>[[query:key=value; key=value]]</c>: documents carrying every one of the terms.</summary>
public sealed record TagQuery(IReadOnlyList<(string Taxonomy, string Value)> Terms, int Line, int Column);
