namespace SdgArchive.Map;

/// <summary>A country with documents: shaded on the map, a row of the table. <see cref="Documents"/> are its distinct documents (with or without a point).</summary>
public sealed record MapCountry(string Iso, string Name, string Url, IReadOnlyList<MapDocRef> Documents)
{
    public int Count => Documents.Count;
}
