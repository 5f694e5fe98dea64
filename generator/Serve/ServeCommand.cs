using SdgArchive.Commands;
using SdgArchive.Diagnostics;

namespace SdgArchive.Serve;

/// <summary>
/// <c>sdg-archive serve [--port 8080] [--host 127.0.0.1] [--source seeds] [--base-path /] [--dir built-folder]</c>:
/// builds the site, serves it and rebuilds on every change until Ctrl+C.
/// </summary>
public static class ServeCommand
{
    public const string Usage =
        "usage: sdg-archive serve [--port 8080] [--host 127.0.0.1] [--source seeds] [--out .public-serve] [--base-path /] (or --base-url) [--dir folder] [--no-cache] [--verbose]";

    /// <summary>Makes the builder for a project (the base URL is the <c>--base-path</c>, when given); tests may swap it.</summary>
    public static Func<ServeProject, string?, ISiteBuilder> BuilderFactory { get; set; } = PipelineSiteBuilder.For;

    public static async Task<int> RunAsync(string[] args)
    {
        using var stop = new CancellationTokenSource();
        // Ctrl+C, and SIGTERM from `timeout`, `kill` or a process manager: stop serving and exit cleanly.
        using var interrupt = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGINT, Stop);
        using var terminate = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, Stop);
        return await RunAsync(new CommandLine(args), Console.Out, Console.Error, stop.Token);

        void Stop(System.Runtime.InteropServices.PosixSignalContext context)
        {
            context.Cancel = true;
            stop.Cancel();
        }
    }

    public static async Task<int> RunAsync(CommandLine command, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var project = ServeProject.From(command);
        var port = command.Int("port", PreviewServerOptions.DefaultPort, min: 0, max: 65535);
        var host = command.Get("host", "127.0.0.1");
        // --base-url is what build calls it: accepted here too, so one habit works for both commands.
        var basePathOption = BaseUrlOption.Read(command, "base-path") ?? BaseUrlOption.Read(command, "base-url");
        var dir = command.Value("dir");
        System.Net.IPAddress? address = null;
        try { address = PreviewServerOptions.ParseHost(host); }
        catch (ArgumentException e)
        {
            command.Report("host", e.Message.Replace("--host ", "", StringComparison.Ordinal));
        }
        if (command.ReportProblems(Usage, error) is var usage and not 0) return usage;
        var missing = InputFolderCheck.Problems(dir is not null ? new Dictionary<string, string> { ["--dir"] = dir }
            : project.InputFolders);
        foreach (var problem in missing) error.WriteLine(problem);
        if (missing.Count > 0) return 1;
        // Before building (seconds on a real archive): a taken port used to be found only after the first build.
        if (PortTaken(address!, port) is { } taken)
        {
            error.WriteLine(CommandFailure.Error($"{host}:{port}", DiagnosticCodes.PortUnavailable, taken));
            return 1;
        }

        // The same rules as build: serve replaces its output folder too, and two serves must not share one.
        using var claim = dir is null ? ClaimOutput(project, error) : null;
        if (dir is null && claim is null) return 1;
        // Serve reads and fills the content store for as long as it runs: a build meanwhile must not prune it.
        using var lease = dir is null
            ? Caching.StoreLease.Shared(Path.Combine(project.Root, Caching.BuildCache.FolderName),
                TimeSpan.FromSeconds(30))
            : null;

        ISiteBuilder builder = dir is not null ? new StaticFolderBuilder(dir) : BuilderFactory(project, basePathOption);
        // Serve under the path the site is built for, so its links work as they will when published.
        var basePath = basePathOption
            ?? (dir is null ? Site.SiteSettings.Load(project.ContentFolder, new DiagnosticBag()).BaseUrl : "/");
        var serverOptions = new PreviewServerOptions
        {
            Root = builder.OutputFolder, Host = host, Port = port, BasePath = basePath,
        };

        var watched = dir is not null ? [new WatchedPath(builder.OutputFolder, WatchArea.Content)] : project.WatchedPaths();
        await using var session = new ServeSession(builder, serverOptions, watched, output);
        try
        {
            await session.StartAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            error.WriteLine(CommandFailure.Error($"{host}:{port}", DiagnosticCodes.PortUnavailable,
                $"cannot listen: {(e.InnerException ?? e).Message}"));
            return 1;
        }
        output.WriteLine($"serve: {session.Address} (Ctrl+C to stop)");
        try { await Task.Delay(Timeout.Infinite, cancellationToken); }
        catch (OperationCanceledException) { }
        output.WriteLine("serve: stopped");
        return 0;
    }

    /// <summary>Why nothing can listen on <paramref name="address"/>:<paramref name="port"/>; null when free.</summary>
    private static string? PortTaken(System.Net.IPAddress address, int port)
    {
        if (port == 0) return null; // the system picks a free one
        try
        {
            var probe = new System.Net.Sockets.TcpListener(address, port);
            probe.Start();
            probe.Stop();
            return null;
        }
        catch (System.Net.Sockets.SocketException e)
        {
            return e.SocketErrorCode switch
            {
                System.Net.Sockets.SocketError.AddressAlreadyInUse =>
                    "the port is already in use (another serve?); stop that program or choose another with " +
                    $"--port {port + 1}",
                System.Net.Sockets.SocketError.AccessDenied =>
                    "permission denied (ports below 1024 need root); choose another with --port 8080",
                System.Net.Sockets.SocketError.AddressNotAvailable =>
                    "this machine has no such address; use --host 127.0.0.1",
                _ => $"cannot listen ({e.Message})",
            };
        }
    }

    private static Output.OutputLock? ClaimOutput(ServeProject project, TextWriter error)
    {
        try
        {
            Output.OutputFolderGuard.Check(project.OutputFolder, project.InputFolders, project.Root);
            Output.OutputFolderGuard.MakeParent(project.OutputFolder);
            return Output.OutputLock.Acquire(project.OutputFolder, TimeSpan.Zero);
        }
        catch (Exception e) when (e is Output.OutputRefusedException or IOException or UnauthorizedAccessException)
        {
            error.WriteLine(CommandFailure.Describe(e, project.OutputFolder));
            return null;
        }
    }
}
