using System.Text.RegularExpressions;

namespace SdgArchive.Syntax.Emails;

/// <summary>
/// Publishes the addresses <see cref="EmailRenderer"/> marked, as the site's focal-point policy says: <c>shown</c>
/// links them (<c>mailto:</c>); otherwise they are masked (<c>p****g@undp.org</c>) and not linked. Hiding them would
/// drop the author's sentence, so <c>hidden</c> masks too.
/// </summary>
public static partial class EmailPrivacy
{
    public const char Open = '\uE000';
    public const char Close = '\uE001';

    public static string Apply(string html, FocalPointPolicy policy)
    {
        if (html.IndexOf(Open) < 0) return html;
        var published = Marked().Replace(html, m => policy == FocalPointPolicy.Shown
            ? $"<a href=\"mailto:{m.Groups[1].Value}\">{m.Groups[1].Value}</a>"
            : FocalPointMask.Mask(m.Groups[1].Value));
        return published.Replace(Open.ToString(), "").Replace(Close.ToString(), "");
    }

    /// <summary>Plain text (excerpts, descriptions): the address as published, never a link.</summary>
    public static string Plain(string text, FocalPointPolicy policy)
    {
        if (text.IndexOf(Open) < 0) return text;
        var published = Marked().Replace(text, m => policy == FocalPointPolicy.Shown ? m.Groups[1].Value : FocalPointMask.Mask(m.Groups[1].Value));
        return published.Replace(Open.ToString(), "").Replace(Close.ToString(), "");
    }

    [GeneratedRegex("\uE000([A-Za-z0-9._%+@-]{3,400})\uE001")]
    private static partial Regex Marked();
}
