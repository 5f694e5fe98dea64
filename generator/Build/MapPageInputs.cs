using SdgArchive.Map;
using SdgArchive.Rendering.Jobs;

namespace SdgArchive.Build;

/// <summary>
/// The map page's key: its job with the map's fragment left empty, and what the fragment is made from (null when the
/// site has no maps), so the key is known before any marker is laid out.
/// </summary>
public sealed record MapPageInputs(MapPageJob Page, WorldMapInputs? Map);
