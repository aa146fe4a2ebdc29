using Linkwork.Domain.Common;
using Linkwork.Domain.People;
using Xunit;

namespace Linkwork.Domain.Tests;

public sealed class ConsentTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    private static Person NewPerson() =>
        Person.Create(Guid.CreateVersion7(), Guid.CreateVersion7(), "Jean", "Smith", new DateOnly(1960, 1, 1), Sex.Female, Now);

    [Fact]
    public void No_decision_is_not_consent()
    {
        var person = NewPerson();
        Assert.False(person.Consents.IsGiven(ConsentKind.ShareWithReferredOrganisations));
        Assert.False(person.Consents.HasDecided(ConsentKind.ShareWithReferredOrganisations));
    }

    [Fact]
    public void Each_decision_is_appended_and_the_latest_of_its_kind_counts()
    {
        var person = NewPerson();
        var by = Guid.CreateVersion7();
        person.RecordConsent(Guid.CreateVersion7(), ConsentKind.ShareWithReferredOrganisations, true, by, "Agreed at the first call", Now);
        person.RecordConsent(Guid.CreateVersion7(), ConsentKind.Research, true, by, null, Now.AddMinutes(1));
        person.RecordConsent(Guid.CreateVersion7(), ConsentKind.ShareWithReferredOrganisations, false, by, null, Now.AddDays(1));

        Assert.False(person.Consents.IsGiven(ConsentKind.ShareWithReferredOrganisations));
        Assert.True(person.Consents.IsGiven(ConsentKind.Research));
        Assert.Equal(3, person.Consents.History.Count);
        var first = person.Consents.History[^1];
        Assert.True(first.Given);
        Assert.Equal("Agreed at the first call", first.Note);
        Assert.Equal(by, first.RecordedBy);
        Assert.Equal(Now, first.RecordedAt);
    }

    [Fact]
    public void Two_decisions_in_the_same_instant_are_ordered_as_they_were_made()
    {
        var person = NewPerson();
        person.RecordConsent(Guid.CreateVersion7(), ConsentKind.ContactBySms, false, null, null, Now);
        person.RecordConsent(Guid.CreateVersion7(), ConsentKind.ContactBySms, true, null, null, Now);
        Assert.True(person.Consents.IsGiven(ConsentKind.ContactBySms));
        person.RecordConsent(Guid.CreateVersion7(), ConsentKind.ContactBySms, false, null, null, Now);
        Assert.False(person.Consents.IsGiven(ConsentKind.ContactBySms));
    }

    [Fact]
    public void Every_decision_raises_the_version()
    {
        var person = NewPerson();
        Assert.Equal(1, person.Version);
        person.RecordConsent(Guid.CreateVersion7(), ConsentKind.Research, true, null, null, Now);
        Assert.Equal(2, person.Version);
    }

    [Fact]
    public void Unknown_kinds_and_overlong_notes_are_refused()
    {
        var person = NewPerson();
        Assert.Throws<DomainRuleException>(() => person.RecordConsent(Guid.CreateVersion7(), (ConsentKind)99, true, null, null, Now));
        Assert.Throws<DomainRuleException>(() => person.RecordConsent(Guid.CreateVersion7(), ConsentKind.Research, true, null, new string('x', ConsentDecision.NoteMaxLength + 1), Now));
        Assert.Empty(person.ConsentDecisions);
    }
}
