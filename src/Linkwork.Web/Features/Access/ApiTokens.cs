using System.Security.Cryptography;
using System.Text;

namespace Linkwork.Web.Features.Access;

/// <summary>Bearer tokens for API clients: 256 random bits, shown once, stored only as a SHA-256 hash.</summary>
public static class ApiTokens
{
    private const string Prefix = "lwk_";

    public static string NewToken() => Prefix + Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public static bool LooksLikeToken(string candidate) =>
        candidate.StartsWith(Prefix, StringComparison.Ordinal) && candidate.Length is > 40 and < 80;

    private static string Base64UrlEncode(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
