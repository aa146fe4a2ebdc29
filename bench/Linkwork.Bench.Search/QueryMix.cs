using Linkwork.Data.Search;
using Linkwork.Domain.Directory;

namespace Linkwork.Bench.Search;

/// <summary>The classes of query the benchmark times, each with varied parameters from a seeded generator.</summary>
internal sealed class QueryMix(SyntheticDirectory directory, int seed)
{
    private static readonly string[] TextOnly = ["food bank", "counselling", "walking group"];

    public static readonly (string Text, NeedCategory Need)[] TextWithNeed =
    [
        ("food", NeedCategory.Food), ("counselling", NeedCategory.MentalHealthCounselling), ("walking", NeedCategory.Walking),
        ("debt advice", NeedCategory.DebtAndBenefits), ("lunch club", NeedCategory.BefriendingAndGroups), ("garden", NeedCategory.NatureAndGardening),
        ("choir", NeedCategory.Arts), ("job club", NeedCategory.JobTraining),
    ];

    private static readonly string[] LooseText = ["councelling", "couns", "lonely", "money", "befreinding", "food pantry", "exercise", "housing advice"];

    /// <summary>The classes in the order they are reported; the first four are the target mix.</summary>
    public IReadOnlyList<(string Name, bool InTargetMix, Func<Random, SearchQuery> Next)> Classes =>
    [
        ("text only (food bank, counselling, walking group)", true, r => new SearchQuery { Text = TextOnly[r.Next(TextOnly.Length)] }),
        ("text + radius 5 km + need or taxonomy + age", true, TextRadiusNeedAge),
        ("radius 3 km only", true, r => AtRandomPoint(r) with { RadiusKm = 3 }),
        ("open now only", true, r => new SearchQuery { OpenAt = new OpenAt((DayOfWeek)r.Next(0, 7), new TimeOnly(r.Next(8, 20), r.Next(0, 60))) }),
        ("text: typo, prefix, synonym", false, r => new SearchQuery { Text = LooseText[r.Next(LooseText.Length)] }),
        ("text near a point, no radius", false, r => AtRandomPoint(r) with { Text = TextOnly[r.Next(TextOnly.Length)] }),
        ("nearest first, no text, no radius", false, AtRandomPoint),
        ("browse everything (freshness order)", false, _ => new SearchQuery()),
        ("need + free + language", false, r => new SearchQuery { Need = (NeedCategory)r.Next(0, 15), FreeOnly = true, Language = r.Next(2) == 0 ? "ur" : "en" }),
    ];

    public Random NewRandom(int salt) => new(seed + salt);

    public SearchQuery TextRadiusNeedAge(Random random) => TextRadiusNeedAge(random, TextWithNeed[random.Next(TextWithNeed.Length)], random.Next(2) == 0);

    public SearchQuery TextRadiusNeedAge(Random random, (string Text, NeedCategory Need) pick, bool byNeed)
    {
        var (text, need) = pick;
        var query = AtRandomPoint(random) with { Text = text, RadiusKm = 5, Age = random.Next(18, 80) };
        return byNeed
            ? query with { Need = need }
            : query with { TaxonomyTermIds = [directory.TaxonomyFor(need, random.Next(13)), directory.TaxonomyFor(need, random.Next(13))] };
    }

    private static SearchQuery AtRandomPoint(Random random)
    {
        var (latitude, longitude) = SyntheticDirectory.RandomPoint(random);
        return new SearchQuery { Latitude = latitude, Longitude = longitude };
    }
}
