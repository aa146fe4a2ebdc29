using Linkwork.Domain.People;
using Linkwork.Domain.Programmes;
using Linkwork.Web.Cli.Demo;
using Xunit;

namespace Linkwork.Web.Tests.People;

/// <summary>The demo's people come with the parts of a real record: contacts, language needs, household and consent.</summary>
public sealed class DemoPeopleTests
{
    private static readonly DateTimeOffset AsOf = new(2026, 11, 24, 0, 0, 0, TimeSpan.Zero);

    private static List<Person> People(int count = 2_000, int seed = 2026) =>
        [.. new DemoGenerator(new DemoSize(count, 10, seed), AsOf).PeopleChunks().SelectMany(c => c)];

    [Fact]
    public void Most_people_agree_to_sharing_and_a_few_changed_their_mind()
    {
        var people = People();
        var sharing = people.Count(p => p.Consents.IsGiven(ConsentKind.ShareWithReferredOrganisations)) / (double)people.Count;
        Assert.InRange(sharing, 0.82, 0.96);
        Assert.Contains(people, p => p.Consents.HasDecided(ConsentKind.ShareWithReferredOrganisations) && !p.Consents.IsGiven(ConsentKind.ShareWithReferredOrganisations));
        Assert.All(people.Where(p => p.Consents.IsGiven(ConsentKind.ContactBySms)), p => Assert.NotNull(p.Contact.Mobile));
        Assert.All(people.Where(p => p.Consents.IsGiven(ConsentKind.ContactByEmail)), p => Assert.NotNull(p.Contact.Email));
    }

    [Fact]
    public void Some_people_need_an_interpreter_and_some_have_a_carer()
    {
        var people = People();
        var interpreters = people.Where(p => p.InterpreterNeeded).ToList();
        Assert.NotEmpty(interpreters);
        Assert.All(interpreters, p => Assert.NotEqual("en", p.PreferredLanguage));
        Assert.InRange(people.Count(p => p.HouseholdContacts.Count > 0) / (double)people.Count, 0.25, 0.45);
        Assert.Contains(people, p => p.HouseholdContacts.Any(c => c.IsCarer));
        Assert.All(people, p => p.Preferences.CheckPossibleWith(p.Contact));
        Assert.All(people, p => Assert.NotNull(p.Contact.AddressLine1));
    }

    [Fact]
    public void The_same_seed_gives_the_same_records_parts_included()
    {
        static string Describe(Person p) => string.Join('|', p.Id, p.Contact, p.Preferences, p.PreferredLanguage, p.InterpreterNeeded,
            string.Join(',', p.HouseholdContacts.Select(c => $"{c.Id}:{c.Name}:{c.IsCarer}")),
            string.Join(',', p.ConsentDecisions.Select(d => $"{d.Id}:{d.Kind}:{d.Given}")));

        Assert.Equal(People(300).Select(Describe), People(300).Select(Describe));
        Assert.NotEqual(People(300).Select(Describe), People(300, seed: 7).Select(Describe));
    }

    [Fact]
    public void The_demo_records_ethnicity_in_the_default_code_list()
    {
        Assert.Equal(EthnicityCategories.England2021.Select(c => (c.Code, c.Display)), DemoCatalogue.Ethnicities.Select(e => (e.Code, e.Label)));
    }
}
