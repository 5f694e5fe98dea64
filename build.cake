// Cake build: `dotnet tool restore && dotnet cake` runs the tests (default target).
var target = Argument("target", "Test");
var configuration = Argument("configuration", "Debug");

Task("Clean")
    .Does(() =>
{
    CleanDirectories("./generator/bin");
    CleanDirectories("./site-tests/bin");
    CleanDirectories("./TestResults");
    if (DirectoryExists("./public")) DeleteDirectory("./public", new DeleteDirectorySettings { Recursive = true, Force = true });
});

Task("Build")
    .Does(() =>
{
    DotNetBuild("./sdg-archive.sln", new DotNetBuildSettings { Configuration = configuration });
});

Task("Test")
    .IsDependentOn("Build")
    .Does(() =>
{
    DotNetTest("./sdg-archive.sln", new DotNetTestSettings { Configuration = configuration, NoBuild = true });
});

Task("Site")
    .IsDependentOn("Build")
    .Does(() =>
{
    DotNetRun("./generator/SdgArchive.Generator.csproj", new ProcessArgumentBuilder().Append("build"),
        new DotNetRunSettings { Configuration = configuration, NoBuild = true });
});

RunTarget(target);
