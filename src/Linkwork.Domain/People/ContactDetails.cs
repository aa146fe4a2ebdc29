using Linkwork.Domain.Common;

namespace Linkwork.Domain.People;

/// <summary>How to reach a person: phones, email and postal address. Every part is optional.</summary>
public sealed record ContactDetails
{
    public const int PhoneMaxLength = 30;
    public const int AddressLineMaxLength = 100;

    public static ContactDetails None { get; } = new();

    public ContactDetails(
        string? phone = null, string? mobile = null, string? email = null,
        string? addressLine1 = null, string? addressLine2 = null, string? addressLine3 = null, string? postcode = null)
    {
        Phone = PhoneNumber(phone, "The phone number");
        Mobile = PhoneNumber(mobile, "The mobile number");
        Email = EmailAddress.Optional(email, "The email address");
        AddressLine1 = Text.Optional(addressLine1, "The first line of the address", AddressLineMaxLength);
        AddressLine2 = Text.Optional(addressLine2, "The second line of the address", AddressLineMaxLength);
        AddressLine3 = Text.Optional(addressLine3, "The third line of the address", AddressLineMaxLength);
        Postcode = Postcodes.Normalise(postcode);
    }

    public string? Phone { get; init; }
    public string? Mobile { get; init; }
    public string? Email { get; init; }
    public string? AddressLine1 { get; init; }
    public string? AddressLine2 { get; init; }
    public string? AddressLine3 { get; init; }
    public string? Postcode { get; init; }

    public bool HasPostalAddress => AddressLine1 is not null && Postcode is not null;

    /// <summary>These details with each part this record lacks taken from <paramref name="other"/>: what a merge keeps.</summary>
    public ContactDetails FilledFrom(ContactDetails other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var address = AddressLine1 is null && Postcode is null ? other : this;
        return this with
        {
            Phone = Phone ?? other.Phone,
            Mobile = Mobile ?? other.Mobile,
            Email = Email ?? other.Email,
            AddressLine1 = address.AddressLine1,
            AddressLine2 = address.AddressLine2,
            AddressLine3 = address.AddressLine3,
            Postcode = address.Postcode,
        };
    }

    /// <summary>Digits with the usual separators and an optional leading +: enough to catch a name typed in the wrong box.</summary>
    public static string? PhoneNumber(string? value, string what)
    {
        var trimmed = Text.Optional(value, what, PhoneMaxLength);
        if (trimmed is not null && (trimmed.Count(char.IsAsciiDigit) < 6 || trimmed.Any(c => !(char.IsAsciiDigit(c) || c is ' ' or '-' or '(' or ')' or '+'))))
        {
            throw new DomainRuleException($"{what} must be digits (spaces, brackets, dashes and a leading + allowed); '{trimmed}' is not.");
        }

        return trimmed;
    }
}
