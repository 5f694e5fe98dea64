using System.Text.RegularExpressions;

namespace SdgArchive.SiteTests.Security;

/// <summary>
/// <c>actions/checkout</c> keeps the job's token in <c>.git/config</c> unless told not to; a document linked to that
/// file once published it in the deploy preview (issue 15). No checkout of the workflow may keep it.
/// </summary>
public partial class WorkflowCredentialsTests
{
    [Test]
    public void Every_checkout_leaves_no_credentials_behind()
    {
        var workflow = File.ReadAllText(Path.Combine(RepoPaths.Root, ".github", "workflows", "site.yml"));
        // A step runs from its "- name:" (or "- uses:") line to the next step's.
        var steps = Step().Split(workflow).Where(s => s.Contains("uses: actions/checkout@", StringComparison.Ordinal)).ToList();
        Assert.That(steps, Is.Not.Empty);
        foreach (var step in steps)
            Assert.That(step, Does.Match(@"persist-credentials:\s*false"), step.Trim().Split('\n')[0]);
    }

    [GeneratedRegex(@"\n\s*- (?=name:|uses:)")]
    private static partial Regex Step();
}
