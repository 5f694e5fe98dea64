using System.Globalization;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace SdgArchive.Syntax.Timestamps;

/// <summary>
/// A timestamp as a link to that moment of the story's audio file (a media fragment, <c>#t=537</c>: browsers start
/// playing there, no script needed); without an audio file, just the time.
/// </summary>
public sealed class TimestampRenderer : HtmlObjectRenderer<TimestampInline>
{
    protected override void Write(HtmlRenderer renderer, TimestampInline obj)
    {
        var duration = string.Create(CultureInfo.InvariantCulture, $"PT{obj.Seconds}S");
        if (obj.AudioUrl is { Length: > 0 } audio && renderer.EnableHtmlForInline)
        {
            renderer.Write("<a class=\"timestamp\" href=\"").WriteEscapeUrl(Reading.StoryAudio.WithoutFragment(audio))
                .Write(string.Create(CultureInfo.InvariantCulture, $"#t={obj.Seconds}")).Write("\">");
            renderer.Write("<time datetime=\"").Write(duration).Write("\">").WriteEscape(obj.Text).Write("</time></a>");
        }
        else if (renderer.EnableHtmlForInline)
        {
            renderer.Write("<time class=\"timestamp\" datetime=\"").Write(duration).Write("\">").WriteEscape(obj.Text).Write("</time>");
        }
        else
        {
            renderer.WriteEscape(obj.Text);
        }
    }
}
