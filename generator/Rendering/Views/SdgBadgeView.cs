namespace SdgArchive.Rendering.Views;

public sealed record SdgBadgeView(int Number, string Name, string Colour, string TextColour, string Url);
