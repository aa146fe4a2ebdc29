namespace Linkwork.Data.Search;

/// <summary>Scores one alternative for documents given in ascending order, by lookups rather than a scan.</summary>
internal sealed class AlternativeProbe
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
