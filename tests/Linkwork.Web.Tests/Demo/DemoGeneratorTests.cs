using System.Text.Json;
using System.Globalization;
using System.Text.RegularExpressions;
using Linkwork.Domain.Access;
using Linkwork.Domain.Directory;
using Linkwork.Domain.People;
using Linkwork.Domain.Programmes;
using Linkwork.Web.Cli.Demo;
using Xunit;

namespace Linkwork.Web.Tests.Demo;

public sealed partial class DemoGeneratorTests
{
    private static readonly DateTimeOffset AsOf = new(2026, 11, 24, 9, 30, 0, TimeSpan.Zero);

    private static DemoGenerator Generator(int people = 1_000, int services = 2_500, int seed = 2026) =>
        new(new DemoSize(people, services, seed), AsOf);

    [Fact]
    public void The_same_size_seed_and_moment_give_identical_programmes()
    {
        var first = Generator();
        var second = Generator();

        Assert.Equal(first.Programme.Id, second.Programme.Id);
        Assert.Equal(first.ProgrammeTeam.Id, second.ProgrammeTeam.Id);
        Assert.Equal(first.ReferrerOrganisations.Select(o => o.Id), second.ReferrerOrganisations.Select(o => o.Id));
        Assert.Equal(Describe(first.DemoProvider), Describe(second.DemoProvider));
        Assert.Equal(DirectoryLines(first), DirectoryLines(second));
        Assert.Equal(PeopleLines(first), PeopleLines(second));
    }

    [Fact]
    public void Enumerating_twice_gives_the_same_records()
    {
        var generator = Generator();

        Assert.Equal(DirectoryLines(generator), DirectoryLines(generator));
        Assert.Equal(PeopleLines(generator), PeopleLines(generator));
    }

    [Fact]
    public void Chunk_size_changes_only_how_records_are_grouped()
    {
        var generator = Generator();

        Assert.Equal(DirectoryLines(generator, 100), DirectoryLines(generator, 10_000));
        Assert.Equal(PeopleLines(generator, 7), PeopleLines(generator, 10_000));
    }

    [Fact]
    public void A_different_seed_gives_a_different_programme()
    {
        var first = Generator(seed: 1);
        var second = Generator(seed: 2);

        Assert.NotEqual(first.Programme.Id, second.Programme.Id);
        var firstServices = Services(first).Select(s => s.Id).ToHashSet();
        Assert.DoesNotContain(Services(second), s => firstServices.Contains(s.Id));
        Assert.NotEqual(
            Services(first).Select(s => s.Name + s.Details.Description),
            Services(second).Select(s => s.Name + s.Details.Description));
        Assert.NotEqual(People(first).Select(p => p.GivenName + p.FamilyName), People(second).Select(p => p.GivenName + p.FamilyName));
    }

    [Fact]
    public void The_directory_holds_exactly_the_requested_services_in_whole_organisation_chunks()
    {
        var chunks = Generator(services: 2_500).DirectoryChunks(300).ToList();

        Assert.Equal(2_500, chunks.Sum(c => c.Services.Count));
        Assert.All(chunks.SkipLast(1), c => Assert.InRange(c.Services.Count, 300, 300 + DemoDirectoryBuilder.MaxServicesPerOrganisation - 1));
        Assert.InRange(chunks[^1].Services.Count, 1, 300 + DemoDirectoryBuilder.MaxServicesPerOrganisation - 1);
        Assert.Equal(7, Generator(services: 7).DirectoryChunks().Sum(c => c.Services.Count));
        Assert.Equal(1, Generator(services: 1).DirectoryChunks().Sum(c => c.Services.Count));
    }

    [Fact]
    public void People_chunks_hold_exactly_the_requested_people()
    {
        var chunks = Generator(people: 1_000).PeopleChunks(300).ToList();

        Assert.Equal([300, 300, 300, 100], chunks.Select(c => c.Count));
        Assert.Empty(Generator(people: 0).PeopleChunks());
    }

