using System.Buffers;
using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace SdgArchive.Search;

/// <summary>
/// One running <c>pagefind_extended --service</c>, spoken to in pagefind's own service protocol, the one its Node
/// API speaks (<c>node_modules/pagefind/lib/service.js</c>): each message is JSON <c>{message_id, payload}</c>,
/// base64, then a comma, on the service's standard input; its replies come the same way on its standard output,
/// each naming the message it answers. The build talked to it through node before: node's JSON and base64 of every
/// record cost 8.2 s of CPU of the 10,000-document records (docs/benchmarks.md, "Search index").
/// One service indexes one part at a time; it ends when its input is closed.
/// </summary>
internal sealed class PagefindService : IDisposable
{
    private readonly Process _process;
    private readonly Stream _input;
    private readonly BlockingCollection<ServiceReply> _replies = new();
    private readonly StringBuilder _errorOutput = new();
    // Not disposed: the error stream's end may be signalled after the process is (it holds no wait handle).
    private readonly ManualResetEventSlim _errorEnded = new();
    private readonly Thread _reader;
    private int _lastId;

    private PagefindService(Process process)
    {
        _process = process;
        _input = process.StandardInput.BaseStream;
        _reader = new Thread(ReadReplies) { IsBackground = true, Name = "pagefind replies" };
        _reader.Start();
    }

    /// <summary>Starts the service (leashed: it dies with the build), in <paramref name="workingDirectory"/>.</summary>
    public static PagefindService Start(string binary, string workingDirectory)
    {
        var info = new ProcessStartInfo(Security.ChildProcessLeash.Program ?? binary)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in Security.ChildProcessLeash.Arguments(binary, ["--service"]))
            info.ArgumentList.Add(argument);
        info.Environment["NO_COLOR"] = "1";
        var process = new Process { StartInfo = info };
        process.Start();
        var service = new PagefindService(process);
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null) lock (service._errorOutput) service._errorOutput.AppendLine(e.Data);
            else service._errorEnded.Set();
        };
        process.BeginErrorReadLine();
        return service;
    }

    /// <summary>What the service printed on its error output, for a failure's message.</summary>
    public string ErrorOutput
    {
        get { lock (_errorOutput) return _errorOutput.ToString(); }
    }

    /// <summary>Sends a message whose payload is the JSON object <paramref name="payloadFields"/> (its fields, without
    /// the braces); returns the message's id.</summary>
    public int Send(string payloadFields)
    {
        var id = ++_lastId;
        var json = $"{{\"message_id\":{id},\"payload\":{{{payloadFields}}}}}";
        var text = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(json.Length));
        var encoded = ArrayPool<byte>.Shared.Rent(Base64.GetMaxEncodedToUtf8Length(text.Length) + 1);
        try
        {
            var length = Encoding.UTF8.GetBytes(json, text);
            Base64.EncodeToUtf8(text.AsSpan(0, length), encoded, out _, out var written);
            encoded[written++] = (byte)',';
            _input.Write(encoded, 0, written);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(text);
            ArrayPool<byte>.Shared.Return(encoded);
        }
        return id;
    }

    /// <summary>Sends what was written so far (a message waiting in the pipe's buffer is not yet answered).</summary>
    public void Flush() => _input.Flush();

    /// <summary>
    /// The next reply, waiting until <paramref name="deadline"/>. Throws <see cref="TimeoutException"/> past it and
    /// <see cref="IOException"/> when the service has ended.
    /// </summary>
    public ServiceReply Receive(DateTime deadline)
    {
        var left = deadline - DateTime.UtcNow;
        try
        {
            if (left > TimeSpan.Zero && _replies.TryTake(out var reply, left)) return reply;
        }
        catch (InvalidOperationException)
        {
            // Marked complete: the service closed its output.
        }
        if (_replies.IsCompleted)
        {
            // Its output closed before its last words on the error output were read (seen in CI: the message came
            // without "panicked: …"): wait for that stream's end too, a little.
            _errorEnded.Wait(TimeSpan.FromSeconds(2));
            throw new IOException("the pagefind service ended: " + LastLines(ErrorOutput));
        }
        throw new TimeoutException();
    }

    /// <summary>
    /// The reply to message <paramref name="id"/>, passing over any other: the index is written only when the
    /// service says it wrote it, never on a stray reply that came in its place.
    /// </summary>
    public ServiceReply Answer(int id, DateTime deadline)
    {
        while (true)
        {
            var reply = Receive(deadline);
            if (reply.MessageId == id) return reply;
        }
    }

    private void ReadReplies()
    {
        var output = _process.StandardOutput.BaseStream;
        var message = new MemoryStream();
        var buffer = new byte[65536];
        try
        {
            int read;
            while ((read = output.Read(buffer, 0, buffer.Length)) > 0)
            {
                var chunk = buffer.AsSpan(0, read);
                for (var comma = chunk.IndexOf((byte)','); comma >= 0; comma = chunk.IndexOf((byte)','))
                {
                    message.Write(chunk[..comma]);
                    _replies.Add(ServiceReply.Parse(message.GetBuffer().AsSpan(0, (int)message.Length)));
                    message.SetLength(0);
                    chunk = chunk[(comma + 1)..];
                }
                message.Write(chunk);
            }
        }
        catch (IOException)
        {
            // The service was stopped.
        }
        finally
        {
            _replies.CompleteAdding();
        }
    }

    /// <summary>Closes the service's input, which ends it, and waits for it (killing it if it does not end).</summary>
    public void Dispose()
    {
        try { _input.Close(); } catch (IOException) { }
        if (!_process.WaitForExit(10_000))
        {
            try { _process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
            _process.WaitForExit();
        }
        _reader.Join();
        _process.Dispose();
        _replies.Dispose();
    }

    /// <summary>Kills the service at once (a timeout).</summary>
    public void Kill()
    {
        try { _process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
    }

    internal static string LastLines(string text, int count = 8) => string.Join(" | ",
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).TakeLast(count));
}

/// <summary>
/// A reply of the service: the message it answers (for an unreadable message, the id found in the message it
/// quotes; 0 when none), its type (<c>NewIndex</c>, <c>IndexedFile</c>, <c>WriteFiles</c>, or <c>Error</c>), the new
/// index's id, a record's unique words, and an error's message.
/// </summary>
internal sealed record ServiceReply(int MessageId, string Type, int IndexId, int Words, string? Error)
{
    public bool IsError => Type == "Error";

    public static ServiceReply Parse(ReadOnlySpan<byte> base64)
    {
        try
        {
            var json = Convert.FromBase64String(Encoding.ASCII.GetString(base64));
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            var payload = root.GetProperty("payload");
            var type = payload.GetProperty("type").GetString() ?? "";
            var id = root.TryGetProperty("message_id", out var given) && given.ValueKind == JsonValueKind.Number
                ? given.GetInt32() : QuotedId(payload);
            return new(id, type, Number(payload, "index_id"), Number(payload, "page_word_count"),
                type == "Error" ? Text(payload, "message") ?? "unknown error" : null);
        }
        catch (Exception ex) when (ex is FormatException or JsonException or KeyNotFoundException
                                       or InvalidOperationException)
        {
            return new(0, "Error", 0, 0, "unreadable reply from the pagefind service: " + ex.Message);
        }
    }

    private static int QuotedId(JsonElement payload)
    {
        if (Text(payload, "original_message") is not { } quoted) return 0;
        try
        {
            using var original = JsonDocument.Parse(quoted);
            return Number(original.RootElement, "message_id");
        }
        catch (JsonException)
        {
            return 0;
        }
    }

    private static int Number(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt32() : 0;

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString() : null;
}
