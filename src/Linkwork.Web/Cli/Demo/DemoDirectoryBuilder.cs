using System.Collections.Immutable;
using System.Globalization;
using Linkwork.Domain.Access;
using Linkwork.Domain.Directory;
using Linkwork.Domain.Directory.Parts;

namespace Linkwork.Web.Cli.Demo;

/// <summary>
/// Invents provider organisations one at a time, each with its locations and services. It keeps only a few
/// counters between organisations, so a million services cost no more memory than a hundred.
/// </summary>
public sealed partial class DemoDirectoryBuilder
{
    public const int MaxServicesPerOrganisation = 12;
    public const int MaxLocationsPerOrganisation = 3;

    /// <summary>The demo provider staff sign in to the first organisation, so it gets enough services to show.</summary>
    public const int FirstOrganisationMinServices = 4;

    private const double LatitudeJitter = 0.006;   // about 650 m
    private const double LongitudeJitter = 0.009;  // about 600 m at this latitude

    private static readonly WeightedChoice<NeedCategory> NeedsByOrganisationCount =
        new(DemoCatalogue.Needs, need => DemoCatalogue.Need(need).OrganisationWeight);

    private static readonly WeightedChoice<int> AreasByPopulation =
        new(Enumerable.Range(0, DemoCatalogue.Areas.Length), i => DemoCatalogue.Areas[i].Population);

    // Most community organisations run one or two things; a few large charities run a dozen.
    private static readonly int[] ServiceCountWeights = [30, 22, 15, 10, 7, 5, 3, 3, 2, 1, 1, 1];
    private static readonly WeightedChoice<int> ServiceCounts =
        new(Enumerable.Range(1, MaxServicesPerOrganisation), n => ServiceCountWeights[n - 1]);

    private static readonly int[] LocationCountWeights = [70, 22, 8];
    private static readonly WeightedChoice<int> LocationCounts =
        new(Enumerable.Range(1, MaxLocationsPerOrganisation), n => LocationCountWeights[n - 1]);

    private readonly Random _random;
    private readonly DeterministicIds _ids;
    private readonly Guid _programmeId;
    private readonly DateTimeOffset _now;

    // The first organisations take each need once, in a seeded order, so even a small demo covers every need.
    private readonly NeedCategory[] _firstNeeds;
    private readonly int[] _organisationsByNeed;
    private readonly int[] _namesByNeedAndArea;
    private readonly int[] _nameRotation;

    // Reused for every organisation: its locations, and the names already given to its sites or its services.
    private readonly Location[] _locations = new Location[MaxLocationsPerOrganisation];
    private readonly DemoArea[] _locationAreas = new DemoArea[MaxLocationsPerOrganisation];
    private readonly List<string> _namesInUse = new(MaxServicesPerOrganisation);

    public DemoDirectoryBuilder(Guid programmeId, int seed, DateTimeOffset idStart, DateTimeOffset now)
    {
        _random = new Random(seed);
        _ids = new DeterministicIds(_random, idStart);
        _programmeId = programmeId;
        _now = now;
        _firstNeeds = [.. DemoCatalogue.Needs];
        _random.Shuffle(_firstNeeds);
        _organisationsByNeed = new int[DemoCatalogue.Needs.Length];
        _namesByNeedAndArea = new int[DemoCatalogue.Needs.Length * DemoCatalogue.Areas.Length];
        _nameRotation = new int[_namesByNeedAndArea.Length];
        for (var i = 0; i < _nameRotation.Length; i++)
        {
            _nameRotation[i] = _random.Next(1_000);
        }
    }

    public int OrganisationsMade { get; private set; }

