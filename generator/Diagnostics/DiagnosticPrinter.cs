namespace SdgArchive.Diagnostics;

/// <summary>Writes diagnostics in the compiler format editors understand, then the summary line.</summary>
public static class DiagnosticPrinter
{
    public static void Print(DiagnosticBag bag, TextWriter writer, bool includeInfo = true)
    {
        foreach (var d in bag.Sorted())
            if (includeInfo || d.Severity != Severity.Info) writer.WriteLine(d.ToString());
        writer.WriteLine(bag.Summary());
    }
}
