using System.Buffers;
using System.Numerics;

namespace Linkwork.Data.Search;

/// <summary>
/// Evaluates a compiled <see cref="TextQuery"/> and hands every matching document, with its BM25 score, to a
/// <see cref="MatchCollector"/>. A one-clause query (the usual case) streams straight from the postings: one
/// term is one tight loop; several alternatives keep each document's best score in a dense array and mark it in
/// a bitset, which is then read in ascending order. When every clause is required, one clause drives and
/// its documents are looked up in the others. Otherwise (a long query where one word may be missing) it goes
/// term-at-a-time: each clause adds to a dense score array and sets its bit.
/// </summary>
internal sealed class TextScorer(TextIndex index, DocumentStore documents, TextPlan plan)
{
    /// <summary>A merge reads up to this many alternatives side by side; the smaller rest are pooled into one list.</summary>
    private const int MaxMergedAlternatives = 6;

    /// <summary>Phrase alternatives are listed before a merge only up to this many lead postings in all; beyond, the scratch arrays are cheaper.</summary>
    private const long MaxListedPostings = 200_000;

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
    /// taxonomy terms) are looked up in the text index, instead of reading the postings. Otherwise, with
    /// <paramref name="restrict"/>, postings of documents outside that bitset (a superset of those that can pass
    /// the filters) are skipped with one bit test before any scoring.
    /// </summary>
    public void Evaluate(TextQuery query, MatchCollector collector, SearchScratch scratch, ReadOnlySpan<int> source, bool useSource, ulong[]? restrict)
    {
        var averageLength = documents.LiveCount == 0 ? 1f : Math.Max(1f, (float)((double)index.LiveLength / documents.LiveCount));
        var bm25 = new Bm25(averageLength, documents.LiveCount);
        if (useSource)
        {
            EvaluateFromSource(query, bm25, collector, source);
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

    /// <summary>Looks up each document of a filter's source in every clause, instead of reading the postings.</summary>
    private void EvaluateFromSource(TextQuery query, Bm25 bm25, MatchCollector collector, ReadOnlySpan<int> source)
    {
        var clauses = query.Clauses.Select(c => c.Alternatives.Select(a => new AlternativeProbe(a, index, bm25)).ToArray()).ToArray();
        var lengths = documents.TextLengths;
        var minimum = query.MinimumClauses;
        foreach (var document in source)
        {
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
        for (var w = 0; w < Bits.WordsFor(documents.Count); w++)
        {
            var word = marks[w];
            if (word == 0)
            {
                continue;
            }

            marks[w] = 0;
            while (word != 0)
            {
                var document = (w << 6) + Bits.Lowest(word);
                word &= word - 1;
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

        if (clause.Alternatives.Sum(a => a.Terms.Length == 1 ? 0L : a.Terms.Min(t => index.Postings(t).Count)) <= MaxListedPostings)
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
        for (var w = 0; w < Bits.WordsFor(documents.Count); w++)
        {
            var word = marks[w];
            if (word == 0)
            {
                continue;
            }

            marks[w] = 0;
            while (word != 0)
            {
                var document = (w << 6) + Bits.Lowest(word);
                word &= word - 1;
                collector.AddText(document, best[document]);
                best[document] = 0;
            }
        }
    }

    /// <summary>
    /// A clause with a few alternatives: their matches are merged in document order and each document is
    /// collected once with its best score, without the scratch arrays. A single-term alternative is read
    /// straight from its postings; a multi-term one (a phrase synonym) is first listed in document order;
    /// the smallest alternatives beyond the first few are pooled into one sorted list.
    /// </summary>
    private void MergeAlternatives(IReadOnlyList<Alternative> alternatives, Bm25 bm25, MatchCollector collector, ulong[]? restrict)
    {
        var byCost = alternatives.OrderByDescending(a => a.Terms.Min(t => index.Postings(t).Count)).ToList();
        var sources = byCost.Take(MaxMergedAlternatives - 1).Select(a => AlternativeCursor.For(a, index, documents, bm25)).ToList();
        if (byCost.Count >= MaxMergedAlternatives)
        {
            sources.Add(AlternativeCursor.Pooled(byCost.Skip(MaxMergedAlternatives - 1), index, documents, bm25));
        }

        var cursors = sources.ToArray();
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

    /// <summary>
    /// The matches of one alternative in document order: straight from the postings for one term, or from a
    /// list made beforehand (a phrase, or several small alternatives pooled) with the scores worked out. Lists
    /// are rented from the shared array pool and given back by <see cref="Release"/>, so a search allocates
    /// nothing large.
    /// </summary>
    private sealed class AlternativeCursor
    {
        private readonly int[] documents;
        private readonly byte[]? weights;
        private readonly float[]? scores;
        private readonly float idf;
        private readonly int count;
        private int position;

        private AlternativeCursor(int[] documents, byte[]? weights, float[]? scores, float idf, int count)
        {
            this.documents = documents;
            this.weights = weights;
            this.scores = scores;
            this.idf = idf;
            this.count = count;
        }

        /// <summary>The current document, or <see cref="int.MaxValue"/> when done.</summary>
        public int Document => position < count ? documents[position] : int.MaxValue;

        public static AlternativeCursor For(Alternative alternative, TextIndex index, DocumentStore store, Bm25 bm25)
        {
            if (alternative.Terms.Length == 1)
            {
                var postings = index.Postings(alternative.Terms[0]);
                return new AlternativeCursor(postings.Documents, postings.Weights, null, bm25.Idf(postings.Count) * alternative.Weight, postings.Count);
            }

            var found = new PooledMatches();
            Enumerate(alternative, index, store, bm25, ref found);
            return new AlternativeCursor(found.Documents, null, found.Scores, 0, found.Count);
        }

        /// <summary>Several small alternatives as one list, each document with its best score among them.</summary>
        public static AlternativeCursor Pooled(IEnumerable<Alternative> alternatives, TextIndex index, DocumentStore store, Bm25 bm25)
        {
            var found = new PooledMatches();
            foreach (var alternative in alternatives)
            {
                Enumerate(alternative, index, store, bm25, ref found);
            }

            Array.Sort(found.Documents, found.Scores, 0, found.Count);
            var kept = 0;
            for (var i = 0; i < found.Count; i++)
            {
                if (kept > 0 && found.Documents[kept - 1] == found.Documents[i])
                {
                    found.Scores[kept - 1] = Math.Max(found.Scores[kept - 1], found.Scores[i]);
                }
                else
                {
                    found.Documents[kept] = found.Documents[i];
                    found.Scores[kept] = found.Scores[i];
                    kept++;
                }
            }

            return new AlternativeCursor(found.Documents, null, found.Scores, 0, kept);
        }

        public float Score(int length, Bm25 bm25) =>
            scores is not null ? scores[position] : idf * bm25.Saturate(weights![position], length);

        public int Next()
        {
            position++;
            return Document;
        }

        /// <summary>Gives a made list back to the pool.</summary>
        public void Release()
        {
            if (scores is not null)
            {
                ArrayPool<int>.Shared.Return(documents);
                ArrayPool<float>.Shared.Return(scores);
            }
        }

        /// <summary>Adds every document holding all the alternative's terms, in document order, with its score.</summary>
        private static void Enumerate(Alternative alternative, TextIndex index, DocumentStore store, Bm25 bm25, ref PooledMatches found)
        {
            var lengths = store.TextLengths;
            var lead = alternative.Terms.Select(index.Postings).MinBy(p => p.Count)!;
            var others = new AlternativeProbe(new Alternative([.. alternative.Terms.Where(t => index.Postings(t) != lead)], alternative.Weight), index, bm25);
            var hasOthers = alternative.Terms.Length > 1;
            var leadIdf = bm25.Idf(lead.Count) * alternative.Weight;
            for (var p = 0; p < lead.Count; p++)
            {
                var document = lead.Documents[p];
                var length = lengths[document];
                var rest = hasOthers ? others.Score(document, length, bm25) : 0;
                if (!hasOthers || rest > 0)
                {
                    found.Add(document, (leadIdf * bm25.Saturate(lead.Weights[p], length)) + rest);
                }
            }
        }
    }

    /// <summary>A growing list of (document, score) in arrays rented from the shared pool.</summary>
    private struct PooledMatches()
    {
        public int[] Documents = ArrayPool<int>.Shared.Rent(256);
        public float[] Scores = ArrayPool<float>.Shared.Rent(256);
        public int Count;

        public void Add(int document, float score)
        {
            if (Count == Documents.Length)
            {
                var documents = ArrayPool<int>.Shared.Rent(Count * 2);
                var scores = ArrayPool<float>.Shared.Rent(Count * 2);
                Documents.AsSpan(0, Count).CopyTo(documents);
                Scores.AsSpan(0, Count).CopyTo(scores);
                ArrayPool<int>.Shared.Return(Documents);
                ArrayPool<float>.Shared.Return(Scores);
                Documents = documents;
                Scores = scores;
            }

            Documents[Count] = document;
            Scores[Count] = score;
            Count++;
        }
    }

    private void EvaluateClauses(TextQuery query, Bm25 bm25, MatchCollector collector, SearchScratch scratch, ulong[]? restrict)
    {
        var clauses = query.Clauses.OrderBy(c => c.Cost).ToList();
        var allRequired = query.MinimumClauses == clauses.Count;
        var scores = scratch.Scores;
        var masks = scratch.Masks;
        var best = scratch.Best;
        var marks = scratch.Marks;
        var touched = scratch.Touched;
        var lengths = documents.TextLengths;
        uint processed = 0;
        for (var i = 0; i < clauses.Count; i++)
        {
            var bit = 1u << i;
            // A document that missed an earlier clause can no longer qualify when all clauses are required.
            var mustHave = allRequired && i > 0 ? processed : uint.MaxValue;
            var clause = clauses[i];
            if (clause.Alternatives.Count == 1 && clause.Alternatives[0].Terms.Length == 1)
            {
                var alternative = clause.Alternatives[0];
                var postings = index.Postings(alternative.Terms[0]);
                var idf = bm25.Idf(postings.Count) * alternative.Weight;
                if (mustHave != uint.MaxValue && index.Dense(alternative.Terms[0]) is { } dense && touched.Count < postings.Count)
                {
                    // Fewer documents are still in the running than the term has postings: look each one up.
                    foreach (var document in touched.AsSpan())
                    {
                        var weight = dense[document];
                        if (masks[document] == mustHave && weight != 0)
                        {
                            scores[document] += idf * bm25.Saturate(weight, lengths[document]);
                            masks[document] |= bit;
                        }
                    }
                }
                else
                {
                    var docs = postings.Documents;
                    var weights = postings.Weights;
                    for (var p = 0; p < postings.Count; p++)
                    {
                        var document = docs[p];
                        var mask = masks[document];
                        if ((mustHave != uint.MaxValue && mask != mustHave) || (restrict is not null && !Bits.Has(restrict, document)))
                        {
                            continue;
                        }

                        if (mask == 0)
                        {
                            touched.Add(document);
                        }

                        scores[document] += idf * bm25.Saturate(weights[p], lengths[document]);
                        masks[document] = mask | bit;
                    }
                }
            }
            else
            {
                foreach (var alternative in clause.Alternatives)
                {
                    KeepBest(alternative, bm25, scratch, masks, mustHave, restrict);
                }

                for (var w = 0; w < Bits.WordsFor(documents.Count); w++)
                {
                    var word = marks[w];
                    marks[w] = 0;
                    while (word != 0)
                    {
                        var document = (w << 6) + Bits.Lowest(word);
                        word &= word - 1;
                        if (masks[document] == 0)
                        {
                            touched.Add(document);
                        }

                        scores[document] += best[document];
                        masks[document] |= bit;
                        best[document] = 0;
                    }
                }
            }

            processed |= bit;
        }

        var minimum = query.MinimumClauses;
        foreach (var document in touched.AsSpan())
        {
            var mask = masks[document];
            if (allRequired ? mask == processed : BitOperations.PopCount(mask) >= minimum)
            {
                collector.AddText(document, scores[document]);
            }
        }
    }

    /// <summary>
    /// Raises each matching document's entry in <see cref="SearchScratch.Best"/> to this alternative's score and
    /// marks it in <see cref="SearchScratch.Marks"/>. With <paramref name="masks"/>, skips documents whose clause
    /// mask is not <paramref name="mustHave"/>.
    /// </summary>
    private void KeepBest(Alternative alternative, Bm25 bm25, SearchScratch scratch, uint[]? masks, uint mustHave, ulong[]? restrict)
    {
        var best = scratch.Best;
        var marks = scratch.Marks;
        var lengths = documents.TextLengths;
        var terms = alternative.Terms.OrderBy(t => index.Postings(t).Count).ToArray();
        var lists = terms.Select(index.Postings).ToArray();
        var denses = terms.Select(index.Dense).ToArray();
        var idfs = lists.Select(p => bm25.Idf(p.Count) * alternative.Weight).ToArray();
        var restricted = masks is not null && mustHave != uint.MaxValue;
        if (restricted && denses.All(d => d is not null) && scratch.Touched.Count < lists[0].Count)
        {
            // Fewer documents are still in the running than the rarest term has postings: look each one up.
            foreach (var document in scratch.Touched.AsSpan())
            {
                if (masks![document] != mustHave)
                {
                    continue;
                }

                var length = lengths[document];
                var score = 0f;
                for (var t = 0; t < denses.Length; t++)
                {
                    var weight = denses[t]![document];
                    if (weight == 0)
                    {
                        score = 0;
                        break;
                    }

                    score += idfs[t] * bm25.Saturate(weight, length);
                }

                if (score > 0)
                {
                    marks[document >> 6] |= 1UL << document;
                    best[document] = Math.Max(best[document], score);
                }
            }

            return;
        }

        // Walk the rarest term's postings; find each document in the others by probing a dense array,
        // stepping through a list of similar length, or galloping through a much longer one.
        var lead = lists[0];
        var leadDocs = lead.Documents;
        var leadWeights = lead.Weights;
        var cursors = new int[lists.Length];
        var galloping = lists.Select(l => l.Count > lead.Count * 16L).ToArray();
        for (var p = 0; p < lead.Count; p++)
        {
            var document = leadDocs[p];
            if ((restricted && masks![document] != mustHave) || (restrict is not null && !Bits.Has(restrict, document)))
            {
                continue;
            }

            var length = lengths[document];
            var score = idfs[0] * bm25.Saturate(leadWeights[p], length);
            for (var other = 1; other < lists.Length && score > 0; other++)
            {
                int weight;
                if (denses[other] is { } dense)
                {
                    weight = dense[document];
                }
                else
                {
                    var list = lists[other];
                    var at = galloping[other] ? list.Find(document, cursors[other]) : Step(list, document, cursors[other]);
                    cursors[other] = at < 0 ? ~at : at + 1;
                    weight = at < 0 ? 0 : list.Weights[at];
                }

                score = weight == 0 ? 0 : score + (idfs[other] * bm25.Saturate(weight, length));
            }

            if (score > 0)
            {
                marks[document >> 6] |= 1UL << document;
                if (score > best[document])
                {
                    best[document] = score;
                }
            }
        }
    }

    /// <summary>Scores one alternative for documents given in ascending order, by lookups rather than a scan.</summary>
    private sealed class AlternativeProbe
    {
        private readonly PostingList[] lists;
        private readonly byte[]?[] denses;
        private readonly float[] idfs;
        private readonly int[] cursors;

        public AlternativeProbe(Alternative alternative, TextIndex index, Bm25 bm25)
        {
            lists = [.. alternative.Terms.Select(index.Postings)];
            denses = [.. alternative.Terms.Select(index.Dense)];
            idfs = [.. lists.Select(p => bm25.Idf(p.Count) * alternative.Weight)];
            cursors = new int[lists.Length];
        }

        /// <summary>The alternative's score for the document, or 0 if it lacks one of the terms.</summary>
        public float Score(int document, int length, Bm25 bm25)
        {
            var score = 0f;
            for (var t = 0; t < lists.Length; t++)
            {
                int weight;
                if (denses[t] is { } dense)
                {
                    weight = dense[document];
                }
                else
                {
                    var at = lists[t].Find(document, cursors[t]);
                    cursors[t] = at < 0 ? ~at : at + 1;
                    weight = at < 0 ? 0 : lists[t].Weights[at];
                }

                if (weight == 0)
                {
                    return 0;
                }

                score += idfs[t] * bm25.Saturate(weight, length);
            }

            return score;
        }
    }

    /// <summary>Like <see cref="PostingList.Find"/> but walking forward one posting at a time.</summary>
    private static int Step(PostingList list, int document, int from)
    {
        var docs = list.Documents;
        var count = list.Count;
        var at = from;
        while (at < count && docs[at] < document)
        {
            at++;
        }

        return at < count && docs[at] == document ? at : ~at;
    }

    /// <summary>BM25 with the average document length and the document count folded into constants.</summary>
    private readonly struct Bm25(float averageLength, int documentCount)
    {
        private const float K1Plus1 = Ranking.K1 + 1;
        private readonly float fixedPart = Ranking.K1 * (1 - Ranking.B);
        private readonly float perLength = Ranking.K1 * Ranking.B / averageLength;

        // Postings of removed documents still count in the frequency, so it can exceed the live count.
        public float Idf(int documentFrequency) =>
            (float)Math.Log(1 + ((Math.Max(0, documentCount - documentFrequency) + 0.5) / (documentFrequency + 0.5)));

        public float Saturate(int weight, int length) => weight * K1Plus1 / (weight + fixedPart + (perLength * length));
    }
}
