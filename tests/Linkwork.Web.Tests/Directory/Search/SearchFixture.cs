using Linkwork.Data.Search;
using Linkwork.Domain.Directory;

namespace Linkwork.Web.Tests.DirectorySearch;

/// <summary>About thirty hand-written services in and around Rotherham, for judged queries.</summary>
internal static class SearchFixture
{
    public static readonly DateOnly Today = new(2026, 11, 24);

    /// <summary>Rotherham town centre (All Saints' Square).</summary>
    public const double TownLatitude = 53.4300;
    public const double TownLongitude = -1.3560;

    public static readonly Guid FoodBank = Id(1);
    public static readonly Guid Cookery = Id(2);
    public static readonly Guid MaltbyLarder = Id(3);
    public static readonly Guid AgeUkBefriending = Id(4);
    public static readonly Guid LunchClub = Id(5);
    public static readonly Guid WalkingGroup = Id(6);
    public static readonly Guid WalkingFootball = Id(7);
    public static readonly Guid DebtAdvice = Id(8);
    public static readonly Guid Counselling = Id(9);
    public static readonly Guid TalkingTherapies = Id(10);
    public static readonly Guid YouthClub = Id(11);
    public static readonly Guid DigitalSkills = Id(12);
    public static readonly Guid Carers = Id(13);
    public static readonly Guid Housing = Id(14);
    public static readonly Guid JobClub = Id(15);
    public static readonly Guid PolishCentre = Id(16);
    public static readonly Guid UrduWomen = Id(17);
    public static readonly Guid DoncasterFoodHub = Id(18);
    public static readonly Guid Garden = Id(19);
    public static readonly Guid Art = Id(20);
    public static readonly Guid ClosedSwimming = Id(21);
    public static readonly Guid InactiveLibrary = Id(22);
    public static readonly Guid DefunctFoodBank = Id(23);
    public static readonly Guid DementiaCafe = Id(24);
    public static readonly Guid OnlinePeerSupport = Id(25);
    public static readonly Guid KimberworthBefriending = Id(26);
    public static readonly Guid MensShed = Id(27);
    public static readonly Guid StopSmoking = Id(28);
    public static readonly Guid WelfareRights = Id(29);
    public static readonly Guid Yoga = Id(30);

    /// <summary>The dementia café's second location, in the town centre (its first is in Doncaster).</summary>
    public static readonly Guid DementiaCafeTownSite = LocationId(24, 1);

    public static readonly Guid TaxonomyFoodPantry = new("10000000-0000-0000-0000-000000000001");
    public static readonly Guid TaxonomyBefriending = new("10000000-0000-0000-0000-000000000002");
    public static readonly Guid TaxonomyCounselling = new("10000000-0000-0000-0000-000000000003");

