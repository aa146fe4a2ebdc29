using System.Numerics;

namespace Linkwork.Data.Search;

internal sealed partial class TextScorer
{
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

                foreach (var document in Bits.Drain(marks, documents.Count))
                {
                    if (masks[document] == 0)
                    {
                        touched.Add(document);
                    }

                    scores[document] += best[document];
                    masks[document] |= bit;
                    best[document] = 0;
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
}
