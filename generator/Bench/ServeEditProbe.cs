using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace SdgArchive.Bench;

/// <summary>
/// Starts <c>serve</c> as a child process, edits one document several times and measures, for each edit,
/// the time from writing the file until the served page contains the new text.
/// </summary>
public static partial class ServeEditProbe
{
    [GeneratedRegex(@"serve: (http://\S+) ")]
    private static partial Regex ListeningLine();

    public static async Task<IReadOnlyList<TimeSpan>?> MeasureAsync(
        string fileName, IEnumerable<string> arguments, string workingDirectory,
        string documentPath, string pagePath, int edits, TextWriter log, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["CI"] = "true";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start serve");
        var address = new TaskCompletionSource<Uri>();
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null) { address.TrySetException(new EndOfStreamException("serve exited")); return; }
            var match = ListeningLine().Match(e.Data);
            if (match.Success) address.TrySetResult(new Uri(match.Groups[1].Value));
        };
        var errors = new StringBuilder();
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (errors) errors.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            using var startup = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            startup.CancelAfter(TimeSpan.FromMinutes(10));
            Uri server;
            try { server = await address.Task.WaitAsync(startup.Token); }
            catch (Exception e) when (e is EndOfStreamException or OperationCanceledException)
            {
                log.WriteLine($"bench: serve did not start: {errors.ToString().Trim()}");
                return null;
            }

            using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
            var page = new Uri(server, pagePath.TrimStart('/'));
            var original = await File.ReadAllTextAsync(documentPath, cancellationToken);
            var results = new List<TimeSpan>();
            for (var edit = 0; edit < edits; edit++)
            {
                var marker = $"Benchmark edit marker {edit}-{Guid.NewGuid():N}";
                var clock = Stopwatch.StartNew();
                await File.WriteAllTextAsync(documentPath, original + $"\n\n{marker}\n", new UTF8Encoding(false), cancellationToken);
                while (true)
                {
                    var html = await client.GetStringAsync(page, cancellationToken);
                    if (html.Contains(marker, StringComparison.Ordinal)) break;
                    if (clock.Elapsed > TimeSpan.FromSeconds(60)) { log.WriteLine($"bench: edit {edit} never showed up on {page}"); return results; }
                    await Task.Delay(2, cancellationToken);
                }
                results.Add(clock.Elapsed);
                await Task.Delay(250, cancellationToken);
            }
            await File.WriteAllTextAsync(documentPath, original, new UTF8Encoding(false), cancellationToken);
            return results;
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
        }
    }
}
