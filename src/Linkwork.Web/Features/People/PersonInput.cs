using Linkwork.Domain.Common;
using Linkwork.Domain.Directory;
using Linkwork.Domain.People;
using Linkwork.Domain.Programmes;
using Linkwork.Web.Hosting;

namespace Linkwork.Web.Features.People;

/// <summary>
/// What a page or the API sends about a person, flat so a form binds it. <see cref="ToDetails"/> runs each field
/// through the domain's rules and names the field that breaks one.
/// </summary>
public record PersonInput
{
    public string? GivenName { get; set; }
    public string? FamilyName { get; set; }
    public string? PreferredName { get; set; }
    public DateOnly? DateOfBirth { get; set; }
    public Sex? Sex { get; set; }
    public string? Gender { get; set; }
    public string? EthnicityCode { get; set; }
    public string? PreferredLanguage { get; set; }
    public bool InterpreterNeeded { get; set; }
    public string? NhsNumber { get; set; }
    public string? Phone { get; set; }
    public string? Mobile { get; set; }
    public string? Email { get; set; }
    public string? AddressLine1 { get; set; }
    public string? AddressLine2 { get; set; }
    public string? AddressLine3 { get; set; }
    public string? Postcode { get; set; }
    public ContactMethod? PreferredContactMethod { get; set; }
    public string? ContactNotes { get; set; }

    /// <summary>The checked details and NHS number; every field that breaks a rule is noted in <paramref name="errors"/> under its JSON name.</summary>
    public (PersonDetails Details, NhsNumber? NhsNumber) ToDetails(FieldErrors errors, IReadOnlyList<CodedConcept> ethnicityCodes, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var given = errors.Check("givenName", () => Text.Required(GivenName, "The given name", Person.NameMaxLength));
        var family = errors.Check("familyName", () => Text.Required(FamilyName, "The family name", Person.NameMaxLength));
        errors.Check("preferredName", () => Text.Optional(PreferredName, "The preferred name", Person.NameMaxLength));
        var born = errors.Check("dateOfBirth", () => Person.CheckDateOfBirth(DateOfBirth ?? throw new DomainRuleException("The date of birth is required."), now));
        var sex = errors.Check("sex", () => Sex is { } value && !Enum.IsDefined(value) ? throw new DomainRuleException($"'{value}' is not a recorded sex.") : Sex ?? Domain.People.Sex.Unknown);
        errors.Check("gender", () => Text.Optional(Gender, "The gender", Person.GenderMaxLength));
        var ethnicity = errors.Check("ethnicityCode", () => EthnicityCategories.Check(ethnicityCodes, EthnicityCode));
        errors.Check("preferredLanguage", () =>
        {
            LanguageCodes.Check(Text.Optional(PreferredLanguage, "The preferred language", Person.LanguageMaxLength));
            return true;
        });
        var nhsNumber = errors.Check("nhsNumber", () => string.IsNullOrWhiteSpace(NhsNumber) ? (NhsNumber?)null : Domain.People.NhsNumber.Parse(NhsNumber));
        errors.Check("phone", () => ContactDetails.PhoneNumber(Phone, "The phone number"));
        errors.Check("mobile", () => ContactDetails.PhoneNumber(Mobile, "The mobile number"));
        errors.Check("email", () => EmailAddress.Optional(Email, "The email address"));
        errors.Check("addressLine1", () => Text.Optional(AddressLine1, "The first line of the address", ContactDetails.AddressLineMaxLength));
        errors.Check("addressLine2", () => Text.Optional(AddressLine2, "The second line of the address", ContactDetails.AddressLineMaxLength));
        errors.Check("addressLine3", () => Text.Optional(AddressLine3, "The third line of the address", ContactDetails.AddressLineMaxLength));
        errors.Check("postcode", () => Postcodes.Normalise(Postcode));
        errors.Check("contactNotes", () => Text.Optional(ContactNotes, "The contact notes", ContactPreferences.NotesMaxLength));
        errors.ThrowIfAny();

        var contact = new ContactDetails(Phone, Mobile, Email, AddressLine1, AddressLine2, AddressLine3, Postcode);
        var preferences = errors.Check("preferredContactMethod", () =>
        {
            var wanted = new ContactPreferences(PreferredContactMethod, ContactNotes);
            wanted.CheckPossibleWith(contact);
            return wanted;
        });
        errors.ThrowIfAny();

        return (new PersonDetails(given, family, born, sex, PreferredName, Gender, ethnicity, PreferredLanguage, InterpreterNeeded, contact, preferences), nhsNumber);
    }

    public static T From<T>(Person person)
        where T : PersonInput, new()
    {
        ArgumentNullException.ThrowIfNull(person);
        return new T
        {
            GivenName = person.GivenName,
            FamilyName = person.FamilyName,
            PreferredName = person.PreferredName,
            DateOfBirth = person.DateOfBirth,
            Sex = person.Sex,
            Gender = person.Gender,
            EthnicityCode = person.EthnicityCode,
            PreferredLanguage = person.PreferredLanguage,
            InterpreterNeeded = person.InterpreterNeeded,
            NhsNumber = person.NhsNumber?.Value,
            Phone = person.Contact.Phone,
            Mobile = person.Contact.Mobile,
            Email = person.Contact.Email,
            AddressLine1 = person.Contact.AddressLine1,
            AddressLine2 = person.Contact.AddressLine2,
            AddressLine3 = person.Contact.AddressLine3,
            Postcode = person.Contact.Postcode,
            PreferredContactMethod = person.Preferences.PreferredMethod,
            ContactNotes = person.Preferences.Notes,
        };
    }
}

/// <summary>A new person: their details, the record numbers other systems gave them, and whether the caller has checked the possible duplicates.</summary>
public sealed record NewPersonInput : PersonInput
{
    public IReadOnlyList<IdentifierInput>? LocalIdentifiers { get; set; }

    /// <summary>The caller has looked at the possible duplicates and this is someone else.</summary>
    public bool ConfirmNotDuplicate { get; set; }
}

public sealed record IdentifierInput(string? System, string? Value);
