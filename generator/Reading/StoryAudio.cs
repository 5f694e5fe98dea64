namespace SdgArchive.Reading;

/// <summary>
/// A story's recording: the first <c>audio</c> tag that is a web address. The page's player plays it and every
/// <c>[[mm:ss]]</c> of the transcript links to that moment of the same file with a media fragment
/// (<c>file.m4a#t=537</c>): browsers start the file there, no script needed.
/// </summary>
public static class StoryAudio
{
    public static string? File(IEnumerable<string> audioTagValues) => audioTagValues.FirstOrDefault(IsWebAddress);

    /// <summary>The file's address without a fragment of its own, so <c>#t=</c> is the only one.</summary>
    public static string WithoutFragment(string file) => file.IndexOf('#') is var hash and >= 0 ? file[..hash] : file;

    private static bool IsWebAddress(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
