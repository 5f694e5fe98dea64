using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace SdgArchive.Syntax.Emails;

/// <summary>
/// Writes an address between two private-use marks that <see cref="EmailPrivacy.Apply"/> later replaces with the
/// published form; a page is never written with the marks in it.
/// </summary>
public sealed class EmailRenderer : HtmlObjectRenderer<EmailInline>
{
    protected override void Write(HtmlRenderer renderer, EmailInline obj) =>
        renderer.Write(EmailPrivacy.Open).WriteEscape(obj.Address).Write(EmailPrivacy.Close);
}
