using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using SdgArchive.Diagnostics;
using SdgArchive.Reading;

namespace SdgArchive.SiteTests.Properties;

/// <summary>
/// Whatever a contributor submits, the reader answers with a document or a skip reason, never an exception, and the
/// page address it picks can never name a folder outside <c>/documents/</c>.
/// </summary>
public partial class ReaderProperties
{
    private const string SourcePath = "sub/doc.txt";

    [FsCheck.NUnit.Property(MaxTest = 400)]
    public Property Tag_soup_never_throws_and_gives_a_safe_slug() =>
        Prop.ForAll(DocumentGenerators.Documents, text =>
        {
            var result = DocumentReader.Read(SourcePath, DocumentGenerators.Utf8(text));
            if (result.Document is null)
                return result.Diagnostics.Any(d => d.Code is DiagnosticCodes.EmptyFile or DiagnosticCodes.BinaryFile)
                    .Label("a skipped document says why");
            return SafeSlug().IsMatch(result.Document.Slug).Label($"slug \"{result.Document.Slug}\" is a plain URL segment");
        });

    [FsCheck.NUnit.Property(MaxTest = 400)]
    public Property Arbitrary_bytes_never_throw() =>
        Prop.ForAll(DocumentGenerators.Bytes.ToArbitrary(), bytes =>
        {
            var result = DocumentReader.Read(SourcePath, bytes);
            return (result.Document is not null || result.Diagnostics.Count > 0).Label("a document, or a diagnostic saying why not");
        });

    [FsCheck.NUnit.Property(MaxTest = 300)]
    public Property Every_diagnostic_points_into_the_file() =>
        Prop.ForAll(DocumentGenerators.Documents, text =>
        {
            var lineCount = text.Replace("\r\n", "\n").Split('\n', '\r').Length;
            var result = DocumentReader.Read(SourcePath, DocumentGenerators.Utf8(text));
            var outside = result.Diagnostics.Where(d => d.Span.Path != SourcePath || d.Span.Line < 0 || d.Span.Line > lineCount || d.Span.Column < 0).ToList();
            return (outside.Count == 0).Label("diagnostics outside the file: " + string.Join("; ", outside));
        });

    [FsCheck.NUnit.Property(MaxTest = 300)]
    public Property Every_tag_value_is_found_on_a_line_of_the_file() =>
        Prop.ForAll(DocumentGenerators.Documents, text =>
        {
            var lineCount = text.Replace("\r\n", "\n").Split('\n', '\r').Length;
            var document = DocumentReader.Read(SourcePath, DocumentGenerators.Utf8(text)).Document;
            if (document is null) return true.ToProperty();
            var misplaced = document.Tags.Values.SelectMany(v => v).Where(v => v.Line < 1 || v.Line > lineCount).ToList();
            return (misplaced.Count == 0).Label("tag values with impossible lines: " + string.Join("; ", misplaced));
        });

    [FsCheck.NUnit.Property(MaxTest = 500)]
    public Property Slugs_of_any_text_are_plain_segments() =>
        Prop.ForAll(DocumentGenerators.Fragment.ListOf().Select(parts => string.Concat(parts)).ToArbitrary(), text =>
        {
            var slug = Slugs.Create(text, fallback: text, prefix: "tag");
            return SafeSlug().IsMatch(slug).Label($"slug \"{slug}\" for \"{text}\"");
        });

    /// <summary>Lower-case ASCII words joined by single hyphens: never empty, never "." or "..", no slash.</summary>
    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex SafeSlug();
}
