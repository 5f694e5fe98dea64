using SdgArchive.Commands;
using SdgArchive.Reading;

namespace SdgArchive.Serve;

/// <summary>The folders and options of the project being served, resolved against the project root.</summary>
public sealed record ServeProject(string Root, string SourceFolder, string OutputFolder, bool UseCache, bool Verbose)
{
    /// <summary>The site settings, under <c>content/</c>.</summary>
    public const string SettingsFile = "site.json";

    public string TemplatesFolder => Path.Combine(Root, "templates");
    public string ContentFolder => Path.Combine(Root, "content");
    public string SettingsPath => Path.Combine(ContentFolder, SettingsFile);

    public static ServeProject From(CommandLine command)
    {
        var root = Path.GetFullPath(command.Get("project", "."));
        return new ServeProject(
            root,
            Path.GetFullPath(Path.Combine(root, command.Get("source", "seeds"))),
            // A link (.public-serve -> /elsewhere) is written through, as build does, so the link stays.
            Output.OutputFolderGuard.Resolve(Path.GetFullPath(Path.Combine(root, command.Get("out", ".public-serve")))),
            UseCache: !command.Flag("no-cache"),
            Verbose: command.Flag("verbose"));
    }

    /// <summary>The folders serve reads, by what names them; each must exist; none may be or hold the output.</summary>
    public IReadOnlyDictionary<string, string> InputFolders => new Dictionary<string, string>
    {
        ["--source"] = SourceFolder, ["templates"] = TemplatesFolder, ["content"] = ContentFolder,
    };

    public IReadOnlyList<WatchedPath> WatchedPaths() =>
    [
        new(SourceFolder, WatchArea.Documents, IsDocument),
        new(TemplatesFolder, WatchArea.Templates),
        new(ContentFolder, WatchArea.Content, path => path != SettingsPath),
        new(SettingsPath, WatchArea.Settings),
    ];

    /// <summary>Whether a file under the source folder is a document: the build's own rule (<see cref="ArchiveReader.IsDocumentPath"/>).</summary>
    public bool IsDocument(string path) => ArchiveReader.DocumentPathUnder(SourceFolder, path) is not null;
}
