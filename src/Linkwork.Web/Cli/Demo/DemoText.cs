using System.Globalization;

namespace Linkwork.Web.Cli.Demo;

/// <summary>
/// Small text builders for the generator. Contact details come only from ranges set aside for fiction, so a
/// demo can never send anyone's email or phone call to a real organisation.
/// </summary>
public static class DemoText
{
    /// <summary>RFC 2606 reserves example.org and everything under it.</summary>
    public const string ReservedDomain = "example.org";

    // A DNS label holds at most 63 characters; leave room so the slug always fits one.
    private const int MaxSlugLength = 60;

    // Ofcom keeps these for drama: 0114 496 0000–0999 (Sheffield, the nearest such range to Rotherham),
    // 01632 960000–960999 (no area) and 07700 900000–900999 (mobiles). Built once; the generator needs millions.
    private static readonly string[] SheffieldNumbers = Numbers("0114 496 0");
    private static readonly string[] NoAreaNumbers = Numbers("01632 960");
    private static readonly string[] MobileNumbers = Numbers("07700 900");

    /// <summary>A fictional landline; <paramref name="pick"/> is any non-negative number, such as a random draw.</summary>
    public static string Landline(int pick) =>
        (pick & 1) == 0 ? SheffieldNumbers[(pick >> 1) % 1000] : NoAreaNumbers[(pick >> 1) % 1000];

    public static string Mobile(int pick) => MobileNumbers[pick % 1000];

    /// <summary>Lower-case letters and digits joined by single hyphens: "Friends of Clifton Park" becomes "friends-of-clifton-park".</summary>
    public static string Slug(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        Span<char> buffer = stackalloc char[MaxSlugLength];
        var length = 0;
        var pendingHyphen = false;
        foreach (var c in name)
        {
            if (length == MaxSlugLength)
            {
                break;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingHyphen && length > 0 && length < MaxSlugLength - 1)
                {
                    buffer[length++] = '-';
                }

                pendingHyphen = false;
                buffer[length++] = char.IsAsciiLetterUpper(c) ? (char)(c + ('a' - 'A')) : c;
            }
            else if (c != '\'')
            {
                // Apostrophes vanish ("Carers'" → "carers"); every other run of punctuation or space is one hyphen.
                pendingHyphen = true;
            }
        }

        return length == 0 ? "group" : new string(buffer[..length]);
    }

    public static string Website(string slug) => "https://" + slug + "." + ReservedDomain;

    public static string Email(string mailbox, string slug) => mailbox + "@" + slug + "." + ReservedDomain;

    /// <summary>A full postcode such as "S65 2AB"; <paramref name="unit"/> picks the last two letters (0–399).</summary>
    public static string Postcode(string district, int sector, int unit)
    {
        ArgumentNullException.ThrowIfNull(district);
        var letters = DemoCatalogue.PostcodeUnitLetters;
        Span<char> buffer = stackalloc char[district.Length + 4];
        district.AsSpan().CopyTo(buffer);
        buffer[district.Length] = ' ';
        buffer[district.Length + 1] = (char)('0' + sector);
        buffer[district.Length + 2] = letters[unit / letters.Length % letters.Length];
        buffer[district.Length + 3] = letters[unit % letters.Length];
        return new string(buffer);
    }

    private static string[] Numbers(string prefix)
    {
        var numbers = new string[1000];
        for (var i = 0; i < numbers.Length; i++)
        {
            numbers[i] = prefix + i.ToString("D3", CultureInfo.InvariantCulture);
        }

        return numbers;
    }
}
