namespace SdgArchive.Images;

/// <summary>Limits of <c>--mirror-images</c>: every download is bounded in time and size.</summary>
public sealed record ImageMirrorOptions
{
    /// <summary>Folder of fetched images (content-addressed) and of the address → content index; the build puts it under its cache.</summary>
    public string Folder { get; init; } = Path.Combine(".sdg-cache", "mirror");
    /// <summary>Whole request, redirects and body included. The archive's host answers in well under a second.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(15);
    /// <summary>The archive's largest images are screenshots of a few MB; 20 MB is well past them.</summary>
    public long MaxBytes { get; init; } = 20 * 1024 * 1024;
    public int MaxRedirects { get; init; } = 5;
    /// <summary>Downloads at a time in the mirror stage: enough to hide latency, few enough to be polite to one host.</summary>
    public int Parallel { get; init; } = 4;
    /// <summary>
    /// Loopback, private and link-local addresses are refused (a document must not make the build call services on
    /// the build machine's network). Only tests, serving from 127.0.0.1, allow them.
    /// </summary>
    public bool AllowPrivateAddresses { get; init; }
}
