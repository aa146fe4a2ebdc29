using Linkwork.Data.Search;
using Linkwork.Domain.Directory;

namespace Linkwork.Bench.Search;

/// <summary>
/// Generates a deterministic directory of plausible services around Rotherham: names and descriptions from
/// the words real listings use, plus rarer invented words (place and organisation names) drawn with a
/// Zipf-like skew so the vocabulary grows with the directory as a real one does. Locations are venues in a
/// 30 × 30 km box, shared by several services, as community centres are.
/// </summary>
internal sealed class SyntheticDirectory
{
    public const double CentreLatitude = 53.43;
    public const double CentreLongitude = -1.36;

    /// <summary>Half the box: 15 km of latitude and of longitude at this latitude.</summary>
    public const double HalfHeightDegrees = 15 / 111.2;
    public const double HalfWidthDegrees = 15 / (111.2 * 0.5959);

    private static readonly string[] Places =
    [
        "Rotherham", "Maltby", "Rawmarsh", "Wath", "Dinnington", "Swinton", "Wickersley", "Thurcroft", "Kimberworth",
        "Herringthorpe", "Eastwood", "Clifton", "Thrybergh", "Brinsworth", "Catcliffe", "Aston", "Kiveton", "Wales",
        "Bramley", "Ravenfield", "Greasbrough", "Parkgate", "Kilnhurst", "Brampton", "Wentworth", "Whiston", "Canklow",
        "Ferham", "Masbrough", "Dalton", "Sunnyside", "Flanderwell", "Hellaby", "Laughton", "Anston", "Harthill",
        "Todwick", "Treeton", "Orgreave", "Bolton", "Mexborough", "Conisbrough", "Tinsley", "Blackburn", "Meadowhall",
    ];

    private static readonly (NeedCategory Need, string[] Kinds, string[] Sentences, string[] Taxonomy)[] Needs =
    [
        (NeedCategory.Food, ["Food Bank", "Community Larder", "Community Fridge", "Food Club", "Cookery Class", "Community Cafe"],
            ["Emergency food parcels for people in crisis.", "Low-cost groceries for members every week.", "Learn to cook healthy meals on a budget.",
             "Surplus food shared with local families.", "A hot meal and a warm welcome."], ["Food pantry", "Meals", "Nutrition education"]),
        (NeedCategory.Housing, ["Housing Advice", "Tenancy Support", "Homeless Outreach", "Warm Space"],
            ["Advice for people who are homeless or at risk of losing their home.", "Help to keep your tenancy and deal with your landlord.",
             "A warm space with hot drinks through the winter."], ["Housing counselling", "Shelter", "Tenant rights"]),
        (NeedCategory.DebtAndBenefits, ["Debt Advice", "Money Advice", "Welfare Rights", "Benefits Advice"],
            ["Free, confidential debt advice and help with budgeting.", "Help with universal credit claims, appeals and disability benefits.",
             "Money advice and help with bills and arrears."], ["Debt management", "Benefits assistance", "Financial education"]),
        (NeedCategory.Legal, ["Legal Advice Clinic", "Law Centre"],
            ["Free legal advice from volunteer solicitors.", "Help with employment, immigration and family law."], ["Legal assistance", "Advocacy"]),
        (NeedCategory.Transport, ["Community Transport", "Dial a Ride", "Volunteer Drivers"],
            ["Door-to-door transport for people who cannot use buses.", "Volunteer drivers take you to appointments."], ["Transportation", "Medical transportation"]),
        (NeedCategory.Exercise, ["Chair Exercise", "Walking Football", "Gentle Yoga", "Strength and Balance", "Swimming Club"],
            ["Gentle exercise to build strength and balance.", "Fitness sessions for all abilities, with qualified instructors.",
             "A friendly team sport for the over 50s."], ["Physical activity", "Fitness", "Sports"]),
        (NeedCategory.Walking, ["Walking Group", "Health Walks", "Nordic Walking", "Ramblers"],
            ["Gentle health walks led by trained walk leaders.", "Explore the countryside with a friendly walking group.",
             "Short walks at an easy pace, finishing with a cup of tea."], ["Walking", "Outdoor recreation"]),
        (NeedCategory.Arts, ["Art Group", "Craft Circle", "Community Choir", "Creative Writing", "Photography Club"],
            ["Painting and crafts sessions to lift your mood.", "Sing together in a friendly community choir; no experience needed.",
             "Creative sessions for wellbeing and confidence."], ["Arts and culture", "Music", "Crafts"]),
        (NeedCategory.NatureAndGardening, ["Community Garden", "Allotment Project", "Conservation Volunteers", "Green Gym"],
            ["Grow vegetables and flowers on our allotment.", "Outdoor conservation work in local woods and parks.",
             "Gardening for wellbeing; tools and tea provided."], ["Gardening", "Environmental education"]),
        (NeedCategory.Volunteering, ["Volunteer Centre", "Volunteering Hub"],
            ["Find volunteering opportunities that suit you.", "Give something back and meet new people by volunteering."], ["Volunteer opportunities"]),
        (NeedCategory.BefriendingAndGroups, ["Befriending Service", "Lunch Club", "Coffee Morning", "Friendship Group", "Men's Shed", "Memory Cafe", "Social Group"],
            ["Weekly phone calls and home visits from a volunteer befriender.", "A hot lunch and good company every week.",
             "Come along for a chat, a cuppa and new friends.", "Company and activities for people who feel lonely or isolated."],
            ["Befriending", "Social groups", "Peer support"]),
        (NeedCategory.MentalHealthCounselling, ["Counselling Service", "Talking Therapies", "Wellbeing Cafe", "Peer Support Group", "Bereavement Support"],
            ["Short-term counselling for anxiety and depression with qualified counsellors.", "Talking therapy for low mood, stress and worry.",
             "Peer support for people living with mental health problems.", "Support after the death of someone close to you."],
            ["Counselling", "Mental health support", "Bereavement"]),
        (NeedCategory.DigitalInclusion, ["Digital Skills", "Computer Club", "Get Online Sessions"],
            ["Get help with computers, tablets and getting online.", "Learn to use email, video calls and online forms."], ["Digital literacy", "Computer classes"]),
        (NeedCategory.Carers, ["Carers Support", "Carers Cafe", "Young Carers"],
            ["Information, advice and short breaks for unpaid carers.", "A place for carers to meet others who understand."], ["Caregiver support", "Respite care"]),
        (NeedCategory.JobTraining, ["Job Club", "Employment Support", "Skills Training", "Apprenticeships"],
            ["Help with CVs, job searches and interview practice.", "Training and qualifications to help you into work."], ["Employment", "Job training"]),
    ];