    /// <summary>
    /// Makes the next organisation, adding its locations and its 1 to <paramref name="maxServices"/> services to
    /// the given collections, and returns it.
    /// </summary>
    public Organisation NextOrganisation(int maxServices, ICollection<Location> locations, ICollection<Service> services)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxServices, 1);
        ArgumentNullException.ThrowIfNull(locations);
        ArgumentNullException.ThrowIfNull(services);

        var isFirst = OrganisationsMade == 0;
        var need = OrganisationsMade < _firstNeeds.Length ? _firstNeeds[OrganisationsMade] : NeedsByOrganisationCount.Pick(_random);
        OrganisationsMade++;

        var profile = DemoCatalogue.Need(need);
        var (name, home, serves) = NameOrganisation(profile);
        var slug = DemoText.Slug(name);
        var organisation = Organisation.Create(
            _ids.Next(), _programmeId, name, OrganisationKind.Provider, _now,
            description: Pick(profile.Descriptions).For(serves),
            website: DemoText.Website(slug),
            email: DemoText.Email("info", slug),
            phone: DemoText.Landline(_random.Next(2_000)));

        var drawn = ServiceCounts.Pick(_random);
        var serviceCount = Math.Min(isFirst ? Math.Max(drawn, FirstOrganisationMinServices) : drawn, maxServices);

        // Never more sites than services, so every site has something on.
        var locationCount = Math.Min(LocationCounts.Pick(_random), serviceCount);
        _namesInUse.Clear();
        for (var i = 0; i < locationCount; i++)
        {
            var area = i == 0 || _random.Next(2) == 0 ? home : DemoCatalogue.Areas[AreasByPopulation.PickIndex(_random)];
            _locations[i] = NewLocation(organisation.Id, profile, area);
            _locationAreas[i] = area;
            locations.Add(_locations[i]);
        }

        _namesInUse.Clear();
        for (var i = 0; i < serviceCount; i++)
        {
            services.Add(NewService(organisation, profile, i, locationCount, acceptsReferralsAlways: isFirst));
        }

        return organisation;
    }

    /// <summary>
    /// Borough-wide names first; then the category's name patterns around the home area's name, rotated per area
    /// so neighbouring areas differ; then, once an area has used every pattern, a branch number.
    /// </summary>
    private (string Name, DemoArea Home, string Serves) NameOrganisation(NeedProfile profile)
    {
        var needIndex = (int)profile.Need;
        var made = _organisationsByNeed[needIndex]++;
        if (made < profile.FixedNames.Length)
        {
            var fixedName = profile.FixedNames[made];
            return (fixedName.Name, DemoCatalogue.Areas[DemoCatalogue.AreaIndex(fixedName.HomeArea)], fixedName.Serves);
        }

        var areaIndex = AreasByPopulation.PickIndex(_random);
        var home = DemoCatalogue.Areas[areaIndex];
        var slot = needIndex * DemoCatalogue.Areas.Length + areaIndex;
        var nth = _namesByNeedAndArea[slot]++;
        var patterns = profile.AreaNames;
        var name = patterns[(nth + _nameRotation[slot]) % patterns.Length].For(home.Place);
        var branch = nth / patterns.Length;
        return branch == 0
            ? (name, home, home.Place)
            : (name + " (branch " + (branch + 1).ToString(CultureInfo.InvariantCulture) + ")", home, home.Place);
    }

    private Location NewLocation(Guid organisationId, NeedProfile profile, DemoArea area)
    {
        var venues = profile.Venues.Length > 0 && _random.Next(100) < 40 ? profile.Venues : DemoCatalogue.Venues;
        var venue = _random.Next(venues.Length);
        var name = venues[venue].For(area.Place);

        // Two sites of one organisation in the same area must not share a name; step through the general venues.
        for (var step = 0; _namesInUse.Contains(name); step++)
        {
            name = DemoCatalogue.Venues[(venue + step) % DemoCatalogue.Venues.Length].For(area.Place);
        }

        _namesInUse.Add(name);
        var number = (1 + _random.Next(180)).ToString(CultureInfo.InvariantCulture);
        var street = Pick(DemoCatalogue.Streets);

        // The town centre's locality is the post town itself, which the address already carries.
        var addressLine = string.Equals(area.Place, area.PostTown, StringComparison.Ordinal)
            ? number + " " + street
            : number + " " + street + ", " + area.Name;
        var postcode = DemoText.Postcode(area.District, area.Sectors[_random.Next(area.Sectors.Length)], _random.Next(400));
        var latitude = Math.Clamp(area.Latitude + (_random.NextDouble() - _random.NextDouble()) * LatitudeJitter, DemoCatalogue.SouthLatitude, DemoCatalogue.NorthLatitude);
        var longitude = Math.Clamp(area.Longitude + (_random.NextDouble() - _random.NextDouble()) * LongitudeJitter, DemoCatalogue.WestLongitude, DemoCatalogue.EastLongitude);
        var address = new Address
        {
            Id = _ids.Next(),
            Address1 = addressLine,
            City = area.PostTown,
            StateProvince = DemoCatalogue.County,
            PostalCode = postcode,
            Country = "GB",
            AddressType = "physical",
        };
        var details = new LocationDetails { Name = name, Latitude = latitude, Longitude = longitude, Addresses = [address] };
        return Location.Create(_ids.Next(), organisationId, details, _now);
    }

    private T Pick<T>(ImmutableArray<T> items) => items[_random.Next(items.Length)];
}
