namespace SdgArchive.Site;

/// <summary>All terms of one taxonomy, ordered two ways for the overview page.</summary>
public sealed record TaxonomyIndex(Taxonomy Taxonomy, string Url, IReadOnlyList<Term> ByCount, IReadOnlyList<Term> Alphabetical);
