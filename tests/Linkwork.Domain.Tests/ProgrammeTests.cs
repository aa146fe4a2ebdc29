using Linkwork.Domain.Common;
using Linkwork.Domain.Programmes;
using Xunit;

namespace Linkwork.Domain.Tests;

public sealed class ProgrammeTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    private static Programme Create(string name = "Rotherham Social Prescribing", string country = "gb", string locale = "en-GB", int deadline = 14) =>
        Programme.Create(Guid.CreateVersion7(), name, country, locale, RoleTitles.EnglandDefaults, deadline, CodingProfile.UkSnomedCt, Now);

    [Fact]
    public void A_programme_keeps_its_settings_and_normalises_the_country()
    {
        var programme = Create();

        Assert.Equal("GB", programme.Country);
        Assert.Equal("en-GB", programme.Locale);
        Assert.Equal(14, programme.ResponseDeadlineDays);
        Assert.Equal("Social prescribing link worker", programme.RoleTitles.LinkWorker);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(91)]
    [InlineData(-3)]
    public void The_response_deadline_must_be_between_1_and_90_days(int days)
    {
        var error = Assert.Throws<DomainRuleException>(() => Create(deadline: days));
        Assert.Contains("between 1 and 90 days", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(10, true)]
    [InlineData(11, false)]
    public void Contact_attempts_before_suggesting_unable_to_contact_are_between_1_and_10(int attempts, bool allowed)
    {
        var programme = Create();
        Assert.Equal(3, programme.ContactAttemptsBeforeUnableToContact);

        var error = Record.Exception(() => programme.SetContactAttempts(attempts));

        Assert.Equal(allowed, error is null);
        Assert.Equal(allowed ? attempts : 3, programme.ContactAttemptsBeforeUnableToContact);
    }

    [Theory]
    [InlineData("GBR")]
    [InlineData("1A")]
    [InlineData("")]
    public void The_country_must_be_an_ISO_code(string country) =>
        Assert.Throws<DomainRuleException>(() => Create(country: country));

    [Fact]
    public void An_unknown_locale_is_refused_with_the_value_in_the_message()
    {
        var error = Assert.Throws<DomainRuleException>(() => Create(locale: "xx-NOTREAL"));
        Assert.Contains("xx-NOTREAL", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_blank_name_is_refused() => Assert.Throws<DomainRuleException>(() => Create(name: "   "));

    [Fact]
    public void Role_titles_are_the_programmes_own()
    {
        var titles = new RoleTitles("Community connector", "Referrer", "Team lead", "Partner staff", "Participant", "Commissioner");
        var programme = Create();

        programme.RetitleRoles(titles);

        Assert.Equal("Community connector", programme.RoleTitles.For(Access.Role.LinkWorker));
        Assert.Equal("Participant", programme.RoleTitles.For(Access.Role.Person));
    }
}

public sealed class CodingProfileTests
{
    [Theory]
    [InlineData("GB", CodingProfile.UkSnomedCt)]
    [InlineData(" uk ", CodingProfile.UkSnomedCt)]
    [InlineData("US", CodingProfile.UsGravityIcd10)]
    public void A_new_programme_codes_the_way_its_country_does(string country, CodingProfile expected) =>
        Assert.Equal(expected, CodingProfiles.DefaultFor(country));

    [Fact]
    public void Profiles_parse_by_name_and_nothing_else()
    {
        Assert.Equal(CodingProfile.UsGravityIcd10, CodingProfiles.Parse("usgravityicd10"));
        Assert.Contains("UkSnomedCt", Assert.Throws<DomainRuleException>(() => CodingProfiles.Parse("snomed")).Message, StringComparison.Ordinal);
        Assert.Throws<DomainRuleException>(() => CodingProfiles.Parse("1"));
    }
}
