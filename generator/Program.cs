using SdgArchive.Commands;

var command = args.FirstOrDefault() ?? "build";
var rest = new CommandLine(args.Skip(1));
return command switch
{
    "build" => BuildCommand.Run(rest, Console.Out, Console.Error),
    "inspect" => InspectCommand.Run(rest, Console.Out, Console.Error),
    "serve" => SdgArchive.Serve.ServeCommand.RunAsync(args[1..]).GetAwaiter().GetResult(),
    "bench" => SdgArchive.Bench.BenchCommand.RunAsync(args[1..]).GetAwaiter().GetResult(),
    "bench-images" => SdgArchive.Bench.ImageBenchCommand.RunAsync(args[1..]).GetAwaiter().GetResult(),
    "bench-read" => SdgArchive.Bench.ReadBenchCommand.Run(rest, Console.Out, Console.Error),
    "bench-browse" => SdgArchive.Bench.BrowseBenchCommand.Run(rest, Console.Out, Console.Error),
    "help" or "--help" or "-h" => Usage(0),
    _ => Usage(2),
};

static int Usage(int code)
{
    Console.Error.WriteLine("""
        usage: sdg-archive <command> [options]
          build    [--source seeds] [--content content] [--templates templates] [--out public]
                   [--base-url URL] [--strict] [--no-search] [--no-cards] [--no-cache] [--mirror-images] [--verbose]
          inspect  [--source seeds] [--json]
          serve    [--port 8080] [--host 127.0.0.1] [--source seeds] [--out .public-serve] [--base-path /] [--dir folder]
          bench    [--sizes 1000,10000,20000] [--no-hugo] [--edits 11]   (see docs/benchmarks.md)
          bench-images [--photos 240] [--runs 3]   ImageSharp against SkiaSharp (see docs/benchmarks.md)
          bench-read [--source ../shared/corpus/sdg-commons-sample] [--runs 5]   parse + projection per document
          bench-browse [--sizes 10000] [--runs 3]   pages, bytes and time of the /documents/ listing
        """);
    return code;
}