    [Fact]
    public void Every_location_lies_inside_Rotherhams_bounding_box()
    {
        var locations = Generator().DirectoryChunks().SelectMany(c => c.Locations).ToList();

        Assert.NotEmpty(locations);
        Assert.All(locations, l =>
        {
            Assert.InRange(l.Latitude!.Value, 53.30, 53.53);
            Assert.InRange(l.Longitude!.Value, -1.47, -1.12);
        });
    }

    [Fact]
    public void Services_run_at_their_own_organisations_locations_within_the_same_chunk()
    {
        foreach (var chunk in Generator().DirectoryChunks(200))
        {
            var organisations = chunk.Organisations.Select(o => o.Id).ToHashSet();
            var locationOwners = chunk.Locations.ToDictionary(l => l.Id, l => l.OrganisationId);
            Assert.All(chunk.Locations, l => Assert.Contains(l.OrganisationId!.Value, organisations));
            Assert.All(chunk.Services, s =>
            {
                Assert.Contains(s.OrganisationId, organisations);
                Assert.InRange(s.Details.Locations.Count, 1, 2);
                Assert.All(s.Details.Locations, at => Assert.Equal(s.OrganisationId, locationOwners[at.LocationId]));
            });

            var usedLocations = chunk.Services.SelectMany(s => s.Details.Locations).Select(at => at.LocationId).ToHashSet();
            Assert.All(chunk.Locations, l => Assert.Contains(l.Id, usedLocations));
            Assert.All(chunk.Organisations, o =>
            {
                Assert.InRange(chunk.Locations.Count(l => l.OrganisationId == o.Id), 1, 3);
                Assert.InRange(chunk.Services.Count(s => s.OrganisationId == o.Id), 1, 12);
                Assert.Equal(OrganisationKind.Provider, o.Kind);
            });
        }
    }

    [Fact]
    public void Most_organisations_are_small()
    {
        var services = Services(Generator(services: 5_000));
        var perOrganisation = services.GroupBy(s => s.OrganisationId).Select(g => g.Count()).ToList();

        Assert.InRange(perOrganisation.Count(n => n <= 3) / (double)perOrganisation.Count, 0.55, 0.85);
        Assert.Contains(perOrganisation, n => n >= 8);
    }

    [Fact]
    public void Every_need_category_is_represented_at_a_thousand_services()
    {
        var needs = Services(Generator(services: 1_000)).Select(s => s.Details.Need!.Value).ToHashSet();

        Assert.Equal(Enum.GetValues<NeedCategory>().ToHashSet(), needs);
    }

    [Fact]
    public void About_eighty_five_percent_of_services_accept_referrals()
    {
        var services = Services(Generator(services: 2_500));

        Assert.InRange(services.Count(s => s.AcceptsReferrals) / (double)services.Count, 0.80, 0.90);
    }

    [Fact]
    public void Most_services_are_free_in_English_and_the_rest_say_what_they_cost()
    {
        var services = Services(Generator(services: 2_500));

        Assert.InRange(services.Count(s => ServiceDetailsRules.IsFree(s.Details)) / (double)services.Count, 0.70, 0.95);
        Assert.All(services, s => Assert.Contains("en", s.Details.Languages.Select(l => l.Code)));
        Assert.InRange(services.Count(s => s.Details.Languages.Count > 1) / (double)services.Count, 0.03, 0.25);
        Assert.All(services, s => Assert.NotEmpty(s.Details.Schedules.SelectMany(schedule => schedule.WeeklyOpenings())));
    }

    [Fact]
    public void Nhs_numbers_are_valid_unique_and_from_the_test_range()
    {
        var numbers = People(Generator(people: 5_000)).Select(p => p.NhsNumber?.Value).ToList();

        Assert.All(numbers, n =>
        {
            Assert.NotNull(n);
            Assert.StartsWith("999", n, StringComparison.Ordinal);
            Assert.True(NhsNumber.TryParse(n, out _), n + " fails the modulus 11 check");
        });
        Assert.Equal(numbers.Count, numbers.Distinct().Count());
    }

