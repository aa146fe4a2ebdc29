namespace Linkwork.Data.Search;

/// <summary>
/// Evaluates a compiled <see cref="TextQuery"/> and hands every matching document, with its BM25 score, to a
/// <see cref="MatchCollector"/>. A one-clause query (the usual case) streams straight from the postings: one
/// term is one tight loop; several alternatives keep each document's best score in a dense array and mark it in
/// a bitset, which is then read in ascending order. When every clause is required, one clause drives and
/// its documents are looked up in the others. Otherwise (a long query where one word may be missing) it goes
/// term-at-a-time: each clause adds to a dense score array and sets its bit.
/// </summary>
internal sealed partial class TextScorer(TextIndex index, DocumentStore documents, TextPlan plan)
{
    /// <summary>
    /// A clause with up to this many alternatives is merged in document order; with more, keeping the best
    /// score per document in the scratch arrays is cheaper than comparing every list's head for every match.
    /// </summary>
    private const int MaxMergedAlternatives = 3;

    /// <summary>Phrase alternatives are listed before a merge only up to this many lead postings in all; beyond, the scratch arrays are cheaper.</summary>
    private const long MaxListedPostings = 50_000;

    /// <summary>
    /// Whether looking each of <paramref name="sourceSize"/> documents up in the text index costs less than
    /// reading the query's postings: then the caller passes them to <see cref="Evaluate"/> as the source.
    /// </summary>
    public bool PrefersSource(TextQuery query, long sourceSize)
    {
        if (plan != TextPlan.Automatic)
        {
            return plan == TextPlan.FromSource;
        }

        var lookupsPerDocument = query.Clauses.Sum(c => c.Alternatives.Sum(a => a.Terms.Sum(t => index.Dense(t) is null ? 4L : 1L)));
        return sourceSize * lookupsPerDocument < query.Clauses.Sum(c => c.Cost);
    }

    /// <summary>
    /// Evaluates the query. With <paramref name="useSource"/>, only the documents of <paramref name="source"/>
    /// (ascending, a superset of those that can pass the filters, such as the services with the query's
    /// taxonomy terms) are looked up in the text index, instead of reading the postings. Either way, with
    /// <paramref name="restrict"/>, documents outside that bitset (a superset of those that can pass the
    /// filters) are skipped with one bit test before any scoring.
    /// </summary>
    public void Evaluate(TextQuery query, MatchCollector collector, SearchScratch scratch, ReadOnlySpan<int> source, bool useSource, ulong[]? restrict)
    {
        var averageLength = documents.LiveCount == 0 ? 1f : Math.Max(1f, (float)((double)index.LiveLength / documents.LiveCount));
        var bm25 = new Bm25(averageLength, documents.LiveCount);
        if (useSource)
        {
            EvaluateFromSource(query, bm25, collector, source, restrict);
        }
        else if (query.Clauses.Count == 1 && plan != TextPlan.TermAtATime)
        {
            EvaluateOneClause(query.Clauses[0], bm25, collector, scratch, restrict);
        }
        else if (query.MinimumClauses == query.Clauses.Count && plan != TextPlan.TermAtATime)
        {
            EvaluateAllRequired(query, bm25, collector, scratch, restrict);
        }
        else
        {
            EvaluateClauses(query, bm25, collector, scratch, restrict);
        }
    }
}
