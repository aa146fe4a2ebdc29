using System.Globalization;
using System.Text;

namespace Linkwork.Data.Search;

/// <summary>
/// Lower-cases a character and strips its accents, so that "Café", "cafe" and "CAFÉ" index as one word.
/// </summary>
internal static class TextFolding
{
    // Latin letters with diacritics live below U+0300; a table built once from Unicode decomposition avoids
    // normalising every word while indexing a million descriptions.
    private const int TableSize = 0x0300;
    private static readonly string[] Table = BuildTable();

    /// <summary>True for combining marks: they belong to the word they follow but are dropped from it.</summary>
    public static bool IsMark(char c)
    {
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
    }

    /// <summary>Writes the folded form of <paramref name="c"/> (zero, one or two characters) into the buffer.</summary>
    public static int Fold(char c, Span<char> destination)
    {
        if (c < 0x80)
        {
            destination[0] = c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
            return 1;
        }

        if (c < TableSize)
        {
            var folded = Table[c];
            folded.AsSpan().CopyTo(destination);
            return folded.Length;
        }

        destination[0] = char.ToLowerInvariant(c);
        return 1;
    }

    /// <summary>Folds a whole string; used for short texts such as names and query words.</summary>
    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        Span<char> buffer = stackalloc char[2];
        foreach (var c in text)
        {
            if (IsMark(c))
            {
                continue;
            }

            var length = Fold(c, buffer);
            builder.Append(buffer[..length]);
        }

        return builder.ToString();
    }

    private static string[] BuildTable()
    {
        var table = new string[TableSize];
        for (var i = 0; i < TableSize; i++)
        {
            var c = (char)i;
            table[i] = c switch
            {
                // Letters that Unicode does not decompose but readers treat as a base letter plus a mark.
                'ß' => "ss",
                'æ' or 'Æ' => "ae",
                'œ' or 'Œ' => "oe",
                'ø' or 'Ø' => "o",
                'ł' or 'Ł' => "l",
                'đ' or 'Đ' or 'ð' or 'Ð' => "d",
                'þ' or 'Þ' => "th",
                'ı' => "i",
                _ => Decompose(c),
            };
        }

        return table;
    }

    private static string Decompose(char c)
    {
        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(2);
        foreach (var part in decomposed)
        {
            if (!IsMark(part))
            {
                builder.Append(char.ToLowerInvariant(part));
            }
        }

        return builder.Length == 0 ? string.Empty : builder.ToString();
    }
}
