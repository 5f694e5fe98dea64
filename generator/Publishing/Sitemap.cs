using System.Text;
using System.Xml;
using SdgArchive.Site;

namespace SdgArchive.Publishing;

/// <summary><c>/sitemap.xml</c> and <c>/robots.txt</c> pointing to it.</summary>
public static class Sitemap
{
    public static byte[] Write(SiteSettings settings, IEnumerable<string> pageUrls)
    {
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
            foreach (var url in pageUrls.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            {
                xml.WriteStartElement("url");
                xml.WriteElementString("loc", Security.XmlText.Clean(settings.AbsoluteUrl(url)));
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        return buffer.ToArray();
    }

    public static string RobotsTxt(SiteSettings settings, SiteUrls urls) =>
        $"User-agent: *\nAllow: /\n\nSitemap: {settings.AbsoluteUrl(urls.Sitemap)}\n";
}
