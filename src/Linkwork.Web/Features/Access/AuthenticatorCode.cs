namespace Linkwork.Web.Features.Access;

/// <summary>What people type from an authenticator app: "123 456" and "123-456" are both 123456.</summary>
public static class AuthenticatorCode
{
    public static string Normalise(string? typed) =>
        new((typed ?? "").Where(char.IsAsciiDigit).ToArray());
}
