namespace SdgArchive.Reading;

/// <summary>
/// Latin letters with their accents removed (é → e, ß → ss) from a fixed table. <see cref="string.Normalize()"/> cannot
/// do this here: the generator runs with invariant globalization, where normalization leaves text unchanged.
/// Generated from Unicode decompositions of U+00C0–U+024F and U+1E00–U+1EFF.
/// </summary>
public static class LatinFold
{
    private const string Accented = "ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĨĩĪīĬĭĮįİĴĵĶķĹĺĻļĽľŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžƠơƯưǍǎǏǐǑǒǓǔǕǖǗǘǙǚǛǜǞǟǠǡǦǧǨǩǪǫǬǭǰǴǵǸǹǺǻȀȁȂȃȄȅȆȇȈȉȊȋȌȍȎȏȐȑȒȓȔȕȖȗȘșȚțȞȟȦȧȨȩȪȫȬȭȮȯȰȱȲȳḀḁḂḃḄḅḆḇḈḉḊḋḌḍḎḏḐḑḒḓḔḕḖḗḘḙḚḛḜḝḞḟḠḡḢḣḤḥḦḧḨḩḪḫḬḭḮḯḰḱḲḳḴḵḶḷḸḹḺḻḼḽḾḿṀṁṂṃṄṅṆṇṈṉṊṋṌṍṎṏṐṑṒṓṔṕṖṗṘṙṚṛṜṝṞṟṠṡṢṣṤṥṦṧṨṩṪṫṬṭṮṯṰṱṲṳṴṵṶṷṸṹṺṻṼṽṾṿẀẁẂẃẄẅẆẇẈẉẊẋẌẍẎẏẐẑẒẓẔẕẖẗẘẙẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặẸẹẺẻẼẽẾếỀềỂểỄễỆệỈỉỊịỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợỤụỦủỨứỪừỬửỮữỰựỲỳỴỵỶỷỸỹ";
    private const string Plain = "AAAAAACEEEEIIIINOOOOOUUUUYaaaaaaceeeeiiiinooooouuuuyyAaAaAaCcCcCcCcDdEeEeEeEeEeGgGgGgGgHhIiIiIiIiIJjKkLlLlLlNnNnNnOoOoOoRrRrRrSsSsSsSsTtTtUuUuUuUuUuUuWwYyYZzZzZzOoUuAaIiOoUuUuUuUuUuAaAaGgKkOoOojGgNnAaAaAaEeEeIiIiOoOoRrRrUuUuSsTtHhAaEeOoOoOoOoYyAaBbBbBbCcDdDdDdDdDdEeEeEeEeEeFfGgHhHhHhHhHhIiIiKkKkKkLlLlLlLlMmMmMmNnNnNnNnOoOoOoOoPpPpRrRrRrRrSsSsSsSsSsTtTtTtTtUuUuUuUuUuVvVvWwWwWwWwWwXxXxYyZzZzZzhtwyAaAaAaAaAaAaAaAaAaAaAaAaEeEeEeEeEeEeEeEeIiIiOoOoOoOoOoOoOoOoOoOoOoOoUuUuUuUuUuUuUuYyYyYyYy";

    private static readonly Dictionary<char, string> Table = Build();

    /// <summary>The ASCII spelling of <paramref name="ch"/> when it is an accented or special Latin letter, else null.</summary>
    public static string? Of(char ch) => ch < 0xC0 ? null : Table.GetValueOrDefault(ch);

    /// <summary>The text with every Latin letter folded to ASCII; other characters (Cyrillic, punctuation) are kept.</summary>
    public static string Fold(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        foreach (var ch in text) { if (Of(ch) is { } plain) builder.Append(plain); else builder.Append(ch); }
        return builder.ToString();
    }

    private static Dictionary<char, string> Build()
    {
        var table = new Dictionary<char, string>();
        for (var i = 0; i < Accented.Length; i++) table[Accented[i]] = Plain[i].ToString();
        table['ß'] = "ss";
        table['æ'] = "ae";
        table['Æ'] = "AE";
        table['œ'] = "oe";
        table['Œ'] = "OE";
        table['ø'] = "o";
        table['Ø'] = "O";
        table['đ'] = "d";
        table['Đ'] = "D";
        table['ł'] = "l";
        table['Ł'] = "L";
        table['ı'] = "i";
        table['ð'] = "d";
        table['Ð'] = "D";
        table['þ'] = "th";
        table['Þ'] = "Th";
        table['ħ'] = "h";
        table['Ħ'] = "H";
        table['ŧ'] = "t";
        table['Ŧ'] = "T";
        table['ŋ'] = "n";
        table['Ŋ'] = "N";
        table['ĸ'] = "k";
        table['ſ'] = "s";
        table['ƒ'] = "f";
        table['Ə'] = "E";
        table['ə'] = "e";
        table['ƀ'] = "b";
        table['Ɨ'] = "I";
        table['ɨ'] = "i";
        table['Ƶ'] = "Z";
        table['ƶ'] = "z";
        table['ȼ'] = "c";
        table['Ȼ'] = "C";
        table['ɇ'] = "e";
        table['Ɇ'] = "E";
        return table;
    }
}
