using SdgArchive.Diagnostics;

namespace SdgArchive.Build;

/// <summary>The outcome of a build: whether the output was replaced, what was written and how long each stage took.</summary>
public sealed record BuildResult(bool Succeeded, int PageCount, int DocumentCount, DiagnosticBag Diagnostics, IReadOnlyList<StageTiming> Stages);

public sealed record StageTiming(string Name, TimeSpan Elapsed, int Items);
