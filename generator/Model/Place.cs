namespace SdgArchive.Model;

/// <summary>
/// A <c>[[country:…]]</c> tag with the points that follow it. <see cref="Country"/> is the canonical
/// country when the name is a known country or alias; places that are not countries (Adjara, England) keep only <see cref="Name"/>.
/// </summary>
public sealed record Place(string Name, Country? Country, IReadOnlyList<GeoPoint> Points, int Line)
{
    public string DisplayName => Country?.Name ?? Name;
}
