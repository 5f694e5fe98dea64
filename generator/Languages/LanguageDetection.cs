using Lingua;
using SdgArchive.Diagnostics;
using SdgArchive.Model;

namespace SdgArchive.Languages;

/// <summary>
/// A document's language: its <c>[[language:xx]]</c> tag when it has one, else told from its text (title and answers)
/// by its script, its function words, or Lingua among the archive's languages; too little text leaves it undetermined, and pages then show
/// the site's language.
/// </summary>
public static class LanguageDetection
{
    /// <summary>
    /// Fewer letters than this and the language is not guessed. A title alone ("Panamanian metal", "E-contenedor") is
    /// shorter; one sentence of an answer is longer.
    /// </summary>
    public const int MinLetters = 40;

    // Built once: the models load on first use and are shared by every thread (Lingua's detector is thread-safe).
    private static readonly Lazy<LanguageDetector> Detector = new(() =>
        LanguageDetectorBuilder.FromLanguages(ArchiveLanguages.All.Select(l => l.Lingua).OfType<Language>().ToArray())
            .WithLanguageModelsDirectory(ModelsDirectory)
            .WithLowAccuracyMode()
            .Build());

    /// <summary>Where the language models travel with the binary (only the archive's languages are shipped).</summary>
    public static string ModelsDirectory => Path.Combine(AppContext.BaseDirectory, "Lingua", "LanguageModels");

    public static DocumentLanguage Detect(ArchiveDocument document, List<Diagnostic> diagnostics)
    {
        if (document.Tags.TryGetValue("language", out var tags) && tags.Count > 0)
        {
            var tag = tags[0];
            if (LanguageTag.Normalise(tag.Value) is { } code) return new DocumentLanguage(code, LanguageSource.Tag);
            diagnostics.Add(new(new(document.SourcePath, tag.Line, tag.Column), Severity.Warning, DiagnosticCodes.UnknownLanguage,
                $"language \"{tag.Value}\" is neither a language tag (es, pt-BR) nor a language's name; the language was told from the text instead"));
        }
        return FromText(LanguageSample.Of(document));
    }

    /// <summary>
    /// The language of a plain-text sample (see <see cref="LanguageSample"/>). Undetermined says so in the model and in
    /// <c>inspect</c>, not as a diagnostic: a title-only page is normal in the archive, not a problem to report.
    /// </summary>
    public static DocumentLanguage FromText(string sample)
    {
        if (LanguageSample.Letters(sample) < MinLetters) return DocumentLanguage.Undetermined;
        if ((ScriptRules.Decide(sample) ?? FunctionWords.Decide(sample)) is { } decided)
            return new DocumentLanguage(decided, LanguageSource.Detected);
        return ByLingua(sample);
    }

    /// <summary>What Lingua alone says of a sample (the rules above decide first when the text leaves no doubt).</summary>
    public static DocumentLanguage ByLingua(string sample)
    {
        var detected = Detector.Value.DetectLanguageOf(sample);
        return ArchiveLanguages.All.FirstOrDefault(l => l.Lingua == detected) is { } match
            ? new DocumentLanguage(match.Code, LanguageSource.Detected)
            : DocumentLanguage.Undetermined;
    }
}