    private static readonly OpeningSlot[] WeekdaysNineToFive =
    [
        .. new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday }
            .Select(d => new OpeningSlot(d, new TimeOnly(9, 0), new TimeOnly(17, 0))),
    ];

    public static IReadOnlyList<SearchDocument> Services { get; } =
    [
        Service(1, "Rotherham Food Bank", NeedCategory.Food,
            "Emergency food parcels for people in crisis. Bring your referral voucher from a link worker.",
            (53.4302, -1.3565)) with
        {
            TaxonomyTermIds = [TaxonomyFoodPantry], TaxonomyTermNames = ["Food pantry"], AssuredDate = Today.AddDays(-1),
            Openings = [new(DayOfWeek.Monday, new(10, 15), new(13, 45)), new(DayOfWeek.Thursday, new(10, 15), new(13, 45))],
        },
        Service(2, "Cook and Eat Cookery Class", NeedCategory.Food,
            "Learn to cook healthy meals on a budget. Ingredients come from the food bank surplus; no experience needed.",
            (53.4400, -1.3500)) with { IsFree = false },
        Service(3, "Maltby Community Larder", NeedCategory.Food, "Low-cost groceries for members, every Friday.", (53.4230, -1.2000)),
        Service(4, "Age UK Befriending Service", NeedCategory.BefriendingAndGroups,
            "Weekly phone calls and home visits from a volunteer befriender, for older people living alone.", (53.4320, -1.3600)) with
        {
            MinimumAge = 60, Modes = DeliveryModes.InPerson | DeliveryModes.Phone, TaxonomyTermIds = [TaxonomyBefriending],
            TaxonomyTermNames = ["Befriending"],
        },
        Service(5, "Wickersley Lunch Club", NeedCategory.BefriendingAndGroups,
            "A hot two-course lunch and good company every Tuesday.", (53.4200, -1.2800)) with { MinimumAge = 55 },
        Service(6, "Clifton Park Walking Group", NeedCategory.Walking,
            "Gentle health walks around the park, led by trained walk leaders.", (53.4330, -1.3450)) with
        {
            Openings = [new(DayOfWeek.Saturday, new(10, 0), new(11, 30))],
        },
        Service(7, "Rawmarsh Walking Football", NeedCategory.Exercise, "Walking football for the over 50s. Boots provided.",
            (53.4600, -1.3400)) with { MinimumAge = 50 },
        Service(8, "Citizens Advice Debt Help", NeedCategory.DebtAndBenefits,
            "Free, confidential debt advice, help with budgeting and with benefit claims.", (53.4310, -1.3570)) with
        {
            Modes = DeliveryModes.InPerson | DeliveryModes.Phone,
        },
        Service(9, "Mind Counselling Service", NeedCategory.MentalHealthCounselling,
            "Short-term counselling for anxiety and depression with qualified counsellors. Counselling is free and confidential, in person or by video.",
            (53.4330, -1.3620)) with
        {
            Openings = WeekdaysNineToFive, TaxonomyTermIds = [TaxonomyCounselling], TaxonomyTermNames = ["Counselling"],
            Modes = DeliveryModes.InPerson | DeliveryModes.Online, Capacity = CapacityStatus.Waitlist,
        },
        Service(10, "Talking Therapies Rotherham", NeedCategory.MentalHealthCounselling,
            "NHS psychological therapy for low mood and worry.", (53.4350, -1.3700)) with
        {
            Modes = DeliveryModes.Phone | DeliveryModes.Online, Capacity = CapacityStatus.NoCapacity,
        },
        Service(11, "Thrybergh Youth Club", NeedCategory.BefriendingAndGroups,
            "Games, sport and trips for young people aged 11 to 18.", (53.4500, -1.2900)) with
        {
            MinimumAge = 11, MaximumAge = 18, AssuredDate = null,
        },
        Service(12, "Digital Skills Drop-in", NeedCategory.DigitalInclusion,
            "Get help with computers, tablets and getting online, at Riverside library.", (53.4295, -1.3580)),
        Service(13, "Carers Support Rotherham", NeedCategory.Carers,
            "Information, advice and short breaks for unpaid carers looking after a relative.", (53.4280, -1.3500)),
        Service(14, "Housing Advice Service", NeedCategory.Housing,
            "Advice for people who are homeless or at risk of losing their home.", (53.4290, -1.3620)),
        Service(15, "Dinnington Job Club", NeedCategory.JobTraining,
            "Help with CVs, job searches and interview practice.", (53.3700, -1.2100)) with { AssuredDate = Today.AddDays(-400) },
        Service(16, "Polish Community Centre", NeedCategory.BefriendingAndGroups,
            "A social group with advice and coffee, in Polish and English.", (53.4350, -1.3550)) with { Languages = ["pl", "en"] },
        Service(17, "Urdu Women's Group", NeedCategory.BefriendingAndGroups,
            "Friendship and crafts for women, in Urdu, Punjabi and English.", (53.4380, -1.3650)) with { Languages = ["ur", "pa", "en"] },
        Service(18, "Doncaster Food Hub", NeedCategory.Food, "Surplus food shared with local families.", (53.5200, -1.1300)),
        Service(19, "Community Garden Project", NeedCategory.NatureAndGardening,
            "Grow vegetables and flowers on our allotment; tools and tea provided.", (53.4400, -1.3700)),
        Service(20, "Art for Wellbeing", NeedCategory.Arts, "Painting and crafts sessions to lift your mood.", (53.4260, -1.3400)) with
        {
            IsFree = false,
        },
        Service(21, "Leisure Centre Swimming", NeedCategory.Exercise, "Swimming sessions for adults.", (53.4320, -1.3500)) with
        {
            Status = ServiceStatus.TemporarilyClosed,
        },
        Service(22, "Old Library Reading Group", NeedCategory.Arts, "A book group that no longer meets.", (53.4300, -1.3560)) with
        {
            Status = ServiceStatus.Inactive,
        },
        Service(23, "Eastwood Food Bank", NeedCategory.Food, "A food bank that has closed for good.", (53.4305, -1.3560)) with
        {
            Status = ServiceStatus.Defunct,
        },
        Service(24, "Memory Café", NeedCategory.BefriendingAndGroups,
            "A relaxed café for people living with dementia and their carers.", (53.5200, -1.1300), (53.4310, -1.3590)),
        Service(25, "Online Peer Support", NeedCategory.MentalHealthCounselling,
            "An online peer support group for anxiety, meeting by video.") with { Modes = DeliveryModes.Online },
        Service(26, "Kimberworth Befriending Scheme", NeedCategory.BefriendingAndGroups,
            "Volunteers visit isolated neighbours for a chat.", (53.4400, -1.3900)) with
        {
            ReferralMode = ReferralMode.SignpostOnly,
        },
        Service(27, "Men's Shed", NeedCategory.BefriendingAndGroups, "Woodwork, tools and company for men.", (53.4100, -1.3300)) with
        {
            AssuredDate = Today.AddDays(-800),
            Openings = [new(DayOfWeek.Saturday, new(22, 0), new(2, 0))],
        },
        Service(28, "Stop Smoking Service", null, "Free support to quit smoking, by phone.") with
        {
            Modes = DeliveryModes.Phone, Capacity = null,
        },
        Service(29, "Welfare Rights Team", NeedCategory.DebtAndBenefits,
            "Help with universal credit claims, appeals and disability benefits.", (53.4320, -1.3580)),
        Service(30, "Yoga for Beginners", NeedCategory.Exercise, "Gentle stretching and breathing classes.", (53.4250, -1.3650)) with
        {
            IsFree = false, ReferralMode = ReferralMode.SignpostOnly,
        },
    ];

    public static DirectorySearchIndex Build() => DirectorySearchIndex.Build(Services);

    public static SearchDocument Get(Guid id) => Services.Single(s => s.ServiceId == id);

    public static Guid Id(int number) => new($"00000000-0000-0000-0000-{number:D12}");

    public static Guid LocationId(int service, int index) => new($"20000000-0000-0000-0000-{(service * 10) + index:D12}");

    public static SearchDocument Service(int number, string name, NeedCategory? need, string description, params (double Latitude, double Longitude)[] places) =>
        new(
            ServiceId: Id(number),
            Name: name,
            AlternateName: null,
            Description: description,
            OrganisationName: null,
            TaxonomyTermIds: [],
            TaxonomyTermNames: [],
            Need: need,
            MinimumAge: null,
            MaximumAge: null,
            Languages: ["en"],
            IsFree: true,
            Modes: DeliveryModes.InPerson,
            ReferralMode: ReferralMode.AcceptsReferrals,
            Status: ServiceStatus.Active,
            Capacity: CapacityStatus.HasCapacity,
            AssuredDate: Today.AddDays(-30),
            Locations: [.. places.Select((p, i) => new SearchLocation(LocationId(number, i), null, p.Latitude, p.Longitude, null))],
            Openings: []);

    /// <summary>The ids of every hit on every page, asked for with the given page size.</summary>
    public static List<Guid> AllPages(DirectorySearchIndex index, SearchQuery query, int pageSize)
    {
        var ids = new List<Guid>();
        for (var page = 1; ; page++)
        {
            var results = index.Search(query with { Page = page, PageSize = pageSize }, Today);
            ids.AddRange(results.Hits.Select(h => h.ServiceId));
            if (results.Hits.Count < pageSize)
            {
                return ids;
            }
        }
    }

    public static List<Guid> Ids(this SearchResults results) => [.. results.Hits.Select(h => h.ServiceId)];
}
