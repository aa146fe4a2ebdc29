using Linkwork.Domain.Common;

namespace Linkwork.Domain.Pathway;

/// <summary>
/// The identifier the requesting system gave its own referral (an EHR's order number: its ServiceRequest.identifier).
/// Kept on the episode or onward referral made from it, so a request sent again after a timeout finds the referral it
/// already made instead of making a second. It is the requester's, not ours: two organisations may use the same one,
/// so it is unique nowhere and only ever looked up among the records the requester may see.
/// </summary>
public sealed record RequesterIdentifier
{
    /// <summary>A URI: FHIR's Identifier.system, e.g. https://ehr.example.org/referrals or urn:oid:1.2.3.</summary>
    public const int SystemMaxLength = 500;

    public const int ValueMaxLength = 200;

    /// <param name="system">The namespace of the value: an absolute URI.</param>
    /// <param name="value">The identifier within that namespace, as the requester wrote it.</param>
    public RequesterIdentifier(string? system, string? value)
    {
        System = Text.Required(system, "The identifier's system", SystemMaxLength);
        // Uri alone takes "/orders" as a file path on Unix; an identifier's system names its scheme.
        if (System.IndexOf(':', StringComparison.Ordinal) <= 0 || !Uri.TryCreate(System, UriKind.Absolute, out _))
        {
            throw new DomainRuleException(
                $"The identifier's system must be an absolute URI such as https://ehr.example.org/referrals or urn:oid:1.2.3; '{WebAddress.Shorten(System)}' is not.");
        }

        Value = Text.Required(value, "The identifier's value", ValueMaxLength);
    }

    public string System { get; }

    public string Value { get; }

    /// <summary>The identifier a record keeps in its two columns, or null when it has none.</summary>
    internal static RequesterIdentifier? Stored(string? system, string? value) =>
        system is null || value is null ? null : new RequesterIdentifier(system, value);

    public override string ToString() => $"{System}|{Value}";
}
