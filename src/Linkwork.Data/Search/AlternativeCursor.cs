using System.Buffers;

namespace Linkwork.Data.Search;

/// <summary>
/// The matches of one alternative in document order: straight from the postings for one term, or from a
/// list made beforehand (for a phrase) with the scores worked out. Lists
/// are rented from the shared array pool and given back by <see cref="Release"/>, so a search allocates
/// nothing large.
/// </summary>
internal sealed class AlternativeCursor
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
