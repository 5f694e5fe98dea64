// In the root namespace of the tests, so it wraps every fixture of the assembly.
namespace SdgArchive.SiteTests;

/// <summary>Removes the run's temp folder (built sites shared by many fixtures live there) after the last test.</summary>
[SetUpFixture]
public class TempFolderCleanup
{
    [OneTimeTearDown]
    public void RemoveRunFolder() => TempFolder.Remove(TempFolder.RunFolder);
}
