namespace SdgArchive.Site;

/// <summary>One value of a taxonomy across the archive (the goal 13, the country Peru) and its documents, newest first.</summary>
public sealed record Term(Taxonomy Taxonomy, string Key, string Name, string Slug, string Url, IReadOnlyList<SiteDocument> Documents)
{
    public int Count => Documents.Count;
}
