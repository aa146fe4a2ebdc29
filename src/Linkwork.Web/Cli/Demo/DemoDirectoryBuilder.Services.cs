using System.Globalization;
using Linkwork.Domain.Access;
using Linkwork.Domain.Directory;
using Linkwork.Domain.Directory.Parts;

namespace Linkwork.Web.Cli.Demo;

public sealed partial class DemoDirectoryBuilder
{
    /// <summary>The rest are listed for signposting only: people contact them directly.</summary>
    public const int AcceptsReferralsPercent = 85;

    // An organisation mostly runs services in its own field and sometimes strays into a neighbouring one,
    // as food banks do with debt advice.
    private const int OwnNeedPercent = 65;
    private const int RelatedNeedPercent = 30;

    private const int SecondSitePercent = 25;
    private const int TemplateRetries = 3;

    // Most services keep their kind's usual pattern; the rest vary it so the directory is not too regular.
    private const int UsualSchedulePercent = 75;
    private const int ServiceEmailPercent = 50;

    private static readonly WeightedChoice<int> OtherLanguageSets =
        new(Enumerable.Range(0, DemoCatalogue.OtherLanguages.Length), i => DemoCatalogue.OtherLanguages[i].Weight);

    private static readonly string[] DayNames = Enum.GetNames<DayOfWeek>();

    private static readonly string[] EnglishOnly = ["en"];
    private static readonly string[][] EnglishAnd = [.. DemoCatalogue.OtherLanguages.Select(set => (string[])["en", .. set.Codes])];

    private Service NewService(Organisation organisation, NeedProfile ownProfile, int index, int locationCount, bool acceptsReferralsAlways)
    {
        var profile = index == 0 ? ownProfile : DemoCatalogue.Need(NeedOfService(ownProfile));

        // A second draw or two usually finds something the organisation does not run yet.
        var template = Pick(profile.Services);
        for (var retry = 0; retry < TemplateRetries && _namesInUse.Contains(template.Name); retry++)
        {
            template = Pick(profile.Services);
        }

        // Cycling through the sites gives every site at least one service.
        var siteIndex = index % locationCount;
        var site = _locations[siteIndex];
        Guid[] locationIds = locationCount > 1 && _random.Next(100) < SecondSitePercent
            ? [site.Id, _locations[(siteIndex + 1) % locationCount].Id]
            : [site.Id];

        var schedule = _random.Next(100) < UsualSchedulePercent ? profile.Schedules[template.Schedule] : Pick(profile.Schedules);
        var openings = Openings(schedule);
        var isFree = template.Cost is null || _random.Next(100) >= profile.ChargePercent;

        var languages = EnglishOnly;
        var languageSentence = "";
        if (_random.Next(100) < profile.OtherLanguagePercent)
        {
            var set = OtherLanguageSets.PickIndex(_random);
            languages = EnglishAnd[set];
            languageSentence = " Also available in " + DemoCatalogue.OtherLanguages[set].Described + ".";
        }

        var acceptsReferrals = acceptsReferralsAlways || _random.Next(100) < AcceptsReferralsPercent;
        var access = Pick(acceptsReferrals ? DemoCatalogue.ReferralSentences : DemoCatalogue.SignpostSentences);
        var welcome = _random.Next(2) == 0 ? " " + Pick(DemoCatalogue.WelcomeSentences) : "";
        var description = template.Summary + " Based at " + site.Name + ". " + access + languageSentence + welcome;

        var contact = _random.Next(100);
        var phone = contact < 60 ? organisation.Phone : contact < 80 ? DemoText.Mobile(_random.Next(1_000)) : null;
        var email = _random.Next(100) < ServiceEmailPercent ? organisation.Email : null;

        var name = NameService(template.Name, openings, _locationAreas[siteIndex].Place);
        var details = new ServiceDetails
        {
            Name = name,
            Description = description,
            Email = email,
            Need = profile.Need,
            MinimumAge = template.MinimumAge,
            MaximumAge = template.MaximumAge,
            FeesDescription = isFree ? null : template.Cost,
            ReferralMode = acceptsReferrals ? ReferralMode.AcceptsReferrals : ReferralMode.SignpostOnly,
            AssuredDate = AssuredDate(),
            AssurerEmail = DemoText.Email("directory", "rotherham-social-prescribing"),
            Phones = phone is null ? [] : [new Phone { Id = _ids.Next(), Number = phone }],
            Languages = [.. languages.Select(code => new Language { Id = _ids.Next(), Code = code, Name = DemoCatalogue.LanguageName(code) })],
            Schedules = [Schedule.Weekly(_ids.Next(), openings.Select(o => o.Day), openings[0].Opens, openings[0].Closes)],
            Attributes = [new TermLink { Id = _ids.Next(), TaxonomyTermId = NeedTaxonomy.TermId(profile.Need) }],
            Locations = [.. locationIds.Select(id => new ServiceAtLocation { Id = _ids.Next(), LocationId = id })],
        };
        var service = Service.Create(_ids.Next(), organisation.Id, details, _now);
        if (acceptsReferrals)
        {
            service.UpdateCapacity(Capacity(organisation));
        }

        return service;
    }

