using System.Diagnostics;
using System.Reflection;
using SdgArchive.Build;

namespace SdgArchive.SiteTests.Architecture;

/// <summary>
/// The README's command (<c>dotnet run --project generator -- build</c>) and the deploy workflow build the Debug
/// configuration, as this test project does. A Debug assembly tells the JIT not to optimise its methods, which cost a
/// 10,000-document build 24–36 % more CPU (docs/benchmarks.md); the generator is optimised in every configuration.
/// </summary>
public class OptimisedBuildTests
{
    [Test]
    public void The_generator_is_optimised_whatever_configuration_built_it()
    {
        var assembly = typeof(SitePipeline).Assembly;
        var debuggable = assembly.GetCustomAttribute<DebuggableAttribute>();
        Assert.That(debuggable?.IsJITOptimizerDisabled ?? false, Is.False,
            $"{assembly.GetName().Name} tells the JIT not to optimise it ({debuggable?.DebuggingFlags})");
    }
}
