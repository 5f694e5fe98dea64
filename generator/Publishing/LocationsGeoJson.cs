using System.Text.Json;
using SdgArchive.Site;

namespace SdgArchive.Publishing;

/// <summary><c>/api/locations.geojson</c>: one RFC 7946 Point feature per distinct location, coordinates as [lng, lat].</summary>
public static class LocationsGeoJson
{
    public static byte[] Write(SiteIndex index)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("type", "FeatureCollection");
            json.WriteStartArray("features");
            foreach (var location in index.Locations)
            {
                json.WriteStartObject();
                json.WriteString("type", "Feature");
                json.WriteStartObject("geometry");
                json.WriteString("type", "Point");
                json.WriteStartArray("coordinates");
                json.WriteNumberValue(location.Point.Lng);
                json.WriteNumberValue(location.Point.Lat);
                json.WriteEndArray();
                json.WriteEndObject();
                json.WriteStartObject("properties");
                json.WriteString("name", location.Name);
                if (location.Country is { } country) json.WriteString("iso_numeric", country.IsoNumeric);
                if (location.CountryUrl is { } url) json.WriteString("url", url);
                json.WriteNumber("count", location.Count);
                json.WriteStartArray("documents");
                foreach (var d in location.Documents)
                {
                    json.WriteStartObject();
                    json.WriteString("title", d.Title);
                    json.WriteString("url", d.Url);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteEndObject();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return buffer.ToArray();
    }
}
