using SdgArchive.Build;
using SdgArchive.Diagnostics;

namespace SdgArchive.Commands;

/// <summary>
/// <c>build [--source seeds] [--content content] [--templates templates] [--out public] [--base-url URL] [--strict]
/// [--no-search] [--no-cards] [--verbose]</c>
/// </summary>
public static class BuildCommand
{
    public static BuildOptions ParseOptions(CommandLine args) => new()
    {
        Source = args.Get("source", "seeds"),
        Content = args.Get("content", "content"),
        Templates = args.Get("templates", "templates"),
        Output = args.Get("out", "public"),
        BaseUrl = args.Value("base-url"),
        Strict = args.Flag("strict"),
        Search = !args.Flag("no-search"),
        Cards = !args.Flag("no-cards"),
        Verbose = args.Flag("verbose"),
    };

    public static int Run(CommandLine args, TextWriter output, TextWriter errors)
    {
        var options = ParseOptions(args);
        if (args.Unused.FirstOrDefault() is { } unknown) { errors.WriteLine($"error: unknown option --{unknown}"); return 2; }

        var result = new SiteBuilder(options).Build();
        DiagnosticPrinter.Print(result.Diagnostics, errors, includeInfo: options.Verbose || options.Strict);
        foreach (var stage in result.Stages)
            output.WriteLine(FormattableString.Invariant($"{stage.Name,-8} {stage.Items,7} items {stage.Elapsed.TotalMilliseconds,8:0} ms"));
        output.WriteLine(result.Succeeded
            ? $"built {result.DocumentCount} documents into {result.PageCount} pages in {options.Output}/"
            : $"build failed: {options.Output}/ was left unchanged");
        return result.Succeeded ? 0 : 1;
    }
}