    [Fact]
    public void Nhs_numbers_never_repeat_across_the_whole_test_range()
    {
        var numbers = new DemoNhsNumbers(new Random(7));
        var seen = new HashSet<string>();
        while (numbers.Next() is { } number)
        {
            Assert.True(seen.Add(number.Value), number.Value + " was handed out twice");
        }

        // Exactly the prefixes 999 000 000–999 999 999 that have a check digit: about ten in eleven.
        var expected = 0;
        for (var prefix = 0; prefix < 1_000_000; prefix++)
        {
            if (NhsNumber.CheckDigitFor(("999" + prefix.ToString("D6", CultureInfo.InvariantCulture)).AsSpan()) is not null)
            {
                expected++;
            }
        }

        Assert.Equal(expected, seen.Count);
    }

    [Fact]
    public void Age_and_sex_look_like_a_social_prescribing_caseload()
    {
        var people = People(Generator(people: 2_000));
        var today = DateOnly.FromDateTime(AsOf.UtcDateTime);
        var ages = people.Select(p => p.AgeOn(today)).Order().ToList();

        Assert.InRange(people.Count(p => p.Sex == Sex.Female) / (double)people.Count, 0.45, 0.70);
        Assert.InRange(ages[ages.Count / 2], 45, 70);
        Assert.True(ages[0] >= 18, "someone is under 18");
        Assert.True(ages[^1] <= 95, "someone is over 95");
        Assert.Contains(ages, a => a < 30);
        Assert.Contains(ages, a => a >= 85);
        Assert.All(people, p => Assert.Equal(AsOf, p.CreatedAt));
    }

    [Fact]
    public void Ethnicity_follows_Rotherhams_census_profile()
    {
        var people = People(Generator(people: 5_000));
        var known = DemoCatalogue.Ethnicities.Select(e => e.Code).ToHashSet();

        Assert.All(people, p => Assert.Contains(p.EthnicityCode!, known));
        Assert.InRange(people.Count(p => p.EthnicityCode == "D1") / (double)people.Count, 0.84, 0.92);
        Assert.InRange(people.Count(p => p.EthnicityCode == "A4") / (double)people.Count, 0.015, 0.06);
        Assert.True(people.Select(p => p.EthnicityCode).Distinct().Count() >= 12, "too few ethnic groups appear");
    }

    [Fact]
    public void Deprivation_is_skewed_towards_the_most_deprived_deciles()
    {
        var deciles = People(Generator(people: 2_000)).Select(p => p.DeprivationDecile!.Value).ToList();

        Assert.All(deciles, d => Assert.InRange(d, 1, 10));
        Assert.True(deciles.Count(d => d <= 3) > 2 * deciles.Count(d => d >= 8), "the most deprived deciles should dominate");
        Assert.Contains(deciles, d => d >= 8);
    }

    [Fact]
    public void Postcodes_are_in_the_boroughs_districts()
    {
        var generator = Generator();
        var postcodes = People(generator).Select(p => p.Postcode!)
            .Concat(generator.DirectoryChunks().SelectMany(c => c.Locations).Select(l => l.Details.Addresses[0].PostalCode));

        Assert.All(postcodes, p => Assert.Matches(RotherhamPostcode(), p));
    }

    [Fact]
    public void The_demo_provider_is_the_first_organisation_of_the_first_chunk()
    {
        var generator = Generator();
        var first = generator.DirectoryChunks().First();

        Assert.Equal(Describe(generator.DemoProvider), Describe(first.Organisations[0]));
        Assert.Equal(OrganisationKind.Provider, generator.DemoProvider.Kind);
        var its = first.Services.Where(s => s.OrganisationId == generator.DemoProvider.Id).ToList();
        Assert.True(its.Count >= DemoDirectoryBuilder.FirstOrganisationMinServices, "the demo provider has too few services to show");
        Assert.All(its, s => Assert.True(s.AcceptsReferrals));
    }

