namespace SdgArchive.Syntax.Emails;

/// <summary>Focal-point e-mail addresses are personal data: by default they are not published.</summary>
public enum FocalPointPolicy { Hidden, Masked, Shown }

public static class FocalPointMask
{
    /// <summary><c>pattamon.rungchavalnont@undp.org</c> → <c>p****t@undp.org</c>.</summary>
    public static string Mask(string address)
    {
        var at = address.IndexOf('@');
        if (at <= 0) return "****";
        var local = address[..at];
        return local.Length == 1 ? $"{local}****{address[at..]}" : $"{local[0]}****{local[^1]}{address[at..]}";
    }

    public static string? Publish(string? address, FocalPointPolicy policy) => address is null ? null : policy switch
    {
        FocalPointPolicy.Shown => address,
        FocalPointPolicy.Masked => Mask(address),
        _ => null,
    };
}
