namespace SdgArchive.Diagnostics;

/// <summary>Stable codes: tools and people grep for these, so never renumber.</summary>
public static class DiagnosticCodes
{
    public const string EmptyFile = "SDG001";
    public const string BinaryFile = "SDG002";
    public const string InvalidUtf8 = "SDG003";
    public const string UnreadableFile = "SDG004";
    public const string TitleFromText = "SDG005";
    public const string NoTitle = "SDG006";
    public const string TitleCutOff = "SDG007";
    public const string UnclosedTag = "SDG008";
    public const string LargeDocument = "SDG009";
    public const string UnknownSdg = "SDG010";
    public const string BadYear = "SDG011";
    public const string BadLatLng = "SDG012";
    public const string BadDate = "SDG013";
    public const string PointWithoutCountry = "SDG014";
    public const string NotACountry = "SDG015";
    public const string EmptyTagValue = "SDG016";
    public const string MojibakeRepaired = "SDG017";
    public const string SlugCollision = "SDG018";
    public const string TooManyTags = "SDG019";
    public const string MissingAltText = "SDG020";
    public const string UnsafeHtmlRemoved = "SDG021";
    public const string UnclosedCodeFence = "SDG022";
    public const string UnclosedHtml = "SDG023";
    public const string NestingTooDeep = "SDG024";
    public const string TagValueTooLong = "SDG025";
    public const string BidiControlsRemoved = "SDG026";
    public const string BrokenLink = "SDG030";
    public const string TemplateError = "SDG040";
    public const string PointOutsideCountry = "SDG050";
    public const string MapShapesMissing = "SDG051";
    public const string SearchSkipped = "SDG060";
    public const string SearchToolMissing = "SDG061";
    public const string SearchIndexFailed = "SDG062";
    public const string CardFailed = "SDG065";
    public const string CardsSummary = "SDG066";
    public const string ImageUndecodable = "SDG070";
    public const string ImageMissing = "SDG071";
    public const string ImageNotMirrored = "SDG072";
    public const string RemoteImages = "SDG073";
    public const string Settings = "SDG041";
    public const string LinkOutside = "SDG080";
    public const string FolderLoop = "SDG081";
    public const string FileNameRefused = "SDG082";
    public const string NoDocuments = "SDG083";
    public const string DocumentFailed = "SDG090";
    public const string CollectionInvalid = "SDG092";
    public const string CollectionDocumentMissing = "SDG093";
    public const string UnknownLanguage = "SDG094";
    public const string MissingString = "SDG095";
    public const string StringsFile = "SDG096";
    public const string Internal = "SDG099";
    // What the command line asked for, before anything is read or written (one line each, exit 2 or 1).
    public const string CommandLine = "SDG100";
    public const string OutputRefused = "SDG101";
    public const string OutputUnwritable = "SDG102";
    public const string InputFolderMissing = "SDG103";
    public const string PortUnavailable = "SDG104";
}
