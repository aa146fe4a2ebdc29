using System.Numerics;

namespace Linkwork.Data.Search;

/// <summary>
/// Scores a compiled <see cref="TextQuery"/> term-at-a-time into the dense scratch arrays: for each clause, each
/// posting adds its BM25 to the document's score and sets the clause's bit. When every clause is required,
/// the cheapest clause runs first and later clauses only touch documents that met all earlier ones.
/// Afterwards <see cref="SearchScratch.Touched"/> lists every document scored; <see cref="Matches"/> says
/// which met enough clauses.
/// </summary>
internal sealed class TextScorer(TextIndex index, DocumentStore documents)
{
    private uint requiredMask;
    private int minimumClauses;

    public void Score(TextQuery query, SearchScratch scratch)
    {
        var clauses = query.Clauses.OrderBy(c => c.Cost).ToList();
        var allRequired = query.MinimumClauses == clauses.Count;
        minimumClauses = query.MinimumClauses;
        var averageLength = documents.LiveCount == 0 ? 1f : Math.Max(1f, (float)((double)index.LiveLength / documents.LiveCount));
        var bm25 = new Bm25(averageLength);
        uint processed = 0;
        for (var i = 0; i < clauses.Count; i++)
        {
            var bit = 1u << i;
            // A document that missed an earlier clause can no longer qualify when all clauses are required.
            var mustHave = allRequired && i > 0 ? processed : uint.MaxValue;
            var clause = clauses[i];
            if (clause.Alternatives.Count == 1 && clause.Alternatives[0].Terms.Length == 1)
            {
                ScoreSingleTerm(clause.Alternatives[0], bit, mustHave, bm25, scratch);
            }
            else
            {
                ScoreAlternatives(clause, bit, mustHave, bm25, scratch);
            }

            processed |= bit;
        }

        requiredMask = allRequired ? processed : 0;
    }

    /// <summary>Whether the document met enough clauses (call after <see cref="Score"/>).</summary>
    public bool Matches(uint mask) =>
        requiredMask != 0 ? mask == requiredMask : BitOperations.PopCount(mask) >= minimumClauses;

    private void ScoreSingleTerm(Alternative alternative, uint bit, uint mustHave, Bm25 bm25, SearchScratch scratch)
    {
        var term = alternative.Terms[0];
        var postings = index.Postings(term);
        var docs = postings.Documents;
        var weights = postings.Weights;
        var idf = Bm25.Idf(postings.Count, documents.LiveCount) * alternative.Weight;
        var scores = scratch.Scores;
        var masks = scratch.Masks;
        var lengths = documents.TextLengths;
        var touched = scratch.Touched;
        for (var p = 0; p < postings.Count; p++)
        {
            var document = docs[p];
            var mask = masks[document];
            if (mustHave != uint.MaxValue && mask != mustHave)
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

    private void ScoreAlternatives(Clause clause, uint bit, uint mustHave, Bm25 bm25, SearchScratch scratch)
    {
        var best = scratch.Best;
        var masks = scratch.Masks;
        var clauseTouched = scratch.ClauseTouched;
        foreach (var alternative in clause.Alternatives)
        {
            ForEachMatch(alternative, bm25, (document, score) =>
            {
                if (mustHave != uint.MaxValue && masks[document] != mustHave)
                {
                    return;
                }

                if (best[document] == 0)
                {
                    clauseTouched.Add(document);
                }

                if (score > best[document])
                {
                    best[document] = score;
                }
            });
        }

        var scores = scratch.Scores;
        var touched = scratch.Touched;
        foreach (var document in clauseTouched.AsSpan())
        {
            if (masks[document] == 0)
            {
                touched.Add(document);
            }

            scores[document] += best[document];
            masks[document] |= bit;
            best[document] = 0;
        }

        clauseTouched.Clear();
    }

    /// <summary>Every document holding all the alternative's terms, with its weighted BM25 sum.</summary>
    private void ForEachMatch(Alternative alternative, Bm25 bm25, Action<int, float> visit)
    {
        var lengths = documents.TextLengths;
        var lists = alternative.Terms.Select(index.Postings).OrderBy(p => p.Count).ToArray();
        var idfs = lists.Select(p => Bm25.Idf(p.Count, documents.LiveCount) * alternative.Weight).ToArray();
        var cursors = new int[lists.Length];
        var lead = lists[0];
        for (var p = 0; p < lead.Count; p++)
        {
            var document = lead.Documents[p];
            var length = lengths[document];
            var score = idfs[0] * bm25.Saturate(lead.Weights[p], length);
            var present = true;
            for (var other = 1; other < lists.Length && present; other++)
            {
                var at = lists[other].Find(document, cursors[other]);
                if (at < 0)
                {
                    cursors[other] = ~at;
                    present = false;
                }
                else
                {
                    cursors[other] = at + 1;
                    score += idfs[other] * bm25.Saturate(lists[other].Weights[at], length);
                }
            }

            if (present)
            {
                visit(document, score);
            }
        }
    }

    /// <summary>BM25 with the query's average document length folded into two constants.</summary>
    private readonly struct Bm25(float averageLength)
    {
        private readonly float fixedPart = Ranking.K1 * (1 - Ranking.B);
        private readonly float perLength = Ranking.K1 * Ranking.B / averageLength;

        // Postings of removed documents still count in the frequency, so it can exceed the live count.
        public static float Idf(int documentFrequency, int documentCount) =>
            (float)Math.Log(1 + ((Math.Max(0, documentCount - documentFrequency) + 0.5) / (documentFrequency + 0.5)));

        public float Saturate(int weight, int length) =>
            weight * (Ranking.K1 + 1) / (weight + fixedPart + (perLength * length));
    }
}
