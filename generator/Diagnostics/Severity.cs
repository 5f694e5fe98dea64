namespace SdgArchive.Diagnostics;

public enum Severity { Info, Warning, Error }