    private static readonly string[] CommonSentences =
    [
        "Ask your link worker to refer you, or get in touch to find out more.", "No referral needed: just come along.",
        "Drop in; there is no need to book.", "Everyone is welcome, whatever their background.", "Wheelchair accessible, with parking nearby.",
        "Run by local volunteers since 2015.", "Refreshments provided.", "Please ring first if you would like someone to meet you at the door.",
        "Sessions are free for people on benefits.", "Interpreters can be arranged on request.",
    ];

    private static readonly string[][] LanguageSets =
        [["en"], ["en"], ["en"], ["en"], ["en"], ["en"], ["en"], ["en", "ur", "pa"], ["en", "sk", "cs"], ["en", "pl"], ["en", "ar"], ["en", "ro"], ["en", "ku", "ar"]];

    private readonly int count;
    private readonly int seed;
    private readonly (double Latitude, double Longitude)[] venues;
    private readonly string[] rareWords;

    public SyntheticDirectory(int count, int seed)
    {
        this.count = count;
        this.seed = seed;
        var random = new Random(seed);
        venues = [.. Enumerable.Range(0, Math.Max(100, count / 3)).Select(_ => RandomPoint(random))];
        rareWords = [.. Enumerable.Range(0, Math.Clamp(count / 10, 1_000, 60_000)).Select(_ => InventWord(random))];
        TaxonomyTerms = [.. Enumerable.Range(0, 200).Select(i => new Guid(i + 1, 0, 0, new byte[8]))];
    }

    public IReadOnlyList<Guid> TaxonomyTerms { get; }

    public static (double Latitude, double Longitude) RandomPoint(Random random) =>
        (CentreLatitude + ((random.NextDouble() * 2) - 1) * HalfHeightDegrees, CentreLongitude + ((random.NextDouble() * 2) - 1) * HalfWidthDegrees);

    /// <summary>The taxonomy terms a need's services use (the first ids belong to the first need, and so on).</summary>
    public Guid TaxonomyFor(NeedCategory need, int which) => TaxonomyTerms[((int)need * 13) + (which % 13)];

    /// <summary>The need whose services use the term (the inverse of <see cref="TaxonomyFor"/>).</summary>
    public NeedCategory NeedOfTerm(Guid term) => (NeedCategory)(TaxonomyTerms.Select((t, i) => (t, i)).First(p => p.t == term).i / 13);

