using SdgArchive.Commands;

var command = args.FirstOrDefault() ?? "build";
var rest = new CommandLine(args.Skip(1));
return command switch
{
    "inspect" => InspectCommand.Run(rest, Console.Out, Console.Error),
    "help" or "--help" or "-h" => Usage(0),
    _ => Usage(2),
};

static int Usage(int code)
{
    Console.Error.WriteLine("usage: sdg-archive <build|inspect|serve|bench> [options]");
    return code;
}
