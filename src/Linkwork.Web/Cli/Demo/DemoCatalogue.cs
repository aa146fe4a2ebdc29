using System.Collections.Immutable;

namespace Linkwork.Web.Cli.Demo;

/// <summary>
/// Reference data for the demo programme: Rotherham's neighbourhoods, streets, names, ethnic groups and the
/// kinds of community services found there. Invented organisations only; contact details use ranges that are
/// reserved for fiction (example.org domains, Ofcom's drama telephone numbers), so nothing reaches a real body.
/// </summary>
public static partial class DemoCatalogue
{
    public const double SouthLatitude = 53.30;
    public const double NorthLatitude = 53.53;
    public const double WestLongitude = -1.47;
    public const double EastLongitude = -1.12;

    public static bool IsInBoundingBox(double latitude, double longitude) =>
        latitude is >= SouthLatitude and <= NorthLatitude && longitude is >= WestLongitude and <= EastLongitude;

    /// <summary>Letters Royal Mail uses in the last two characters of a postcode (never C, I, K, M, O or V).</summary>
    public const string PostcodeUnitLetters = "ABDEFGHJLNPQRSTUWXYZ";

    public static ImmutableArray<string> Streets { get; } =
    [
        "High Street", "Church Street", "Main Street", "Station Road", "Doncaster Road", "Bawtry Road",
        "Wath Road", "Fitzwilliam Road", "Moorgate Road", "Wellgate", "Westgate", "Effingham Street",
        "Park Road", "Victoria Street", "Queen Street", "King Street", "Manor Road", "Chapel Street",
        "School Lane", "Mill Lane", "Green Lane", "The Crescent", "Sheffield Road", "Barnsley Road",
        "Rotherham Road", "Hollybush Street", "Far Lane", "Hague Lane", "Morthen Road", "Blyth Road",
        "Grange Lane", "Braithwell Road", "Worksop Road", "Laughton Road", "Wentworth Road", "Kilnhurst Road",
        "Bridge Street", "Milton Road", "Clifton Lane", "Badsley Moor Lane", "Herringthorpe Valley Road",
        "Wickersley Road", "Flash Lane", "Dinnington Road", "Dalton Lane", "Greasbrough Road", "Mangham Road",
        "Coronation Street", "Hollowgate", "Northfield Lane", "Oakwood Road", "Cross Street", "Market Place",
    ];

    /// <summary>Venues any kind of group might meet in; wrapped around the neighbourhood's place name.</summary>
    public static ImmutableArray<AreaPhrase> Venues { get; } =
    [
        new("", " Community Centre"), new("", " Library"), new("St Mary's Church Hall, ", ""),
        new("", " Methodist Church"), new("", " Miners' Welfare Hall"), new("", " Leisure Centre"),
        new("", " Health Centre"), new("", " Village Hall"), new("", " Parish Hall"),
        new("", " Youth and Community Centre"), new("", " Baptist Church Hall"), new("", " Family Hub"),
        new("", " Neighbourhood Centre"), new("St John's Church Hall, ", ""), new("", " Working Men's Club"),
        new("", " Resource Centre"),
    ];

    /// <summary>Community languages heard in Rotherham, weighted by how often services offer them.</summary>
    public static ImmutableArray<LanguageSet> OtherLanguages { get; } =
    [
        new(["ur", "pa"], "Urdu and Punjabi", 25),
        new(["ur"], "Urdu", 15),
        new(["sk", "cs"], "Slovak and Czech", 12),
        new(["sk", "rom"], "Slovak and Romani", 8),
        new(["pl"], "Polish", 10),
        new(["ro"], "Romanian", 8),
        new(["ar"], "Arabic", 8),
        new(["ku", "ar"], "Kurdish and Arabic", 6),
        new(["bn"], "Bengali", 3),
        new(["zh"], "Chinese", 3),
        new(["fa"], "Persian", 2),
    ];

    public const string County = "South Yorkshire";

    private static readonly Dictionary<string, string> LanguageNames = new(StringComparer.Ordinal)
    {
        ["en"] = "English", ["ur"] = "Urdu", ["pa"] = "Punjabi", ["sk"] = "Slovak", ["cs"] = "Czech", ["rom"] = "Romani",
        ["pl"] = "Polish", ["ro"] = "Romanian", ["ar"] = "Arabic", ["ku"] = "Kurdish", ["bn"] = "Bengali",
        ["zh"] = "Chinese", ["fa"] = "Persian",
    };

    public static string LanguageName(string code) => LanguageNames[code];

    public static ImmutableArray<string> ReferralSentences { get; } =
    [
        "Ask your link worker to refer you, or get in touch to find out more.",
        "Referrals from link workers, GPs and other professionals are welcome.",
        "Your link worker can refer you, or you can refer yourself.",
        "Speak to your link worker about a referral; we will call you within a week.",
    ];

    public static ImmutableArray<string> SignpostSentences { get; } =
    [
        "No referral needed – just come along.",
        "Drop in; there is no need to book.",
        "Contact us directly to book a place.",
        "Just turn up, or ring first if you would like someone to meet you at the door.",
    ];

    public static ImmutableArray<string> WelcomeSentences { get; } =
    [
        "Everyone is welcome.",
        "The venue is wheelchair accessible.",
        "Tea, coffee and a friendly welcome are always on offer.",
        "You are welcome to bring a friend or family member.",
        "There is free parking nearby and a bus stop outside.",
        "Run by trained staff and volunteers.",
    ];
}
