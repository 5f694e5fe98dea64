using Microsoft.Playwright;

namespace SdgArchive.SiteTests.Accessibility;

internal static class Viewports
{
    public static ViewportSize Desktop => new() { Width = 1280, Height = 900 };

    /// <summary>A common phone (iPhone 12–15 class) in CSS pixels.</summary>
    public static ViewportSize Phone => new() { Width = 390, Height = 844 };
}
