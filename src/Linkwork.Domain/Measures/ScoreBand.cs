namespace Linkwork.Domain.Measures;

/// <summary>A named range of a score, both ends included ("Moderate", 10–14), with the publication it comes from.</summary>
public sealed record ScoreBand(string Label, decimal Min, decimal Max, string Source)
{
    public bool Contains(decimal score) => score >= Min && score <= Max;
}
