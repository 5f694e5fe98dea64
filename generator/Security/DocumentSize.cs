using System.Globalization;
using System.Text;
using SdgArchive.Diagnostics;

namespace SdgArchive.Security;

/// <summary>
/// The size warning (SDG009) on the decoded text, before it is parsed: a document over
/// <see cref="InputLimits.MaxDocumentBytes"/> is still published, but its page will load slowly. Reported at the start
/// of its longest line, which is nearly always the culprit (an embedded image of several MB).
/// </summary>
public static class DocumentSize
{
    public static void Check(string text, InputLimits limits, string path, List<Diagnostic> diagnostics)
    {
        if (text.Length <= limits.MaxDocumentBytes / 4) return; // at most 4 UTF-8 bytes a character: surely within
        var bytes = Encoding.UTF8.GetByteCount(text);
        if (bytes <= limits.MaxDocumentBytes) return;
        var (longestLine, longestLength, line, start) = (1, 0, 1, 0);
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != '\n') continue;
            if (i - start > longestLength) (longestLine, longestLength) = (line, i - start);
            line++;
            start = i + 1;
        }
        diagnostics.Add(new(new(path, longestLine, 1), Severity.Warning, DiagnosticCodes.LargeDocument, string.Create(CultureInfo.InvariantCulture,
            $"document is {bytes / 1048576.0:0.0} MB, over the {limits.MaxDocumentBytes / 1048576.0:0.#} MB limit (its longest line, {longestLength / 1048576.0:0.0} M characters, starts here); its page will load slowly")));
    }
}
