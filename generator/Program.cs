using SdgArchive.Commands;

var command = args.FirstOrDefault() ?? "build";
var rest = new CommandLine(args.Skip(1));
return command switch
{
    "build" => BuildCommand.Run(rest, Console.Out, Console.Error),
    "inspect" => InspectCommand.Run(rest, Console.Out, Console.Error),
    "help" or "--help" or "-h" => Usage(0),
    _ => Usage(2),
};

static int Usage(int code)
{
    Console.Error.WriteLine("""
        usage: sdg-archive <command> [options]
          build    [--source seeds] [--content content] [--templates templates] [--out public]
                   [--base-url URL] [--strict] [--no-search] [--no-cards] [--verbose]
          inspect  [--source seeds] [--json]
        """);
    return code;
}