    [Fact]
    public void Organisation_names_stay_unique_when_the_templates_run_out()
    {
        var names = Generator(services: 20_000).DirectoryChunks().SelectMany(c => c.Organisations).Select(o => o.Name).ToList();

        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        Assert.Contains(names, n => n.StartsWith("Maltby ", StringComparison.Ordinal));
        Assert.Contains(names, n => n.Contains("(branch 2)", StringComparison.Ordinal));
    }

    [Fact]
    public void The_programme_and_its_fixed_organisations_are_set_up_for_England()
    {
        var generator = Generator();

        Assert.Equal("Rotherham Social Prescribing (demo)", generator.Programme.Name);
        Assert.Equal("GB", generator.Programme.Country);
        Assert.Equal("en-GB", generator.Programme.Locale);
        Assert.Equal(RoleTitles.EnglandDefaults, generator.Programme.RoleTitles);
        Assert.Equal(14, generator.Programme.ResponseDeadlineDays);
        Assert.Equal(CodingProfile.UkSnomedCt, generator.Programme.CodingProfile);
        Assert.Equal(OrganisationKind.Programme, generator.ProgrammeTeam.Kind);
        Assert.InRange(generator.ReferrerOrganisations.Count, 3, 12);
        Assert.All(generator.ReferrerOrganisations, o => Assert.Equal(OrganisationKind.Referrer, o.Kind));
        Assert.All(
            generator.ReferrerOrganisations.Append(generator.ProgrammeTeam).Concat(generator.DirectoryChunks().SelectMany(c => c.Organisations)),
            o => Assert.Equal(generator.Programme.Id, o.ProgrammeId));
        Assert.All(People(generator), p => Assert.Equal(generator.Programme.Id, p.ProgrammeId));
    }

    [Fact]
    public void A_demo_needs_at_least_one_service()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Generator(services: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Generator(people: -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Generator().DirectoryChunks(0));
    }

    [GeneratedRegex("^S(25|26|6[0-6]|81) [0-9][ABDEFGHJLNPQRSTUWXYZ]{2}$")]
    private static partial Regex RotherhamPostcode();

    private static List<Service> Services(DemoGenerator generator) =>
        [.. generator.DirectoryChunks().SelectMany(c => c.Services)];

    private static List<Person> People(DemoGenerator generator) =>
        [.. generator.PeopleChunks().SelectMany(c => c)];

    /// <summary>Every directory record as text, organisations then locations then services, in the order made.</summary>
    private static List<string> DirectoryLines(DemoGenerator generator, int servicesPerChunk = 10_000)
    {
        var organisations = new List<string>();
        var locations = new List<string>();
        var services = new List<string>();
        foreach (var chunk in generator.DirectoryChunks(servicesPerChunk))
        {
            organisations.AddRange(chunk.Organisations.Select(Describe));
            // The whole record as JSON: any difference in any field, parts included, shows.
            locations.AddRange(chunk.Locations.Select(l => string.Join('|', l.Id, l.OrganisationId, JsonSerializer.Serialize(l.Details))));
            services.AddRange(chunk.Services.Select(s => string.Join('|',
                s.Id, s.OrganisationId, JsonSerializer.Serialize(s.Details), JsonSerializer.Serialize(s.Capacity))));
        }

        return [.. organisations, .. locations, .. services];
    }

    private static List<string> PeopleLines(DemoGenerator generator, int peoplePerChunk = 10_000) =>
        [.. generator.PeopleChunks(peoplePerChunk).SelectMany(c => c).Select(p => string.Join('|',
            p.Id, p.GivenName, p.FamilyName, p.DateOfBirth.ToString("O", CultureInfo.InvariantCulture), p.Sex, p.EthnicityCode,
            p.DeprivationDecile, p.Postcode, p.NhsNumber?.Value))];

    private static string Describe(Organisation o) =>
        string.Join('|', o.Id, o.ProgrammeId, o.Name, o.Kind, o.Description, o.Website, o.Email, o.Phone, o.CreatedAt.ToString("O", CultureInfo.InvariantCulture));
}
