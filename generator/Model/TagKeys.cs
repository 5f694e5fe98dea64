namespace SdgArchive.Model;

/// <summary>How a page uses a tag key: every key the archive writes is either shown somewhere or listed here as internal.</summary>
public enum TagKeyRole
{
    /// <summary>Has index pages (type, year, sdgs, methods, datasources, thematic_areas, and the settings' extra taxonomies).</summary>
    Taxonomy,
    /// <summary>The places and points of the map (country, latlng).</summary>
    Place,
    /// <summary>Shown beside the title (date).</summary>
    Date,
    /// <summary>Shown as facts on the page and in documents.json (principles, tactics, experiment keys…).</summary>
    Fact,
    /// <summary>The story's audio player.</summary>
    Audio,
    /// <summary>A machine-generated summary, labelled as such.</summary>
    Summary,
    /// <summary>Personal data published only as the focal-point policy allows.</summary>
    Personal,
    /// <summary>Not shown: the archive's own bookkeeping (consent form addresses).</summary>
    Internal,
}

/// <summary>The role of each key of the archive (<see cref="TagKeyRole"/>); unknown keys are shown as facts, never dropped.</summary>
public static class TagKeys
{
    /// <summary>Facts in the order a page lists them, with the label they are shown under.</summary>
    public static readonly IReadOnlyList<(string Key, string Label)> Facts =
    [
        ("principles", "Principles"), ("tactics", "Tactics"), ("tools", "Tools"), ("skills", "Skills"),
        ("experiment_type", "Experiment type"), ("experiment_status", "Experiment status"), ("assignment_type", "Assignment"),
        ("control_group", "Control group"), ("sample_size", "Sample size"), ("total_cost", "Total cost"),
        ("partnering_sector", "Partnering sector"), ("quality_check", "Quality check"), ("scaling", "Scaling"),
        ("gender", "Gender"), ("continent", "Continent"), ("source", "Original article"),
    ];

    public static TagKeyRole RoleOf(string key) => key switch
    {
        "type" or "year" or "sdgs" or "methods" or "datasources" or "thematic_areas" => TagKeyRole.Taxonomy,
        "country" or "latlng" => TagKeyRole.Place,
        "date" => TagKeyRole.Date,
        "audio" => TagKeyRole.Audio,
        "ai_summary" => TagKeyRole.Summary,
        "focal_point" => TagKeyRole.Personal,
        "consent" => TagKeyRole.Internal,
        _ => TagKeyRole.Fact,
    };

    /// <summary>The label a fact is shown under: the known ones by name, others from the key (<c>partner_type</c> → "Partner type").</summary>
    public static string LabelOf(string key) =>
        Facts.FirstOrDefault(f => f.Key == key).Label is { } label ? label
            : key.Length == 0 ? key : char.ToUpperInvariant(key[0]) + key[1..].Replace('_', ' ');
}
