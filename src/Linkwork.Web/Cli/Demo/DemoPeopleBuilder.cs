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

    // Contacts, language and consent draw from their own stream, so adding them left every earlier field of
    // every demo person (names, ages, NHS numbers) exactly as it was for the same seed.
    private readonly Random _extras;
    private readonly DeterministicIds _childIds;
    private readonly DeterministicIds _ids;
    private readonly DemoNhsNumbers _nhsNumbers;
    private readonly Guid _programmeId;
    private readonly DateTimeOffset _now;
    private readonly DateOnly _today;

    public DemoPeopleBuilder(Guid programmeId, int seed, DateTimeOffset idStart, DateTimeOffset now)
    {
        _random = new Random(seed);
        _extras = new Random(unchecked(seed * 31 + 17));
        _childIds = new DeterministicIds(_extras, idStart);
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

        var id = _ids.Next();
        var givenName = given[_random.Next(given.Length)];
        var nhsNumber = _nhsNumbers.Next();
        var (language, interpreter) = LanguageFor(givenOrigin);
        var contact = ContactFor(givenName, family, postcode);
        var details = new PersonDetails(givenName, family, dateOfBirth, sex, EthnicityCode: ethnicity.Code,
            PreferredLanguage: language, InterpreterNeeded: interpreter, Contact: contact, Preferences: PreferencesFor(contact));
        var person = Person.Register(id, _programmeId, details, nhsNumber, ethnicityCodes: null, decile, _now);
        AddHousehold(person);
        AddConsents(person);
        return person;
    }

    /// <summary>Nearly everyone has a mobile; fewer a landline or an email; everyone an address.</summary>
    private ContactDetails ContactFor(string given, string family, string postcode)
    {
        var mailbox = new string($"{given}.{family}".Where(c => char.IsAsciiLetter(c) || c == '.').ToArray()).ToLowerInvariant();
        return new ContactDetails(
            phone: _extras.Next(100) < 40 ? DemoText.Landline(_extras.Next(2_000)) : null,
            mobile: _extras.Next(100) < 85 ? DemoText.Mobile(_extras.Next(1_000)) : null,
            email: _extras.Next(100) < 45 && mailbox.Trim('.').Length > 0 ? DemoText.Email(mailbox.Trim('.'), "mail") : null,
            addressLine1: $"{1 + _extras.Next(180)} {DemoCatalogue.Streets[_extras.Next(DemoCatalogue.Streets.Length)]}",
            addressLine2: "Rotherham",
            postcode: postcode);
    }

    private ContactPreferences PreferencesFor(ContactDetails contact)
    {
        ContactMethod? method = _extras.Next(100) switch
        {
            < 45 when contact.Mobile is not null => ContactMethod.Sms,
            < 75 when contact.Phone is not null || contact.Mobile is not null => ContactMethod.Phone,
            < 85 when contact.Email is not null => ContactMethod.Email,
            < 92 => ContactMethod.Letter,
            _ => null,
        };
        var notes = _extras.Next(100) < 20 ? BestTimes[_extras.Next(BestTimes.Length)] : null;
        return new ContactPreferences(method, notes);
    }

    private static readonly string[] BestTimes =
        ["Mornings are best", "Not before 10am", "After 3pm, once the school run is done", "Let the phone ring for a while", "Weekdays only"];

    /// <summary>Most people of a migrant community speak English; some prefer their first language, and some need an interpreter.</summary>
    private (string? Language, bool Interpreter) LanguageFor(NameOrigin origin)
    {
        var language = origin switch
        {
            NameOrigin.Pakistani => "ur",
            NameOrigin.Bangladeshi => "bn",
            NameOrigin.Indian => "pa",
            NameOrigin.Chinese => "zh",
            NameOrigin.Roma => "sk",
            NameOrigin.Polish => "pl",
            NameOrigin.Romanian => "ro",
            NameOrigin.Arab => "ar",
            NameOrigin.Kurdish => "ku",
            _ => null,
        };
        if (language is null || _extras.Next(100) >= 40)
        {
            return ("en", false);
        }

        return (language, _extras.Next(100) < 50);
    }

    private static readonly (string Relationship, bool UsuallyCarer)[] Relationships =
    [
        ("daughter", true), ("son", true), ("wife", true), ("husband", true), ("partner", true), ("neighbour", false), ("friend", false), ("sister", false),
    ];

    private void AddHousehold(Person person)
    {
        if (_extras.Next(100) >= 35)
        {
            return;
        }

        var (relationship, usuallyCarer) = Relationships[_extras.Next(Relationships.Length)];
        var given = DemoCatalogue.NamesFor(NameOrigin.British, person.DateOfBirth.Year);
        var name = $"{given.Female[_extras.Next(given.Female.Length)]} {person.FamilyName}";
        var mayBeContacted = _extras.Next(100) < 80;
        person.AddContact(_childIds.Next(), new HouseholdContactDetails(
            name, relationship, DemoText.Mobile(_extras.Next(1_000)), null, usuallyCarer && _extras.Next(100) < 60, mayBeContacted), _now);
    }

    /// <summary>Most people agree to their details going to the services they are referred to; a few change their mind.</summary>
    private void AddConsents(Person person)
    {
        if (_extras.Next(100) < 92)
        {
            person.RecordConsent(_childIds.Next(), ConsentKind.ShareWithReferredOrganisations, true, null, null, _now);
            if (_extras.Next(100) < 3)
            {
                person.RecordConsent(_childIds.Next(), ConsentKind.ShareWithReferredOrganisations, false, null, "Changed their mind after talking to family", _now);
            }
        }

        if (person.Contact.Mobile is not null && _extras.Next(100) < 70)
        {
            person.RecordConsent(_childIds.Next(), ConsentKind.ContactBySms, true, null, null, _now);
        }

        if (person.Contact.Email is not null && _extras.Next(100) < 60)
        {
            person.RecordConsent(_childIds.Next(), ConsentKind.ContactByEmail, true, null, null, _now);
        }

        var research = _extras.Next(100);
        if (research < 45)
        {
            person.RecordConsent(_childIds.Next(), ConsentKind.Research, research < 30, null, null, _now);
        }
    }
}
