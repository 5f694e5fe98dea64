using SdgArchive.Commands;
using SdgArchive.Diagnostics;

// A failure on a thread of its own (not the command's) is one line too: without this the runtime printed the
// stack trace and aborted (exit 134); the handler runs first, and exiting in it keeps the trace out.
AppDomain.CurrentDomain.UnhandledException += (_, e) =>
{
    CommandFailure.Report((Exception)e.ExceptionObject, CommandFailure.Program, args.Contains("--verbose"),
        Console.Error);
    Environment.Exit(1);
};

var command = args.FirstOrDefault() ?? "build";
var rest = new CommandLine(args.Skip(1));
if (command is "help" or "--help" or "-h" || args.Skip(1).Any(a => a is "--help" or "-h")) return Usage(0);
try
{
    return command switch
    {
        "build" => BuildCommand.Run(rest, Console.Out, Console.Error),
        "inspect" => InspectCommand.Run(rest, Console.Out, Console.Error),
        "serve" => SdgArchive.Serve.ServeCommand.RunAsync(args[1..]).GetAwaiter().GetResult(),
        "bench" => SdgArchive.Bench.BenchCommand.RunAsync(args[1..]).GetAwaiter().GetResult(),
        "bench-images" => SdgArchive.Bench.ImageBenchCommand.RunAsync(args[1..]).GetAwaiter().GetResult(),
        "bench-read" => SdgArchive.Bench.ReadBenchCommand.Run(rest, Console.Out, Console.Error),
        "bench-browse" => SdgArchive.Bench.BrowseBenchCommand.Run(rest, Console.Out, Console.Error),
        _ => UnknownCommand(command),
    };
}
catch (Exception ex)
{
    // Whatever a command did not handle is still one line with a code, never a stack trace (that is --verbose).
    return CommandFailure.Report(ex, CommandFailure.Program, args.Contains("--verbose"), Console.Error);
}

static int UnknownCommand(string command)
{
    Console.Error.WriteLine(CommandFailure.Error(command, DiagnosticCodes.CommandLine,
        "unknown command (build, inspect, serve, bench, bench-images, bench-read, bench-browse or help)"));
    return Usage(2);
}

static int Usage(int code)
{
    (code == 0 ? Console.Out : Console.Error).WriteLine("""
        usage: sdg-archive <command> [options]
          build    [--source seeds] [--content content] [--templates templates] [--out public] [--cache .sdg-cache]
                   [--base-url URL] [--strict] [--no-search] [--no-cards] [--no-cache] [--mirror-images] [--verbose]
                   [--lock-wait 120]
          inspect  [--source seeds] [--json]
          serve    [--port 8080] [--host 127.0.0.1] [--source seeds] [--out .public-serve] [--base-path /] [--dir folder]
          bench    [--sizes 1000,10000,20000] [--no-hugo] [--edits 11]   (see docs/benchmarks.md)
          bench-images [--photos 240] [--runs 3]   ImageSharp against SkiaSharp (see docs/benchmarks.md)
          bench-read [--source ../shared/corpus/sdg-commons-sample] [--runs 5]   parse + projection per document
          bench-browse [--sizes 10000] [--runs 3]   pages, bytes and time of the /documents/ listing
        """);
    return code;
}
