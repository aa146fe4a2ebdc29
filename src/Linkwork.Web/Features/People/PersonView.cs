using Linkwork.Domain.People;

namespace Linkwork.Web.Features.People;

/// <summary>A person's record as the API shows it: details, identifiers, household contacts and consent in force.</summary>
public sealed record PersonView(
    Guid Id,
    int Version,
    string GivenName,
    string FamilyName,
    string? PreferredName,
    DateOnly DateOfBirth,
    Sex Sex,
    string? Gender,
    string? EthnicityCode,
    int? DeprivationDecile,
    string? PreferredLanguage,
    bool InterpreterNeeded,
    string? NhsNumber,
    PersonView.ContactView Contact,
    IReadOnlyList<PersonView.IdentifierView> LocalIdentifiers,
    IReadOnlyList<PersonView.HouseholdContactView> HouseholdContacts,
    IReadOnlyList<PersonView.ConsentView> Consents,
    Guid? MergedIntoId,
    DateTimeOffset? MergedAt,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public sealed record ContactView(
        string? Phone, string? Mobile, string? Email, string? AddressLine1, string? AddressLine2, string? AddressLine3, string? Postcode,
        ContactMethod? PreferredMethod, string? Notes);

    public sealed record IdentifierView(Guid Id, string System, string Value);

    public sealed record HouseholdContactView(Guid Id, string Name, string Relationship, string? Phone, string? Email, bool IsCarer, bool MayBeContacted);

    public sealed record ConsentView(Guid Id, ConsentKind Kind, bool Given, Guid? RecordedBy, DateTimeOffset RecordedAt, string? Note);

    public static PersonView Of(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        var contact = person.Contact;
        var consents = person.Consents;
        return new PersonView(
            person.Id, person.Version, person.GivenName, person.FamilyName, person.PreferredName, person.DateOfBirth, person.Sex,
            person.Gender, person.EthnicityCode, person.DeprivationDecile, person.PreferredLanguage, person.InterpreterNeeded,
            person.NhsNumber?.Value,
            new ContactView(contact.Phone, contact.Mobile, contact.Email, contact.AddressLine1, contact.AddressLine2, contact.AddressLine3,
                contact.Postcode, person.Preferences.PreferredMethod, person.Preferences.Notes),
            person.LocalIdentifiers.OrderBy(i => i.System, StringComparer.Ordinal).Select(i => new IdentifierView(i.Id, i.System, i.Value)).ToList(),
            person.HouseholdContacts.OrderBy(c => c.AddedAt).Select(HouseholdContactOf).ToList(),
            Enum.GetValues<ConsentKind>().Select(consents.Current).OfType<ConsentDecision>().Select(ConsentOf).ToList(),
            person.MergedIntoId, person.MergedAt, person.CreatedAt, person.UpdatedAt);
    }

    public static HouseholdContactView HouseholdContactOf(HouseholdContact contact)
    {
        ArgumentNullException.ThrowIfNull(contact);
        return new(contact.Id, contact.Name, contact.Relationship, contact.Phone, contact.Email, contact.IsCarer, contact.MayBeContacted);
    }

    public static ConsentView ConsentOf(ConsentDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return new(decision.Id, decision.Kind, decision.Given, decision.RecordedBy, decision.RecordedAt, decision.Note);
    }
}
