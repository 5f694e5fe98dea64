using Markdig.Syntax.Inlines;

namespace SdgArchive.Syntax.Emails;

/// <summary>
/// An e-mail address written in the text (bare or as <c>&lt;a@b.org&gt;</c>). Addresses are personal data: how one is
/// published (masked, or linked) is the site's choice, made after reading (see <see cref="EmailPrivacy"/>).
/// </summary>
public sealed class EmailInline(string address) : LeafInline
{
    public string Address { get; } = address;
}
