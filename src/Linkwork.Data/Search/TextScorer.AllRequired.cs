namespace Linkwork.Data.Search;

internal sealed partial class TextScorer
{
    /// <summary>
    /// Every clause required: the clause that is cheapest to drive with is evaluated into the best-score array,
    /// then each of its documents, in ascending order, is looked up in the other clauses (a byte per frequent
    /// term, a forward search otherwise) and collected if it meets them all.
    /// </summary>
    private void EvaluateAllRequired(TextQuery query, Bm25 bm25, MatchCollector collector, SearchScratch scratch, ulong[]? restrict)
    {
        var driver = query.Clauses.MinBy(c => DrivingCost(c, query.Clauses));
        foreach (var alternative in driver!.Alternatives)
        {
            KeepBest(alternative, bm25, scratch, masks: null, mustHave: uint.MaxValue, restrict);
        }

        var others = query.Clauses.Where(c => c != driver)
            .Select(c => c.Alternatives.Select(a => new AlternativeProbe(a, index, bm25)).ToArray())
            .ToArray();
        var best = scratch.Best;
        var marks = scratch.Marks;
        var lengths = documents.TextLengths;
        foreach (var document in Bits.Drain(marks, documents.Count))
        {
            var score = best[document];
            best[document] = 0;
            var length = lengths[document];
            foreach (var probes in others)
            {
                var clauseScore = 0f;
                foreach (var probe in probes)
                {
                    clauseScore = Math.Max(clauseScore, probe.Score(document, length, bm25));
                }

                if (clauseScore == 0)
                {
                    score = 0;
                    break;
                }

                score += clauseScore;
            }

            if (score > 0)
            {
                collector.AddText(document, score);
            }
        }
    }

    /// <summary>
    /// The work of driving with <paramref name="driver"/>: reading its postings, then looking each of its
    /// documents up in the other clauses (one unit for a dense term, several for a search in a list).
    /// </summary>
    private long DrivingCost(Clause driver, IReadOnlyList<Clause> clauses)
    {
        var lookups = clauses.Where(c => c != driver)
            .Sum(c => c.Alternatives.Sum(a => a.Terms.Sum(t => index.Dense(t) is null ? 4L : 1L)));
        return driver.Cost + (Math.Min(driver.Cost, documents.Count) * lookups);
    }
}
