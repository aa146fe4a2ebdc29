namespace Linkwork.Data.Search;

/// <summary>
/// The numbers behind the ranking, in one place so they can be tuned against the judged queries in the tests.
/// A text hit scores BM25 × freshness × nearness; without text, results are ordered by distance or freshness.
/// </summary>
internal static class Ranking
{
    // Field weights, as multiples of a description occurrence: name > taxonomy > alternate/organisation > description.
    public const int NameWeight = 4;
    public const int TaxonomyWeight = 3;
    public const int AlternateNameWeight = 2;
    public const int DescriptionWeight = 1;

    // BM25: k1 saturates repeated words; b is lowish because a long description is more thorough, not less relevant.
    public const float K1 = 1.2f;
    public const float B = 0.5f;

    // How much a looser match is worth against the word as typed.
    public const float PrefixWeight = 0.8f;
    public const float OneTypoWeight = 0.7f;
    public const float TwoTyposWeight = 0.5f;
    public const float SynonymWeight = 0.5f;

    /// <summary>At this distance a text hit keeps half its score: local services matter in social prescribing.</summary>
    public const double HalfScoreDistanceKm = 10;

    public const int DaysAssuredCountsAsRecent = 365;

    /// <summary>Unassured services rank just below neutral: not penalised like a stale check, not boosted like a fresh one.</summary>
    public const double UnassuredFreshness = 0.98;

    public static double Nearness(double distanceKm) => 1 / (1 + (distanceKm / HalfScoreDistanceKm));

    /// <summary>
    /// The freshness of a service assured <paramref name="ageDays"/> ago: 1.1 if assured today, falling to 1.0
    /// at a year; 0.95 (a small penalty) when older, falling very slowly so that older checks still order by
    /// date. An unassured service has <see cref="UnassuredFreshness"/>. A date in the future counts as today,
    /// a hair higher for each day ahead, so that the order stays the order of dates.
    /// </summary>
    public static double Freshness(int ageDays)
    {
        if (ageDays < 0)
        {
            return 1.1 + (1e-7 * Math.Min(-ageDays, 36_500));
        }

        return ageDays <= DaysAssuredCountsAsRecent
            ? 1.0 + (0.1 * (1 - ((double)ageDays / DaysAssuredCountsAsRecent)))
            : 0.95 - (0.01 * Math.Min(ageDays - DaysAssuredCountsAsRecent, 36_500) / 36_500);
    }

    /// <summary>
    /// How many of the query's clauses a service must match: all of one or two words, all but one of three or
    /// four, three quarters of longer queries, so a stray word does not empty the results.
    /// </summary>
    public static int MinimumClauses(int clauses) =>
        clauses <= 2 ? clauses : clauses <= 4 ? clauses - 1 : (int)Math.Ceiling(clauses * 0.75);
}
