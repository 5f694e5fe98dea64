namespace SdgArchive.Serve;

/// <summary>What a change means for the build; decides how much has to be redone.</summary>
public enum ChangeKind
{
    DocumentAdded,
    DocumentChanged,
    DocumentDeleted,
    /// <summary>A template: every page rendered with it has to be rendered again.</summary>
    TemplateChanged,
    /// <summary>A file under <c>content/</c> (static pages, assets, data).</summary>
    ContentChanged,
    /// <summary>A settings file: may change every page.</summary>
    SettingChanged,
}
