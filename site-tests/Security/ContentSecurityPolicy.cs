using System.Text.RegularExpressions;
using SdgArchive.SiteTests.Properties;

namespace SdgArchive.SiteTests.Security;

/// <summary>The policy the site is served with, read from <c>netlify.toml</c> so the tests check what is deployed.</summary>
public static partial class ContentSecurityPolicy
{
    public static string FromNetlifyToml()
    {
        var toml = File.ReadAllText(Path.Combine(TestInputs.RepositoryRoot, "netlify.toml"));
        var match = PolicyLine().Match(toml);
        if (!match.Success) Assert.Fail("netlify.toml sets no Content-Security-Policy header");
        return match.Groups[1].Value;
    }

    [GeneratedRegex(@"^\s*Content-Security-Policy\s*=\s*""([^""]+)""", RegexOptions.Multiline)]
    private static partial Regex PolicyLine();
}
