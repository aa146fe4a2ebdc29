using Linkwork.Domain.Access;
using Linkwork.Domain.Directory;
using Linkwork.Domain.People;
using Linkwork.Domain.Programmes;

namespace Linkwork.Web.Cli.Demo;

/// <summary>
/// A realistic demo social prescribing programme in Rotherham, the same every time for the same size, seed and
/// moment. The directory and the people are streamed in chunks so that even a million services never sit in
/// memory at once; each enumeration starts again from its own seeded generator, so enumerating twice gives
/// the same records.
/// </summary>
public sealed class DemoGenerator
{
    public const int ResponseDeadlineDays = 14;

    // Independent random streams: changing how the directory is generated never changes the people.
    private const int SetupStream = 1;
    private const int DirectoryStream = 2;
    private const int PeopleStream = 3;

    // Ids are stamped one millisecond apart in a timeline that ends at the demo's "now" (setup, then directory,
    // then people), so records made in the app afterwards sort after the demo's. An organisation takes one id,
    // its sites at most one per service and its services one each, so three ids per service always suffice.
    private const long SetupIds = 1_000;
    private const long IdsPerServiceAtMost = 3;

    private readonly DateTimeOffset _directoryIdStart;
    private readonly DateTimeOffset _peopleIdStart;

    public DemoGenerator(DemoSize size, DateTimeOffset asOf)
    {
        ArgumentNullException.ThrowIfNull(size);
        ArgumentOutOfRangeException.ThrowIfLessThan(size.Services, 1, nameof(size));
        ArgumentOutOfRangeException.ThrowIfNegative(size.People, nameof(size));
        Size = size;
        AsOf = asOf;

        var directoryIds = IdsPerServiceAtMost * size.Services;
        var setupIdStart = asOf.AddMilliseconds(-(SetupIds + directoryIds + size.People));
        _directoryIdStart = setupIdStart.AddMilliseconds(SetupIds);
        _peopleIdStart = _directoryIdStart.AddMilliseconds(directoryIds);

        var ids = new DeterministicIds(new Random(DeriveSeed(size.Seed, SetupStream)), setupIdStart);
        Programme = Programme.Create(
            ids.Next(), DemoCatalogue.ProgrammeName, "GB", "en-GB", RoleTitles.EnglandDefaults,
            ResponseDeadlineDays, CodingProfile.UkSnomedCt, asOf);

        const string teamSlug = "rotherham-social-prescribing";
        ProgrammeTeam = Organisation.Create(
            ids.Next(), Programme.Id, DemoCatalogue.ProgrammeTeamName, OrganisationKind.Programme, asOf,
            DemoCatalogue.ProgrammeTeamDescription, DemoText.Website(teamSlug), DemoText.Email("linkworkers", teamSlug), DemoText.Landline(0));

        var referrers = new List<Organisation>(DemoCatalogue.Referrers.Length);
        foreach (var referrer in DemoCatalogue.Referrers)
        {
            var slug = DemoText.Slug(referrer.Name);
            referrers.Add(Organisation.Create(
                ids.Next(), Programme.Id, referrer.Name, OrganisationKind.Referrer, asOf,
                referrer.Description, DemoText.Website(slug), DemoText.Email("reception", slug), DemoText.Landline(2 * (referrers.Count + 1))));
        }

        ReferrerOrganisations = referrers;

        // The same first step DirectoryChunks takes, so this is the first organisation it yields (an equal
        // record, not the same object: save the one from the chunk, and use this one's id).
        DemoProvider = NewDirectoryBuilder().NextOrganisation(size.Services, new List<Location>(), new List<Service>());
    }

    public DemoSize Size { get; }
    public DateTimeOffset AsOf { get; }

    public Programme Programme { get; }
    public Organisation ProgrammeTeam { get; }
    public IReadOnlyList<Organisation> ReferrerOrganisations { get; }
    public Organisation DemoProvider { get; }

    /// <summary>
    /// Provider organisations with their locations and services, until exactly <see cref="DemoSize.Services"/>
    /// services exist. A chunk closes after the organisation that takes it to <paramref name="servicesPerChunk"/>
    /// services, so it may run over by at most one organisation's services.
    /// </summary>
    public IEnumerable<DirectoryChunk> DirectoryChunks(int servicesPerChunk = 10_000)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(servicesPerChunk, 1);
        return StreamDirectory(servicesPerChunk);
    }

    /// <summary>Exactly <see cref="DemoSize.People"/> people, <paramref name="peoplePerChunk"/> at a time.</summary>
    public IEnumerable<IReadOnlyList<Person>> PeopleChunks(int peoplePerChunk = 10_000)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(peoplePerChunk, 1);
        return StreamPeople(peoplePerChunk);
    }

    private IEnumerable<DirectoryChunk> StreamDirectory(int servicesPerChunk)
    {
        var builder = NewDirectoryBuilder();
        var remaining = Size.Services;
        var capacity = Math.Min(servicesPerChunk, remaining) + DemoDirectoryBuilder.MaxServicesPerOrganisation;
        var organisations = new List<Organisation>();
        var locations = new List<Location>();
        var services = new List<Service>(capacity);
        while (remaining > 0)
        {
            var before = services.Count;
            organisations.Add(builder.NextOrganisation(remaining, locations, services));
            remaining -= services.Count - before;
            if (services.Count >= servicesPerChunk || remaining == 0)
            {
                yield return new DirectoryChunk(organisations, locations, services);
                organisations = [];
                locations = [];
                services = new List<Service>(Math.Min(capacity, remaining + DemoDirectoryBuilder.MaxServicesPerOrganisation));
            }
        }
    }

    private IEnumerable<IReadOnlyList<Person>> StreamPeople(int peoplePerChunk)
    {
        var builder = new DemoPeopleBuilder(Programme.Id, DeriveSeed(Size.Seed, PeopleStream), _peopleIdStart, AsOf);
        for (var made = 0; made < Size.People;)
        {
            var count = Math.Min(peoplePerChunk, Size.People - made);
            var chunk = new List<Person>(count);
            for (var i = 0; i < count; i++)
            {
                chunk.Add(builder.Next());
            }

            made += count;
            yield return chunk;
        }
    }

    private DemoDirectoryBuilder NewDirectoryBuilder() =>
        new(Programme.Id, DeriveSeed(Size.Seed, DirectoryStream), _directoryIdStart, AsOf);

    /// <summary>
    /// Mixes the user's seed with a stream number (SplitMix64's finaliser), so seeds 1 and 2 or streams 2 and 3
    /// give unrelated sequences rather than shifted copies.
    /// </summary>
    private static int DeriveSeed(int seed, int stream)
    {
        var z = ((ulong)(uint)seed << 32) | (uint)stream;
        z += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        z ^= z >> 31;
        return (int)(z & int.MaxValue);
    }
}
