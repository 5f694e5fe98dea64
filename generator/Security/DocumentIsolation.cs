using SdgArchive.Diagnostics;

namespace SdgArchive.Security;

/// <summary>
/// One document's failure stays that document's: it becomes a diagnostic at the document (a warning, so
/// <c>--strict</c> fails) and every other page is still built. Before, 128 <c>[</c> in a row in one answer ended the
/// build with exit 134 and nothing published.
/// </summary>
public static class DocumentIsolation
{
    /// <summary>Runs one document's work; an exception becomes SDG090 at <paramref name="path"/>.</summary>
    public static void Run(DiagnosticBag diagnostics, string path, Action work)
    {
        try
        {
            work();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            var cause = ex is AggregateException aggregate ? aggregate.Flatten().InnerExceptions[0] : ex;
            // The failure is the whole document's (its page is not written): reported at its start.
            diagnostics.Report(new(path, 1, 1), Severity.Warning, DiagnosticCodes.DocumentFailed,
                $"this document could not be published ({cause.GetType().Name}: {cause.Message.ReplaceLineEndings(" ")}); every other page was built");
        }
    }
}
