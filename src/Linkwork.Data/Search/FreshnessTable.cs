namespace Linkwork.Data.Search;

/// <summary>
/// <see cref="Ranking.Freshness"/> for one day, tabulated by age so that ranking a hundred thousand matches
/// costs a table lookup each, not a division. Built once per day and shared by concurrent searches.
/// </summary>
internal sealed class FreshnessTable
{
    private const int TabulatedDays = 4096;
    private readonly double[] byAge = new double[TabulatedDays];

    public FreshnessTable(int today)
    {
        Today = today;
        for (var age = 0; age < TabulatedDays; age++)
        {
            byAge[age] = Ranking.Freshness(age);
        }
    }

    public int Today { get; }

    public double Of(in DocumentRecord record)
    {
        if (!record.IsAssured)
        {
            return Ranking.UnassuredFreshness;
        }

        var age = Today - record.AssuredDay;
        return (uint)age < TabulatedDays ? byAge[age] : Ranking.Freshness(age);
    }
}
