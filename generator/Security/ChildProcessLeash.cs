namespace SdgArchive.Security;

/// <summary>
/// Makes a tool the build starts (Pagefind, npm) die with the build. A build killed by <c>kill -9</c> during search
/// left Pagefind running and writing into the output folder for minutes. Linux sends a child a chosen signal when its
/// parent dies (<c>PR_SET_PDEATHSIG</c>); .NET cannot set it between fork and exec, so util-linux's <c>setpriv</c>
/// sets it and then executes the tool. Without setpriv the tool runs as before.
/// </summary>
public static class ChildProcessLeash
{
    private static readonly string? SetPriv =
        OperatingSystem.IsLinux() ? new[] { "/usr/bin/setpriv", "/bin/setpriv" }.FirstOrDefault(File.Exists) : null;

    /// <summary>The program to start instead of the tool (null: start the tool itself).</summary>
    public static string? Program => SetPriv;

    /// <summary>The arguments for <see cref="Program"/>: the tool and its own arguments after the leash.</summary>
    public static IEnumerable<string> Arguments(string tool, IEnumerable<string> arguments) =>
        SetPriv is null ? arguments : new[] { "--pdeathsig", "KILL", "--", tool }.Concat(arguments);
}
