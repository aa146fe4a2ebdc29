using System.Globalization;
using System.Security.Cryptography;
using Linkwork.Web.Hosting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace Linkwork.Web.Features.Pathway.PublicReferrals;

/// <summary>Why a public form was turned away before anything was read from it.</summary>
public enum PublicFormRefusal
{
    /// <summary>The field hidden from people and assistive technology was filled in: only a script sees it.</summary>
    Honeypot,

    /// <summary>Sent sooner after the form was shown than a person could fill it in.</summary>
    TooFast,

    /// <summary>The form's timestamp is missing or was not issued by this site.</summary>
    ForgedToken,

    /// <summary>The form was shown longer ago than a form stays usable.</summary>
    ExpiredToken,
}

/// <summary>
/// Keeps scripts off the public form without a CAPTCHA. The form carries when it was shown, sealed with data
/// protection so it cannot be made up or moved back; a submission is refused when that seal is broken, when it comes
/// too soon or too late, or when the hidden honeypot field has a value. Refusals are logged with the reason only.
/// </summary>
public sealed class PublicFormGuard(IDataProtectionProvider protection, TimeProvider clock, IOptions<LinkworkSettings> settings, ILogger<PublicFormGuard> logger)
{
    /// <summary>Sealed tokens of another purpose (an antiforgery token, a cookie) do not open with this one.</summary>
    public const string Purpose = "Linkwork.PublicReferrals.FormShownAt.v1";

    private readonly IDataProtector _protector = protection.CreateProtector(Purpose);

    public string IssueToken() =>
        _protector.Protect(clock.GetUtcNow().ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture));

    /// <summary>Null when the submission may be read; otherwise why it is refused.</summary>
    public PublicFormRefusal? Check(string? token, string? honeypot)
    {
        var refusal = Judge(token, honeypot);
        if (refusal is { } reason)
        {
            PublicReferralLog.Refused(logger, reason);
        }

        return refusal;
    }

    private PublicFormRefusal? Judge(string? token, string? honeypot)
    {
        if (!string.IsNullOrEmpty(honeypot))
        {
            return PublicFormRefusal.Honeypot;
        }

        if (ShownAt(token) is not { } shownAt)
        {
            return PublicFormRefusal.ForgedToken;
        }

        var options = settings.Value.SelfReferral;
        var age = clock.GetUtcNow() - shownAt;
        if (age < TimeSpan.FromSeconds(options.MinimumSecondsToFill))
        {
            return PublicFormRefusal.TooFast;
        }

        return age > TimeSpan.FromMinutes(options.FormLifetimeMinutes) ? PublicFormRefusal.ExpiredToken : null;
    }

    private DateTimeOffset? ShownAt(string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }

        try
        {
            return long.TryParse(_protector.Unprotect(token), NumberStyles.None, CultureInfo.InvariantCulture, out var milliseconds)
                ? DateTimeOffset.FromUnixTimeMilliseconds(milliseconds)
                : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