    /// <summary>Most listings were checked within the year; some have gone stale and a few never were.</summary>
    private DateOnly? AssuredDate()
    {
        var roll = _random.Next(100);
        var today = DateOnly.FromDateTime(_now.UtcDateTime);
        return roll switch
        {
            < 70 => today.AddDays(-_random.Next(365)),
            < 90 => today.AddDays(-365 - _random.Next(365)),
            _ => null,
        };
    }

    private ServiceCapacity Capacity(Organisation organisation)
    {
        var roll = _random.Next(100);
        var updatedAt = _now.AddDays(-_random.Next(60));
        var by = organisation.Email ?? "provider";
        return roll switch
        {
            < 70 => new ServiceCapacity(CapacityStatus.HasCapacity, null, updatedAt, by),
            < 85 => new ServiceCapacity(CapacityStatus.Waitlist, 2 + _random.Next(7), updatedAt, by),
            < 95 => new ServiceCapacity(CapacityStatus.NoCapacity, 4 + _random.Next(9), updatedAt, by),
            _ => new ServiceCapacity(CapacityStatus.AssessmentRequired, null, updatedAt, by),
        };
    }

    private NeedCategory NeedOfService(NeedProfile ownProfile)
    {
        var roll = _random.Next(100);
        if (roll < OwnNeedPercent)
        {
            return ownProfile.Need;
        }

        return roll < OwnNeedPercent + RelatedNeedPercent && ownProfile.Related.Length > 0
            ? Pick(ownProfile.Related)
            : Pick(DemoCatalogue.Needs);
    }

    /// <summary>
    /// One organisation never lists two services under the same name. A repeat is told apart the way community
    /// groups do it: by its day ("Lunch Club – Thursdays") if it meets once a week, otherwise by its place.
    /// </summary>
    private string NameService(string templateName, List<WeeklyOpening> openings, string place)
    {
        var name = templateName;
        if (_namesInUse.Contains(name))
        {
            name = openings.Count == 1
                ? templateName + " – " + DayNames[(int)openings[0].Day] + "s"
                : templateName + " – " + place;
        }

        for (var n = 2; _namesInUse.Contains(name); n++)
        {
            name = templateName + " – " + place + " (" + n.ToString(CultureInfo.InvariantCulture) + ")";
        }

        _namesInUse.Add(name);
        return name;
    }

    private List<WeeklyOpening> Openings(ScheduleShape shape)
    {
        // Half-hour shifts keep a hundred walking groups from all setting off at exactly ten o'clock.
        var shift = _random.Next(4) switch
        {
            0 => -30,
            3 => 30,
            _ => 0,
        };
        var opens = shape.Opens.AddMinutes(shift);
        var closes = shape.Closes.AddMinutes(shift);
        var days = shape.Days;
        var openings = new List<WeeklyOpening>(shape.DaysPicked);
        if (shape.DaysPicked >= days.Length)
        {
            foreach (var day in days)
            {
                openings.Add(new WeeklyOpening(day, opens, closes));
            }
        }
        else if (shape.DaysPicked == 1)
        {
            openings.Add(new WeeklyOpening(days[_random.Next(days.Length)], opens, closes));
        }
        else
        {
            // Draw without replacement, then list the days in the week's order.
            Span<int> order = stackalloc int[days.Length];
            for (var i = 0; i < order.Length; i++)
            {
                order[i] = i;
            }

            for (var i = 0; i < shape.DaysPicked; i++)
            {
                var j = _random.Next(i, order.Length);
                (order[i], order[j]) = (order[j], order[i]);
            }

            var picked = order[..shape.DaysPicked];
            picked.Sort();
            foreach (var i in picked)
            {
                openings.Add(new WeeklyOpening(days[i], opens, closes));
            }
        }

        return openings;
    }
}
