using System.Text.Encodings.Web;
using System.Text.Json;
using SdgArchive.Rendering;
using SdgArchive.Site;

namespace SdgArchive.Browse;

/// <summary>
/// <c>/api/browse.json</c>: what <c>browse.js</c> needs to filter the listing in the browser (combined filters, instant):
/// each document's card fields and its term keys per facet, the same keys the facet links carry.
/// </summary>
public static class BrowseIndexJson
{
    public static byte[] Write(SiteIndex index, ViewFactory views)
    {
        var facets = BrowseFacet.Standard.Where(f => index.Taxonomies.Any(t => t.Taxonomy.Key == f.TaxonomyKey)).ToList();
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.Default }))
        {
            json.WriteStartArray();
            foreach (var d in index.Documents)
            {
                var card = views.Summary(d);
                json.WriteStartObject();
                json.WriteString("url", card.Url);
                json.WriteString("title", card.Title);
                json.WriteString("type", card.TypeName);
                json.WriteString("typeKey", card.TypeKey);
                json.WriteString("countries", card.Countries);
                json.WriteString("year", card.Year);
                json.WriteString("excerpt", card.Excerpt);
                json.WriteString("lang", card.Language); // title and excerpt carry it (lang, dir=auto) in the cards
                if (card.Thumbnail is { } thumb)
                {
                    json.WriteStartObject("thumb");
                    json.WriteString("src", thumb.Src);
                    json.WriteString("srcset", thumb.WebpSrcSet.Length > 0 ? thumb.WebpSrcSet : thumb.SrcSet);
                    json.WriteNumber("width", thumb.Width);
                    json.WriteNumber("height", thumb.Height);
                    json.WriteEndObject();
                }
                json.WriteStartObject("terms");
                foreach (var facet in facets)
                {
                    json.WriteStartArray(facet.TaxonomyKey);
                    foreach (var term in index.TermsOf(d, facet.TaxonomyKey)) json.WriteStringValue(term.Key);
                    json.WriteEndArray();
                }
                json.WriteEndObject();
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        return buffer.ToArray();
    }
}