    public IEnumerable<SearchDocument> Services()
    {
        var random = new Random(seed + 1);
        var today = new DateOnly(2026, 11, 24);
        for (var n = 0; n < count; n++)
        {
            var hasNeed = random.Next(40) > 0;
            var profile = Needs[random.Next(Needs.Length)];
            var place = Places[random.Next(Places.Length)];
            var kind = profile.Kinds[random.Next(profile.Kinds.Length)];
            var description = string.Join(' ',
                profile.Sentences[random.Next(profile.Sentences.Length)],
                profile.Sentences[random.Next(profile.Sentences.Length)],
                $"Meets at {Rare(random)} {place} community centre.",
                CommonSentences[random.Next(CommonSentences.Length)],
                CommonSentences[random.Next(CommonSentences.Length)],
                random.Next(3) == 0 ? $"Ask for {Rare(random)}." : string.Empty);
            var taxonomyCount = random.Next(1, 3);
            var taxonomy = Enumerable.Range(0, taxonomyCount).Select(i => TaxonomyFor(profile.Need, random.Next(13))).Distinct().ToArray();
            var (minimum, maximum) = random.Next(10) switch
            {
                0 => (11, 18),
                1 => (50, (int?)null),
                2 => (18, (int?)null),
                3 => (60, (int?)null),
                4 => (0, 5),
                _ => ((int?)null, (int?)null),
            };
            yield return new SearchDocument(
                ServiceId: new Guid(n + 1, 1, 1, [1, 2, 3, 4, 5, 6, 7, 8]),
                Name: $"{place} {kind}",
                AlternateName: random.Next(5) == 0 ? $"{Rare(random)} {kind}" : null,
                Description: description,
                OrganisationName: $"{Rare(random)} {(random.Next(2) == 0 ? "Trust" : "Community Association")}",
                TaxonomyTermIds: taxonomy,
                TaxonomyTermNames: [.. taxonomy.Select(_ => profile.Taxonomy[random.Next(profile.Taxonomy.Length)]).Distinct()],
                Need: hasNeed ? profile.Need : null,
                MinimumAge: minimum,
                MaximumAge: maximum,
                Languages: LanguageSets[random.Next(LanguageSets.Length)],
                IsFree: random.Next(5) > 0,
                Modes: random.Next(10) switch { 0 => DeliveryModes.Online, 1 => DeliveryModes.Phone, 2 => DeliveryModes.InPerson | DeliveryModes.Phone, _ => DeliveryModes.InPerson },
                ReferralMode: random.Next(3) == 0 ? ReferralMode.SignpostOnly : ReferralMode.AcceptsReferrals,
                Status: random.Next(100) switch { < 3 => ServiceStatus.TemporarilyClosed, < 5 => ServiceStatus.Inactive, _ => ServiceStatus.Active },
                Capacity: random.Next(6) switch { 0 => CapacityStatus.NoCapacity, 1 => CapacityStatus.Waitlist, 2 => null, 3 => CapacityStatus.AssessmentRequired, _ => CapacityStatus.HasCapacity },
                AssuredDate: random.Next(4) == 0 ? null : today.AddDays(-random.Next(0, 900)),
                Locations: [.. Enumerable.Range(0, random.Next(1, 4)).Select(i =>
                {
                    var (latitude, longitude) = venues[random.Next(venues.Length)];
                    return new SearchLocation(new Guid(n + 1, (short)i, 2, [1, 2, 3, 4, 5, 6, 7, 8]), null, latitude, longitude, null);
                })],
                Openings: Openings(random));
        }
    }

    private static OpeningSlot[] Openings(Random random)
    {
        if (random.Next(7) == 0)
        {
            return [];
        }

        var slots = new OpeningSlot[random.Next(1, 6)];
        for (var i = 0; i < slots.Length; i++)
        {
            var day = random.Next(10) < 8 ? (DayOfWeek)random.Next(1, 6) : (DayOfWeek)(random.Next(2) * 6);
            var quarter = random.Next(10) == 0 ? 15 : 0;
            var opens = new TimeOnly(random.Next(8, 19), random.Next(2) * 30 + quarter);
            slots[i] = new OpeningSlot(day, opens, opens.AddMinutes(random.Next(2, 13) * 30));
        }

        return slots;
    }

    /// <summary>A rare word: skewed so that a few are common and most are seen a handful of times.</summary>
    private string Rare(Random random) => rareWords[(int)(Math.Pow(random.NextDouble(), 2.5) * rareWords.Length)];

    private static string InventWord(Random random)
    {
        string[] onsets = ["b", "br", "c", "ch", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "sh", "st", "t", "th", "w"];
        string[] vowels = ["a", "e", "i", "o", "u", "ai", "ea", "ee", "oo", "ou"];
        string[] codas = ["", "n", "r", "l", "m", "ck", "st", "nd", "th", "ley", "by", "ton", "ford", "worth"];
        var syllables = random.Next(2, 4);
        var word = string.Concat(Enumerable.Range(0, syllables).Select(_ => onsets[random.Next(onsets.Length)] + vowels[random.Next(vowels.Length)]))
            + codas[random.Next(codas.Length)];
        return char.ToUpperInvariant(word[0]) + word[1..];
    }
}
