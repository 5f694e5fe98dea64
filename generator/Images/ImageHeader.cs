namespace SdgArchive.Images;

/// <summary>
/// What an image's header says, read without decoding its pixels: the format (as a file extension) and the size
/// as displayed, that is after its EXIF orientation (a portrait phone photo stored landscape is reported portrait).
/// </summary>
public sealed record ImageHeader(string Format, int Width, int Height);
