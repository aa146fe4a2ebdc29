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
}
