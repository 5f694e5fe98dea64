using System.Globalization;
using System.Text;
using System.Xml;
using SdgArchive.Site;

namespace SdgArchive.Publishing;

/// <summary><c>/feed.xml</c>: an Atom feed of the newest documents. Times come from the documents, never the clock, so output is reproducible.</summary>
public static class AtomFeed
{
    public static byte[] Write(SiteIndex index) =>
        Write(index.Settings, index.Documents.Take(index.Settings.FeedSize).ToList(), index.Settings.Title,
            index.Urls.Feed, index.Urls.Home);

    /// <summary>A feed of the given documents (a collection's), titled and addressed as given.</summary>
    public static byte[] Write(SiteSettings settings, IReadOnlyList<SiteDocument> entries, string title, string feedUrl,
        string pageUrl)
    {
        var updated = entries.Select(e => e.Published).Where(p => p is not null).DefaultIfEmpty(new DateOnly(2000, 1, 1)).Max()!.Value;
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", "http://www.w3.org/2005/Atom");
            xml.WriteAttributeString("xml", "lang", null, settings.Language);
            xml.WriteElementString("title", Clean(title));
            xml.WriteElementString("subtitle", Clean(settings.Description));
            xml.WriteElementString("id", settings.AbsoluteUrl(pageUrl));
            xml.WriteElementString("updated", Stamp(updated));
            Link(xml, "self", settings.AbsoluteUrl(feedUrl));
            Link(xml, "alternate", settings.AbsoluteUrl(pageUrl));
            foreach (var d in entries)
            {
                xml.WriteStartElement("entry");
                // Each entry is in its document's language, which may differ from the feed's (the site's).
                if (d.Language != settings.Language) xml.WriteAttributeString("xml", "lang", null, d.Language);
                xml.WriteElementString("title", Clean(d.Title));
                xml.WriteElementString("id", Clean(settings.AbsoluteUrl(d.Url)));
                Link(xml, "alternate", settings.AbsoluteUrl(d.Url));
                xml.WriteElementString("updated", Stamp(d.Published ?? updated));
                xml.WriteStartElement("author");
                xml.WriteElementString("name", "UNDP Accelerator Labs");
                xml.WriteEndElement();
                foreach (var type in d.Source.Types)
                {
                    xml.WriteStartElement("category");
                    xml.WriteAttributeString("term", Clean(type));
                    xml.WriteEndElement();
                }
                xml.WriteElementString("summary", Clean(d.Excerpt));
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        return buffer.ToArray();
    }

    /// <summary>Every value from a document or the settings: XML forbids some control characters (see <see cref="Security.XmlText"/>).</summary>
    private static string Clean(string text) => Security.XmlText.Clean(text);

    private static string Stamp(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";

    private static void Link(XmlWriter xml, string rel, string href)
    {
        xml.WriteStartElement("link");
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("href", Clean(href));
        xml.WriteEndElement();
    }
}
