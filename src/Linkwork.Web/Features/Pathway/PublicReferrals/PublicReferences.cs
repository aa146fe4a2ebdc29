using System.Security.Cryptography;

namespace Linkwork.Web.Features.Pathway.PublicReferrals;

/// <summary>
/// The reference someone who sent the public form can quote on the phone: eight random characters, none that look
/// alike when read aloud or handwritten (no 0/O, 1/I/L). Random rather than derived from the episode's id, so it says
/// nothing about the record, its time or how many came before.
/// </summary>
public static class PublicReferences
{
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    /// <summary>Like "K7MQ-4PXT". 31⁸ (about 850 billion) choices: a clash is left to the unique index to refuse.</summary>
    public static string New()
    {
        var characters = RandomNumberGenerator.GetItems<char>(Alphabet, 8);
        return $"{new string(characters, 0, 4)}-{new string(characters, 4, 4)}";
    }

    /// <summary>
    /// A reference as someone reads it out or types it: any case, with or without the hyphen or spaces. Null when it
    /// cannot be one of ours, so a lookup finds nothing rather than failing.
    /// </summary>
    public static string? Normalise(string? typed)
    {
        var characters = (typed ?? "").Where(c => !char.IsWhiteSpace(c) && c != '-').Select(char.ToUpperInvariant).ToArray();
        return characters.Length == 8 && characters.All(c => Alphabet.Contains(c, StringComparison.Ordinal))
            ? $"{new string(characters, 0, 4)}-{new string(characters, 4, 4)}"
            : null;
    }
}
