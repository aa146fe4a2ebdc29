namespace Linkwork.Data.Search;

/// <summary>One way a clause can be met: every one of <see cref="Terms"/> present, worth <see cref="Weight"/> × their BM25.</summary>
internal sealed record Alternative(int[] Terms, float Weight);

/// <summary>
/// One word of the query (or one synonym phrase of several words) with every way of meeting it: the word
/// itself, its completions, its corrections, its synonyms. A service meets the clause through its best
/// alternative; weaker alternatives carry lower weights so a direct match always ranks above a synonym.
/// </summary>
internal sealed class Clause(IReadOnlyList<Alternative> alternatives)
{
    public IReadOnlyList<Alternative> Alternatives { get; } = alternatives;

    /// <summary>Postings the clause reads: the cost of evaluating it, and an upper bound on its matches.</summary>
    public long Cost { get; init; }
}

/// <summary>A compiled text query: clauses, and how many of them a service must meet.</summary>
internal sealed class TextQuery(IReadOnlyList<Clause> clauses)
{
    public IReadOnlyList<Clause> Clauses { get; } = clauses;

    public int MinimumClauses { get; } = Ranking.MinimumClauses(clauses.Count);

    /// <summary>Text was given but none of its words can match anything: the result is empty.</summary>
    public bool MatchesNothing => Clauses.Count == 0;
}
