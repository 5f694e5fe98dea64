using System.Diagnostics;

namespace SdgArchive.SiteTests.Security;

/// <summary>
/// Tools the build starts die with it: a build killed by <c>kill -9</c> during search left Pagefind running and
/// writing for minutes (issue 15).
/// </summary>
[NonParallelizable]
public class ChildProcessTests
{
    [Test]
    public void Pagefind_dies_when_the_build_is_killed()
    {
        var corpus = RepoPaths.RequireCorpus();
        if (!File.Exists(Path.Combine(RepoPaths.Root, "node_modules", "@pagefind", "linux-x64", "bin", "pagefind_extended")))
            Prerequisites.Missing("Pagefind is not installed (npm ci)");
        var root = TempFolder.Create("kill-build");
        var output = Path.Combine(root, "site");
        var generator = typeof(SdgArchive.Commands.BuildCommand).Assembly.Location;
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { generator, "build", "--source", corpus, "--out", output, "--templates", RepoPaths.Templates,
                     "--content", RepoPaths.Content, "--cache", Path.Combine(root, "cache"), "--no-cards" })
            start.ArgumentList.Add(argument);
        using var build = Process.Start(start)!;
        build.OutputDataReceived += (_, _) => { };
        build.ErrorDataReceived += (_, _) => { };
        build.BeginOutputReadLine();
        build.BeginErrorReadLine();
        try
        {
            // The build starts pagefind's services (pagefind_extended --service) itself, leashed to die with it.
            var pagefind = WaitFor(() => ChildrenOf(build.Id).FirstOrDefault(IsPagefind), TimeSpan.FromMinutes(3));
            Assert.That(pagefind, Is.Not.Zero, "Pagefind never started");
            build.Kill(); // SIGKILL: no handler of the build runs
            // Leashed, it dies at once; unleashed it lived on until its next write into the closed pipe (SIGPIPE), seconds
            // later or, in a quiet phase of indexing, minutes.
            var gone = WaitFor(() => IsGone(pagefind) ? 1 : 0, TimeSpan.FromMilliseconds(500));
            Assert.That(gone, Is.EqualTo(1), $"Pagefind (process {pagefind}) outlived the killed build");
        }
        finally
        {
            if (!build.HasExited) build.Kill(entireProcessTree: true);
            TempFolder.Remove(root);
        }
    }

    private static int WaitFor(Func<int> probe, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < limit)
        {
            var value = probe();
            if (value != 0) return value;
            Thread.Sleep(50);
        }
        return 0;
    }

    private static IEnumerable<int> ChildrenOf(int parent)
    {
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), out var pid)) continue;
            string stat;
            try { stat = File.ReadAllText(Path.Combine(folder, "stat")); }
            catch (IOException) { continue; }
            catch (UnauthorizedAccessException) { continue; }
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            if (fields[1] == parent.ToString(System.Globalization.CultureInfo.InvariantCulture)) yield return pid;
        }
    }

    private static bool IsPagefind(int pid)
    {
        try { return File.ReadAllText($"/proc/{pid}/cmdline").Contains("pagefind", StringComparison.Ordinal); }
        catch (IOException) { return false; }
        catch (UnauthorizedAccessException) { return false; }
    }

    /// <summary>Exited: no such process, or a zombie nobody reaped (in a container, PID 1 may not reap).</summary>
    private static bool IsGone(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)..].StartsWith('Z');
        }
        catch (IOException) { return true; }
    }
}
