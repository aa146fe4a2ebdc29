using System.Security.Cryptography;
using System.Text;

namespace Linkwork.Web.Features.Measures.Questionnaires;

/// <summary>
/// The secret in a person's questionnaire link: 256 random bits, URL-safe. Only its SHA-256 is stored, so the link is
/// the only key; a long random token needs no slow hash to resist guessing.
/// </summary>
public static class QuestionnaireLinkTokens
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(14);

    public static string New() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>Whether the text could be a token at all: checked before any query, so junk never reaches the database.</summary>
    public static bool LooksLikeOne(string? token) =>
        token is { Length: 43 } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
