namespace Linkwork.Data.Search;

internal sealed partial class TextScorer
{
    private void EvaluateOneClause(Clause clause, Bm25 bm25, MatchCollector collector, SearchScratch scratch, ulong[]? restrict)
    {
        if (clause.Alternatives.Count == 1 && clause.Alternatives[0].Terms.Length == 1)
        {
            var alternative = clause.Alternatives[0];
            var postings = index.Postings(alternative.Terms[0]);
            var docs = postings.Documents;
            var weights = postings.Weights;
            var lengths = documents.TextLengths;
            var idf = bm25.Idf(postings.Count) * alternative.Weight;
            for (var p = 0; p < postings.Count; p++)
            {
                var document = docs[p];
                if (restrict is null || Bits.Has(restrict, document))
                {
                    collector.AddText(document, idf * bm25.Saturate(weights[p], lengths[document]));
                }
            }

            return;
        }

        if (clause.Alternatives.Count <= MaxMergedAlternatives
            && clause.Alternatives.Sum(a => a.Terms.Length == 1 ? 0L : a.Terms.Min(t => index.Postings(t).Count)) <= MaxListedPostings)
        {
            MergeAlternatives(clause.Alternatives, bm25, collector, restrict);
            return;
        }

        foreach (var alternative in clause.Alternatives)
        {
            KeepBest(alternative, bm25, scratch, masks: null, mustHave: uint.MaxValue, restrict);
        }

        var best = scratch.Best;
        var marks = scratch.Marks;
        foreach (var document in Bits.Drain(marks, documents.Count))
        {
            collector.AddText(document, best[document]);
            best[document] = 0;
        }
    }

    /// <summary>
    /// A clause with a few alternatives: their matches are merged in document order and each document is
    /// collected once with its best score, without the scratch arrays. A single-term alternative is read
    /// straight from its postings; a multi-term one (a phrase synonym) is first listed in document order.
    /// </summary>
    private void MergeAlternatives(IReadOnlyList<Alternative> alternatives, Bm25 bm25, MatchCollector collector, ulong[]? restrict)
    {
        var cursors = alternatives.Select(a => AlternativeCursor.For(a, index, documents, bm25)).ToArray();
        try
        {
            Merge(cursors, bm25, collector, restrict);
        }
        finally
        {
            foreach (var cursor in cursors)
            {
                cursor.Release();
            }
        }
    }

    private void Merge(AlternativeCursor[] cursors, Bm25 bm25, MatchCollector collector, ulong[]? restrict)
    {
        var heads = cursors.Select(c => c.Document).ToArray();
        var lengths = documents.TextLengths;
        while (true)
        {
            var document = int.MaxValue;
            for (var i = 0; i < heads.Length; i++)
            {
                document = Math.Min(document, heads[i]);
            }

            if (document == int.MaxValue)
            {
                return;
            }

            var wanted = restrict is null || Bits.Has(restrict, document);
            var length = lengths[document];
            var best = 0f;
            for (var i = 0; i < heads.Length; i++)
            {
                if (heads[i] == document)
                {
                    var cursor = cursors[i];
                    if (wanted)
                    {
                        best = Math.Max(best, cursor.Score(length, bm25));
                    }

                    heads[i] = cursor.Next();
                }
            }

            if (wanted)
            {
                collector.AddText(document, best);
            }
        }
    }
}
