using System.Diagnostics;
using System.Text;

namespace SdgArchive.Search;

/// <summary>What an external tool printed and how it ended.</summary>
public sealed record ToolRun(int ExitCode, string Output, TimeSpan Duration, bool TimedOut)
{
    public bool Succeeded => ExitCode == 0 && !TimedOut;

    /// <summary>
    /// Runs a program without a shell (arguments are passed as a list, never re-parsed), capturing stdout and stderr
    /// together; <paramref name="input"/> writes its standard input (UTF-8), which is then closed.
    /// </summary>
    public static ToolRun Start(string fileName, IEnumerable<string> arguments, string workingDirectory, TimeSpan timeout,
        Action<TextWriter>? input = null)
    {
        var info = new ProcessStartInfo(Security.ChildProcessLeash.Program ?? fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            StandardInputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            UseShellExecute = false,
        };
        foreach (var argument in Security.ChildProcessLeash.Arguments(fileName, arguments)) info.ArgumentList.Add(argument);
        // Plain output: no colour codes in captured logs.
        info.Environment["NO_COLOR"] = "1";

        var output = new StringBuilder();
        var gate = new object();
        var watch = Stopwatch.StartNew();
        using var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (gate) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (gate) output.AppendLine(e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        // Written from another thread, so the timeout below still holds when the program stops reading.
        var writing = Task.Run(() =>
        {
            try
            {
                input?.Invoke(process.StandardInput);
            }
            catch (IOException)
            {
                // The program ended before reading everything (it crashed or was stopped): its exit code and output say why.
            }
            finally
            {
                try { process.StandardInput.Close(); } catch (IOException) { }
            }
        });
        var finished = process.WaitForExit((int)timeout.TotalMilliseconds);
        if (!finished)
        {
            try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
            process.WaitForExit();
        }
        else process.WaitForExit(); // flushes the asynchronous readers
        writing.Wait();
        lock (gate) return new(finished ? process.ExitCode : -1, output.ToString(), watch.Elapsed, !finished);
    }
}
