using SdgArchive.Cards;

namespace SdgArchive.SiteTests.Cards;

/// <summary>Card tests that draw with the shipped fonts: loaded once for the fixture, released after it.</summary>
public abstract class ShippedFontsFixture
{
    protected FontChain Fonts { get; private set; } = null!;
    protected SocialCardRenderer Renderer { get; private set; } = null!;

    [OneTimeSetUp]
    public void LoadFonts()
    {
        Fonts = FontChain.LoadShipped();
        Renderer = new SocialCardRenderer(Fonts);
    }

    [OneTimeTearDown]
    public void DisposeFonts() => Fonts.Dispose();
}
