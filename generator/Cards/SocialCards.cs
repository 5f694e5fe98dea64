using SdgArchive.Caching;
using SdgArchive.Diagnostics;
using SdgArchive.Output;
using SdgArchive.Site;

namespace SdgArchive.Cards;

/// <summary>
/// The card step as the build uses it: one PNG per document at <c>{base}cards/{slug}.png</c>, drawn on a cache miss,
/// and linked from the <see cref="ContentStore"/> (a hard link, else a copy) either way. Returns the absolute URL for og:image / twitter:image.
/// </summary>
public sealed class SocialCards : IDisposable
{
    private readonly FontChain _fonts;
    private readonly CardCache _cache;
    private readonly SiteSettings _settings;
    private readonly StagingFolder _output;
    private readonly DiagnosticBag _diagnostics;
    private int _drawn;
    private int _reused;

    private SocialCards(FontChain fonts, ContentStore store, SiteSettings settings, StagingFolder output,
        DiagnosticBag diagnostics)
    {
        _fonts = fonts;
        _cache = new CardCache(store, new SocialCardRenderer(fonts));
        _settings = settings;
        _output = output;
        _diagnostics = diagnostics;
    }

    /// <summary>Null (with an error) when the shipped fonts cannot be loaded.</summary>
    public static SocialCards? Open(ContentStore store, SiteSettings settings, StagingFolder output,
        DiagnosticBag diagnostics)
    {
        try
        {
            return new SocialCards(FontChain.LoadShipped(), store, settings, output, diagnostics);
        }
        catch (FileNotFoundException ex)
        {
            diagnostics.Report(new("generator/Fonts", 0, 0), Severity.Error, DiagnosticCodes.CardFailed, $"social cards cannot be drawn: {ex.Message}");
            return null;
        }
    }

    /// <summary>Writes the document's card and returns its absolute URL, or null (with a warning) if drawing failed.</summary>
    public string? Publish(SiteDocument document)
    {
        var relative = $"cards/{document.Slug}.png";
        try
        {
            var (stored, drawn) = _cache.Stored(SocialCardInput.From(document.Source, _settings.Title));
            // Linked from the store, not written a second time (10,000 cards were 199 MB and 10,000 new files of a cold
            // build's output, beside the same bytes in the store), and a stored card is not read to be linked.
            if (stored is null || !_output.Link(stored, relative))
                _output.WriteBytes(relative, drawn ?? File.ReadAllBytes(stored!));
            Interlocked.Increment(ref drawn is not null ? ref _drawn : ref _reused);
            return _settings.AbsoluteUrl(_settings.BaseUrl + relative);
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException or UnauthorizedAccessException)
        {
            var title = document.Source.Title; // the card draws the title: reported where it was written
            _diagnostics.Report(new(document.Source.SourcePath, Math.Max(1, title.Line), Math.Max(1, title.Column)),
                Severity.Warning, DiagnosticCodes.CardFailed, $"social card not drawn: {ex.Message}");
            return null;
        }
    }

    /// <summary>
    /// Counts the cards of <paramref name="documents"/> as used by this build, so pruning keeps them: a page reused
    /// from the last build keeps the card file it brought without asking the store.
    /// </summary>
    public void Keep(IEnumerable<SiteDocument> documents) =>
        Parallel.ForEach(documents, document => _cache.Keep(SocialCardInput.From(document.Source, _settings.Title)));

    public void Report(string sourceFolder) =>
        _diagnostics.Report(new(sourceFolder, 0, 0), Severity.Info, DiagnosticCodes.CardsSummary,
            $"social cards: {_drawn} drawn, {_reused} taken from the cache");

    public void Dispose() => _fonts.Dispose();
}
