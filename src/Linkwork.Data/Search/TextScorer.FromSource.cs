namespace Linkwork.Data.Search;

internal sealed partial class TextScorer
{
    /// <summary>
    /// Looks up each document of a filter's source in every clause, instead of reading the postings; skips
    /// documents outside <paramref name="restrict"/> (the radius, when it was worked out first).
    /// </summary>
    private void EvaluateFromSource(TextQuery query, Bm25 bm25, MatchCollector collector, ReadOnlySpan<int> source, ulong[]? restrict)
    {
        var clauses = query.Clauses.Select(c => c.Alternatives.Select(a => new AlternativeProbe(a, index, bm25)).ToArray()).ToArray();
        var lengths = documents.TextLengths;
        var minimum = query.MinimumClauses;
        foreach (var document in source)
        {
            if (restrict is not null && !Bits.Has(restrict, document))
            {
                continue;
            }

            var length = lengths[document];
            var score = 0f;
            var met = 0;
            for (var c = 0; c < clauses.Length && met + (clauses.Length - c) >= minimum; c++)
            {
                var clauseScore = 0f;
                foreach (var probe in clauses[c])
                {
                    clauseScore = Math.Max(clauseScore, probe.Score(document, length, bm25));
                }

                if (clauseScore > 0)
                {
                    met++;
                    score += clauseScore;
                }
            }

            if (met >= minimum)
            {
                collector.AddText(document, score);
            }
        }
    }
}
