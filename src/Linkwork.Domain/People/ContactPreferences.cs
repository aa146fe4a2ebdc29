using Linkwork.Domain.Common;

namespace Linkwork.Domain.People;

/// <summary>How the person would like to be contacted and anything to know first ("mornings only", "ring twice").</summary>
public sealed record ContactPreferences
{
    public const int NotesMaxLength = 500;

    public static ContactPreferences None { get; } = new();

    public ContactPreferences(ContactMethod? preferredMethod = null, string? notes = null)
    {
        if (preferredMethod is { } method && !Enum.IsDefined(method))
        {
            throw new DomainRuleException($"'{method}' is not a way of contacting someone: phone, SMS, email or letter.");
        }

        PreferredMethod = preferredMethod;
        Notes = Text.Optional(notes, "The contact notes", NotesMaxLength);
    }

    public ContactMethod? PreferredMethod { get; init; }
    public string? Notes { get; init; }

    /// <summary>A preference nobody could act on is refused: a text needs a mobile, an email an address, a letter a postal address.</summary>
    public void CheckPossibleWith(ContactDetails contact)
    {
        ArgumentNullException.ThrowIfNull(contact);
        var missing = PreferredMethod switch
        {
            ContactMethod.Phone when contact.Phone is null && contact.Mobile is null => "a phone or mobile number",
            ContactMethod.Sms when contact.Mobile is null => "a mobile number",
            ContactMethod.Email when contact.Email is null => "an email address",
            ContactMethod.Letter when !contact.HasPostalAddress => "the first line of the address and a postcode",
            _ => null,
        };
        if (missing is not null)
        {
            throw new DomainRuleException($"Contact by {Describe(PreferredMethod!.Value)} needs {missing}.");
        }
    }

    public static string Describe(ContactMethod method) => method switch
    {
        ContactMethod.Sms => "SMS",
        _ => method.ToString().ToLowerInvariant(),
    };
}
