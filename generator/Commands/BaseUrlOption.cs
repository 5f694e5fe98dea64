using SdgArchive.Site;

namespace SdgArchive.Commands;

/// <summary><c>--base-url</c>, checked by the rules of <see cref="BaseUrlSyntax"/> (as <c>baseUrl</c> in the settings).
/// </summary>
public static class BaseUrlOption
{
    /// <summary>The option's value, or null when it is not given or not usable (then a problem is reported).</summary>
    public static string? Read(CommandLine args, string name)
    {
        if (args.Value(name) is not { } text) return null;
        if (BaseUrlSyntax.Problem(text.Trim()) is not { } problem) return text.Trim();
        args.Report(name, $"'{text}' {problem}");
        return null;
    }
}
