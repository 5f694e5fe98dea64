using SdgArchive.Diagnostics;
using SdgArchive.Model;

namespace SdgArchive.Build;

/// <summary>Documents already read (with unique slugs) and what reading them reported: serve keeps these between rebuilds.</summary>
public sealed record ReadArchive(IReadOnlyList<ArchiveDocument> Documents, IReadOnlyList<Diagnostic> Diagnostics);
