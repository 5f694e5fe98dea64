using SdgArchive.Commands;

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
        var port = command.Int("port", PreviewServerOptions.DefaultPort);
        var host = command.Get("host", "127.0.0.1");
        // --base-url is what build calls it: accepted here too, so one habit works for both commands.
        var basePathOption = command.Value("base-path") ?? command.Value("base-url");
        var dir = command.Value("dir");
        var unknown = command.Unused.ToList();
        if (unknown.Count > 0 || port is < 0 or > 65535)
        {
            error.WriteLine(unknown.Count > 0 ? $"serve: unknown option --{unknown[0]}" : "serve: --port must be 0–65535");
            error.WriteLine(Usage);
            return 2;
        }

        // The same rules as build: serve replaces its output folder too, and two serves must not share one.
        using var claim = dir is null ? ClaimOutput(project, error) : null;
        if (dir is null && claim is null) return 1;

        ISiteBuilder builder = dir is not null ? new StaticFolderBuilder(dir) : BuilderFactory(project, basePathOption);
        // Serve under the path the site is built for, so its links work as they will when published.
        var basePath = basePathOption ?? (dir is null ? SdgArchive.Site.SiteSettings.Load(project.ContentFolder, new SdgArchive.Diagnostics.DiagnosticBag()).BaseUrl : "/");

        PreviewServerOptions serverOptions;
        try
        {
            PreviewServerOptions.ParseHost(host);
            serverOptions = new PreviewServerOptions { Root = builder.OutputFolder, Host = host, Port = port, BasePath = basePath };
        }
        catch (ArgumentException e)
        {
            error.WriteLine($"serve: {e.Message}");
            return 2;
        }

        var watched = dir is not null ? [new WatchedPath(builder.OutputFolder, WatchArea.Content)] : project.WatchedPaths();
        await using var session = new ServeSession(builder, serverOptions, watched, output);
        try
        {
            await session.StartAsync(cancellationToken);
        }
        catch (IOException e)
        {
            error.WriteLine($"serve: cannot listen on {host}:{port}: {e.Message}");
            return 1;
        }
        output.WriteLine($"serve: {session.Address} (Ctrl+C to stop)");
        try { await Task.Delay(Timeout.Infinite, cancellationToken); }
        catch (OperationCanceledException) { }
        output.WriteLine("serve: stopped");
        return 0;
    }

    private static Output.OutputLock? ClaimOutput(ServeProject project, TextWriter error)
    {
        try
        {
            Output.OutputFolderGuard.Check(project.OutputFolder, new Dictionary<string, string>
            {
                ["--source"] = project.SourceFolder, ["templates"] = project.TemplatesFolder, ["content"] = project.ContentFolder,
            }, project.Root);
            return Output.OutputLock.Acquire(project.OutputFolder, TimeSpan.Zero);
        }
        catch (Exception e) when (e is Output.OutputRefusedException or IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"serve: {CommandFailure.Describe(e, project.OutputFolder)}");
            return null;
        }
    }
}
