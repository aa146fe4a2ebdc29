using Linkwork.Domain.Common;
using Linkwork.Domain.People;
using Linkwork.Domain.Programmes;
using Xunit;

namespace Linkwork.Domain.Tests;

public sealed class PersonRecordTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid Programme = Guid.CreateVersion7();

    private static PersonDetails Details(string given = "Jean", string family = "Smith", ContactDetails? contact = null, ContactPreferences? preferences = null) =>
        new(given, family, new DateOnly(1960, 1, 1), Sex.Female, Contact: contact, Preferences: preferences);

    private static Person Register(PersonDetails? details = null, NhsNumber? nhs = null, Guid? programme = null) =>
        Person.Register(Guid.CreateVersion7(), programme ?? Programme, details ?? Details(), nhs, EthnicityCategories.England2021, null, Now);

    [Fact]
    public void A_new_record_is_version_one_and_each_change_adds_one()
    {
        var person = Person.Register(Guid.CreateVersion7(), Programme, Details(), null, null, null, Now,
            [(Guid.CreateVersion7(), "GP", "123"), (Guid.CreateVersion7(), "Hospital", "H9")]);
        Assert.Equal(1, person.Version);
        person.Revise(Details(given: "Jeannie"), null, null, null, Now);
        Assert.Equal(2, person.Version);
        var contact = person.AddContact(Guid.CreateVersion7(), new HouseholdContactDetails("Ann Smith", "sister", "07700 900001", null, false, true), Now);
        person.RemoveContact(contact.Id, Now);
        Assert.Equal(4, person.Version);
    }

    [Fact]
    public void A_preference_nobody_could_act_on_is_refused()
    {
        Assert.Throws<DomainRuleException>(() => Register(Details(preferences: new ContactPreferences(ContactMethod.Sms))));
        Assert.Throws<DomainRuleException>(() => Register(Details(contact: new ContactDetails(phone: "01709 123456"), preferences: new ContactPreferences(ContactMethod.Sms))));
        Assert.Throws<DomainRuleException>(() => Register(Details(preferences: new ContactPreferences(ContactMethod.Email))));
        Assert.Throws<DomainRuleException>(() => Register(Details(contact: new ContactDetails(postcode: "S65 1AB"), preferences: new ContactPreferences(ContactMethod.Letter))));
        Assert.Equal(ContactMethod.Phone, Register(Details(contact: new ContactDetails(mobile: "07700 900123"), preferences: new ContactPreferences(ContactMethod.Phone))).Preferences.PreferredMethod);
        Assert.Equal(ContactMethod.Letter, Register(Details(contact: new ContactDetails(addressLine1: "1 High Street", postcode: "S65 1AB"), preferences: new ContactPreferences(ContactMethod.Letter))).Preferences.PreferredMethod);
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("0114 ABC 0000")]
    public void Phone_numbers_must_be_digits(string phone) =>
        Assert.Throws<DomainRuleException>(() => new ContactDetails(phone: phone));

    [Fact]
    public void Ethnicity_comes_from_the_programmes_list_and_languages_are_codes()
    {
        Assert.Equal("A4", Register(Details() with { EthnicityCode = "a4" }).EthnicityCode);
        Assert.Throws<DomainRuleException>(() => Register(Details() with { EthnicityCode = "Z9" }));
        var custom = EthnicityCategories.Checked([new CodedConcept("Z9", "Somewhere else's group")]);
        Assert.Equal("Z9", Person.Register(Guid.CreateVersion7(), Programme, Details() with { EthnicityCode = "Z9" }, null, custom, null, Now).EthnicityCode);
        Assert.Throws<DomainRuleException>(() => Register(Details() with { PreferredLanguage = "english!" }));
        Assert.Equal("ur", Register(Details() with { PreferredLanguage = "ur" }).PreferredLanguage);
    }

    [Fact]
    public void A_programmes_code_list_needs_codes_each_once()
    {
        Assert.Throws<DomainRuleException>(() => EthnicityCategories.Checked([]));
        Assert.Throws<DomainRuleException>(() => EthnicityCategories.Checked([new("A1", "One"), new("a1", "Two")]));
        Assert.Equal(19, EthnicityCategories.England2021.Count);
    }

    [Fact]
    public void The_decile_follows_the_postcode()
    {
        var person = Person.Register(Guid.CreateVersion7(), Programme, Details(contact: new ContactDetails(postcode: "S65 1AB")), null, null, 2, Now);
        Assert.Equal(2, person.DeprivationDecile);
        person.Revise(Details(given: "Jo", contact: new ContactDetails(postcode: "s651ab")), null, null, null, Now);
        Assert.Equal(2, person.DeprivationDecile);
        person.Revise(Details(contact: new ContactDetails(postcode: "S1 1AA")), null, null, null, Now);
        Assert.Null(person.DeprivationDecile);
        person.Revise(Details(contact: new ContactDetails(postcode: "S60 2AA")), null, null, 7, Now);
        Assert.Equal(7, person.DeprivationDecile);
    }

    [Fact]
    public void A_person_has_one_record_number_per_system()
    {
        var person = Register();
        person.AddIdentifier(Guid.CreateVersion7(), "Rotherham GP", "A1", Now);
        Assert.Throws<DomainRuleException>(() => person.AddIdentifier(Guid.CreateVersion7(), "rotherham gp", "B2", Now));
        Assert.Equal(Programme, person.LocalIdentifiers[0].ProgrammeId);
    }

    [Fact]
    public void A_contact_who_may_be_contacted_needs_a_way_to_reach_them()
    {
        var person = Register();
        Assert.Throws<DomainRuleException>(() => person.AddContact(Guid.CreateVersion7(), new HouseholdContactDetails("Ann", "sister", null, null, false, true), Now));
        var contact = person.AddContact(Guid.CreateVersion7(), new HouseholdContactDetails("Ann", "sister", null, null, true, false), Now);
        Assert.True(contact.IsCarer);
        Assert.False(contact.MayBeContacted);
    }

    [Fact]
    public void Merging_moves_what_the_survivor_lacks_and_keeps_both_records()
    {
        var nhs = NhsNumber.Parse("943 476 5919");
        var survivor = Register(Details(contact: new ContactDetails(mobile: "07700 900001")));
        survivor.AddIdentifier(Guid.CreateVersion7(), "Rotherham GP", "A1", Now);
        survivor.RecordConsent(Guid.CreateVersion7(), ConsentKind.ShareWithReferredOrganisations, false, null, null, Now);
        var duplicate = Register(Details(given: "Jeanie", contact: new ContactDetails(mobile: "07700 900002", email: "jean@example.org")), nhs);
        duplicate.AddIdentifier(Guid.CreateVersion7(), "Rotherham GP", "A2", Now);
        duplicate.AddIdentifier(Guid.CreateVersion7(), "Hospital", "H1", Now);
        duplicate.AddContact(Guid.CreateVersion7(), new HouseholdContactDetails("Ann Smith", "sister", "07700 900003", null, true, true), Now);
        duplicate.RecordConsent(Guid.CreateVersion7(), ConsentKind.ShareWithReferredOrganisations, true, null, null, Now);
        duplicate.RecordConsent(Guid.CreateVersion7(), ConsentKind.Research, true, null, null, Now);
        var (survivorVersion, duplicateVersion) = (survivor.Version, duplicate.Version);
        var by = Guid.CreateVersion7();

        var summary = duplicate.MergeInto(survivor, by, Now.AddHours(1));

        Assert.Equal(new MergeSummary(true, 1, 1, 1), summary);
        Assert.Equal(survivor.Id, duplicate.MergedIntoId);
        Assert.Equal(by, duplicate.MergedBy);
        Assert.Equal(nhs, survivor.NhsNumber);
        Assert.Null(duplicate.NhsNumber);
        Assert.Equal(["A1", "H1"], survivor.LocalIdentifiers.Select(i => i.Value).Order());
        Assert.Equal("A2", Assert.Single(duplicate.LocalIdentifiers).Value);
        Assert.Single(survivor.HouseholdContacts);
        Assert.All(survivor.HouseholdContacts, c => Assert.Equal(survivor.Id, c.PersonId));
        Assert.False(survivor.Consents.IsGiven(ConsentKind.ShareWithReferredOrganisations));
        Assert.True(survivor.Consents.IsGiven(ConsentKind.Research));
        Assert.Equal("07700 900001", survivor.Contact.Mobile);
        Assert.Equal("jean@example.org", survivor.Contact.Email);
        Assert.Equal(survivorVersion + 1, survivor.Version);
        Assert.Equal(duplicateVersion + 1, duplicate.Version);
    }

    [Fact]
    public void A_merged_record_no_longer_changes_and_cannot_be_merged_again()
    {
        var survivor = Register();
        var duplicate = Register();
        duplicate.MergeInto(survivor, null, Now);

        Assert.Throws<DomainRuleException>(() => duplicate.Revise(Details(), null, null, null, Now));
        Assert.Throws<DomainRuleException>(() => duplicate.RecordConsent(Guid.CreateVersion7(), ConsentKind.Research, true, null, null, Now));
        Assert.Throws<DomainRuleException>(() => duplicate.MergeInto(Register(), null, Now));
        Assert.Throws<DomainRuleException>(() => Register().MergeInto(duplicate, null, Now));
    }

    [Fact]
    public void Merging_is_refused_into_itself_across_programmes_and_between_different_NHS_numbers()
    {
        var person = Register();
        Assert.Throws<DomainRuleException>(() => person.MergeInto(person, null, Now));
        Assert.Throws<DomainRuleException>(() => person.MergeInto(Register(programme: Guid.CreateVersion7()), null, Now));
        var one = Register(nhs: NhsNumber.Parse("9434765919"));
        var other = Register(nhs: NhsNumber.Parse("4010232137"));
        Assert.Throws<DomainRuleException>(() => one.MergeInto(other, null, Now));
        Assert.Null(one.MergedIntoId);
    }
}
