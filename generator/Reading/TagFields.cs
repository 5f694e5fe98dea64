using System.Globalization;
using SdgArchive.Diagnostics;
using SdgArchive.Model;

namespace SdgArchive.Reading;

/// <summary>Accumulates one document's tags into typed fields, checking each value and reporting problems at its line and column.</summary>
internal sealed class TagFields(string path, List<Diagnostic> diagnostics)
{
    private readonly Dictionary<string, List<TagValue>> _all = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _seen = new(StringComparer.Ordinal);
    private readonly List<PlaceBuilder> _places = [];
    private readonly List<GeoPoint> _unplaced = [];
    private readonly List<int> _sdgs = [];
    private PlaceBuilder? _currentPlace; // the place the latest country tag named: points belong to it
    private readonly List<string> _types = [];

    public int? Year { get; private set; }
    public DateOnly? Date { get; private set; }
    public string? FocalPoint { get; private set; }

    public IReadOnlyList<string> Types => _types;
    public IReadOnlyList<int> Sdgs => _sdgs;
    public IReadOnlyList<GeoPoint> UnplacedPoints => _unplaced;
    public IReadOnlyList<Place> Places => _places.Select(p => new Place(p.Name, p.Country, p.Points, p.Line)).ToList();
    public IReadOnlyDictionary<string, IReadOnlyList<TagValue>> All =>
        _all.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToDictionary(kv => kv.Key, kv => (IReadOnlyList<TagValue>)kv.Value, StringComparer.Ordinal);

    public IReadOnlyList<string> Values(string key) =>
        _all.TryGetValue(key, out var values) ? values.Select(v => v.Value).ToList() : [];

    public void Add(RawTag raw)
    {
        var key = raw.Key.Trim().ToLowerInvariant().Replace(' ', '_').Replace('-', '_');
        var value = TagValueCleaner.Clean(raw.Value, TagValueCleaner.ProseKeys.Contains(key));
        var span = new SourceSpan(path, raw.Line, raw.Column);
        value = Security.BidiControls.Remove(value, out var bidi).Trim();
        if (bidi > 0) diagnostics.Add(new(span, Severity.Warning, DiagnosticCodes.BidiControlsRemoved, Security.BidiControls.Message($"tag \"{key}\"", bidi)));
        if (value.Length == 0)
        {
            diagnostics.Add(new(span, Severity.Info, DiagnosticCodes.EmptyTagValue, $"tag \"{key}\" has no value"));
            return;
        }
        if (key == "latlng") { AddPoint(value, span); return; } // points repeat legitimately (several places)
        if (key == "country") { AddCountry(value, raw.Line, raw.Column); return; }
        var seen = _seen.TryGetValue(key, out var set) ? set : _seen[key] = new HashSet<string>(StringComparer.Ordinal);
        if (!seen.Add(TermKey.Of(value))) return; // the same value twice in one document counts once

        (_all.TryGetValue(key, out var list) ? list : _all[key] = []).Add(new TagValue(key, value, raw.Line, raw.Column));
        switch (key)
        {
            case "type": _types.Add(value.ToLowerInvariant()); break;
            case "year": AddYear(value, span); break;
            case "date": AddDate(value, span); break;
            case "focal_point": FocalPoint ??= value; break;
            case "sdgs": AddSdg(value, span); break;
        }
    }

    /// <summary>
    /// A country named again (also by an alias: East Timor after Timor-Leste) is the same place: it is listed once and
    /// the points after the repeat still belong to it.
    /// </summary>
    private void AddCountry(string value, int line, int column)
    {
        var country = CountryCatalog.Find(value);
        var identity = country?.IsoNumeric ?? TermKey.Of(value);
        var existing = _places.FirstOrDefault(p => (p.Country?.IsoNumeric ?? TermKey.Of(p.Name)) == identity);
        if (existing is not null) { _currentPlace = existing; return; }
        _places.Add(_currentPlace = new PlaceBuilder(value, country, line));
        (_all.TryGetValue("country", out var list) ? list : _all["country"] = []).Add(new TagValue("country", value, line, column));
    }

    private void AddYear(string value, SourceSpan span)
    {
        if (value.Length == 4 && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= DocumentReader.MinYear and <= DocumentReader.MaxYear)
            Year ??= year;
        else
            diagnostics.Add(new(span, Severity.Warning, DiagnosticCodes.BadYear, $"year \"{value}\" is not a four-digit year between {DocumentReader.MinYear} and {DocumentReader.MaxYear}"));
    }

    private void AddDate(string value, SourceSpan span)
    {
        string[] formats = ["yyyy-MM-dd", "yyyy-MM-ddTHH:mm:ss.FFFFFFFK", "yyyy-MM-ddTHH:mm:ssK", "yyyy-MM-ddTHH:mmK", "yyyy-MM-ddTHH:mm:ss.FFFFFFF", "yyyy-MM-ddTHH:mm:ss"];
        if (DateTimeOffset.TryParseExact(value, formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
            Date ??= DateOnly.FromDateTime(parsed.UtcDateTime);
        else if (LongDate.TryParse(value) is { } written)
        {
            Date ??= written;
            // Read without loss, so only a note: the real archive's Spanish blogs write dates this way.
            diagnostics.Add(new(span, Severity.Info, DiagnosticCodes.BadDate, $"date \"{value}\" is not an ISO 8601 date; it was read as {written:yyyy-MM-dd}"));
        }
        else
            diagnostics.Add(new(span, Severity.Warning, DiagnosticCodes.BadDate, $"date \"{value}\" is not an ISO 8601 date"));
    }

    private void AddSdg(string value, SourceSpan span)
    {
        if (SdgParser.Parse(value) is { } goal)
        {
            if (!_sdgs.Contains(goal)) _sdgs.Add(goal);
        }
        else
        {
            diagnostics.Add(new(span, Severity.Warning, DiagnosticCodes.UnknownSdg, $"sdgs \"{value}\" is not one of the 17 goals"));
        }
    }

    private void AddPoint(string value, SourceSpan span)
    {
        var parts = value.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length != 2
            || !double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat)
            || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var lng)
            || !double.IsFinite(lat) || !double.IsFinite(lng) || lat is < -90 or > 90 || lng is < -180 or > 180)
        {
            diagnostics.Add(new(span, Severity.Warning, DiagnosticCodes.BadLatLng, $"latlng \"{value}\" is not two finite numbers with lat in [-90, 90] and lng in [-180, 180]; the point was dropped"));
            return;
        }
        var point = new GeoPoint(lat, lng);
        if (_currentPlace is { } place)
        {
            if (!place.Points.Contains(point)) place.Points.Add(point);
        }
        else if (!_unplaced.Contains(point))
        {
            diagnostics.Add(new(span, Severity.Info, DiagnosticCodes.PointWithoutCountry, "latlng comes before any country tag, so it belongs to no country"));
            _unplaced.Add(point);
        }
    }

    private sealed record PlaceBuilder(string Name, Country? Country, int Line)
    {
        public List<GeoPoint> Points { get; } = [];
    }
}
