using Linkwork.Domain.People;

namespace Linkwork.Web.Cli.Demo;

/// <summary>
/// Invents the people a social prescribing service supports: adults, more often older, more often women,
/// and more often from the borough's deprived neighbourhoods than its population as a whole.
/// </summary>
public sealed class DemoPeopleBuilder
{
    public const int MinimumAge = 18;
    public const int MaximumAge = 95;

    /// <summary>Women make up nearly three in five of the people referred for social prescribing.</summary>
    public const int FemalePerThousand = 580;

    /// <summary>Sex not recorded, as happens on a few records.</summary>
    public const int UnknownPerThousand = 2;

    // Age bands in percent; the median falls at about 58, as in social prescribing caseloads.
    private static readonly (int From, int To, int Percent)[] AgeBands =
    [
        (18, 24, 6), (25, 34, 10), (35, 44, 12), (45, 54, 16), (55, 64, 18), (65, 74, 17), (75, 84, 14), (85, MaximumAge, 7),
    ];

    private static readonly WeightedChoice<(int From, int To, int Percent)> Ages = new(AgeBands, band => band.Percent);

    private static readonly WeightedChoice<DemoEthnicity> Ethnicities = new(DemoCatalogue.Ethnicities, e => e.WeightPer10000);

    // Weighted by population and, more heavily, by deprivation: decile 1 areas send three times as many
    // people per head as decile 10 areas.
    private static readonly WeightedChoice<int> HomeAreas = new(
        Enumerable.Range(0, DemoCatalogue.Areas.Length),
        i => DemoCatalogue.Areas[i].Population * (15 - DemoCatalogue.Areas[i].TypicalDecile));

    // Not every street matches its neighbourhood's usual decile.
    private static readonly int[] DecileSpreadWeights = [1, 2, 4, 2, 1];
    private static readonly WeightedChoice<int> DecileSpread = new(Enumerable.Range(-2, 5), d => DecileSpreadWeights[d + 2]);

    private readonly Random _random;
    private readonly DeterministicIds _ids;
    private readonly DemoNhsNumbers _nhsNumbers;
    private readonly Guid _programmeId;
    private readonly DateTimeOffset _now;
    private readonly DateOnly _today;

    public DemoPeopleBuilder(Guid programmeId, int seed, DateTimeOffset idStart, DateTimeOffset now)
    {
        _random = new Random(seed);
        _ids = new DeterministicIds(_random, idStart);
        _nhsNumbers = new DemoNhsNumbers(_random);
        _programmeId = programmeId;
        _now = now;
        _today = DateOnly.FromDateTime(now.UtcDateTime);
    }

    public Person Next()
    {
        var sexRoll = _random.Next(1_000);
        var sex = sexRoll < FemalePerThousand ? Sex.Female
            : sexRoll < 1_000 - UnknownPerThousand ? Sex.Male
            : Sex.Unknown;
        var namedAsFemale = sex == Sex.Female || (sex == Sex.Unknown && _random.Next(2) == 0);

        var band = Ages.Pick(_random);
        var age = _random.Next(band.From, band.To + 1);

        // Up to 364 days before the birthday that makes them exactly this age today.
        var dateOfBirth = _today.AddYears(-age).AddDays(-_random.Next(365));

        var ethnicity = Ethnicities.Pick(_random);
        var givenOrigin = ethnicity.Origins[_random.Next(ethnicity.Origins.Length)];
        var familyOrigin = ethnicity.MixesOrigins ? ethnicity.Origins[_random.Next(ethnicity.Origins.Length)] : givenOrigin;
        var givenNames = DemoCatalogue.NamesFor(givenOrigin, dateOfBirth.Year);
        var familyNames = DemoCatalogue.NamesFor(familyOrigin, dateOfBirth.Year);
        var given = namedAsFemale ? givenNames.Female : givenNames.Male;
        var familyIndex = _random.Next(familyNames.Family.Length);
        var family = namedAsFemale ? familyNames.FemaleFamily[familyIndex] : familyNames.Family[familyIndex];

        var area = DemoCatalogue.Areas[HomeAreas.PickIndex(_random)];
        var postcode = DemoText.Postcode(area.District, area.Sectors[_random.Next(area.Sectors.Length)], _random.Next(400));
        var decile = Math.Clamp(area.TypicalDecile + DecileSpread.Pick(_random), 1, 10);

        return Person.Create(
            _ids.Next(), _programmeId, given[_random.Next(given.Length)], family, dateOfBirth, sex, _now,
            ethnicityCode: ethnicity.Code, deprivationDecile: decile, postcode: postcode, nhsNumber: _nhsNumbers.Next());
    }
}
