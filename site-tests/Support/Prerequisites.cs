using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;

namespace SdgArchive.SiteTests.Support;

/// <summary>
/// Something a test needs from the machine (Chromium, the shared corpus). When it is missing the test is skipped with
/// the reason, except on CI (<c>CI=true</c>), where it fails so a misconfigured pipeline cannot pass quietly.
/// </summary>
public static class Prerequisites
{
    public static bool RunningInCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    [DoesNotReturn]
    public static void Missing(string reason)
    {
        if (RunningInCi) Assert.Fail(reason + " (CI=true, so this test may not be skipped)");
        Assert.Ignore(reason);
        throw new UnreachableException();
    }
}
