using System.Collections.Concurrent;

namespace Linkwork.Data.Search;

/// <summary>
/// Working memory for one search: dense per-document arrays (score, best-in-clause, clause mask) that make
/// scoring a posting a couple of array writes, a bitset and lists of the documents touched so that only
/// those entries are reset afterwards. About 12.4 bytes per document; rented from
/// <see cref="SearchScratchPool"/>, never allocated per query.
/// </summary>
internal sealed class SearchScratch
{
    /// <summary>Text score so far; in spatial scans, the best squared chord.</summary>
    public float[] Scores { get; private set; } = [];

    /// <summary>Best score within the clause being evaluated (clauses with several alternatives).</summary>
    public float[] Best { get; private set; } = [];

    /// <summary>Bit per clause met; in spatial scans, a visit state. Zero means untouched.</summary>
    public uint[] Masks { get; private set; } = [];

    /// <summary>Documents of one search's taxonomy filter.</summary>
    public ulong[] Taxonomy { get; private set; } = [];

    /// <summary>
    /// Documents reached by a scan, as a bitset: reading it back gives them in ascending order, so their
    /// records are read front to back rather than at random. Whoever reads it clears it.
    /// </summary>
    public ulong[] Marks { get; private set; } = [];

    /// <summary>Documents within a text query's radius, marked before the text is read.</summary>
    public ulong[] Within { get; private set; } = [];

    /// <summary>The intersection of two restrictions (radius and need, say).</summary>
    public ulong[] Combined { get; private set; } = [];

    /// <summary>Documents scored by a multi-clause text query (or measured by a nearest-first walk); reset afterwards.</summary>
    public GrowableArray<int> Touched { get; } = new(1024);

    /// <summary>Candidate documents copied out of a bitset source; not reset.</summary>
    public GrowableArray<int> Candidates { get; } = new(1024);

    public FacetHistogram Facets { get; } = new();

    public TopHits Top { get; } = new();

    public void EnsureCapacity(int documents)
    {
        if (Scores.Length >= documents)
        {
            return;
        }

        var capacity = Math.Max(documents, 1024);
        Scores = new float[capacity];
        Best = new float[capacity];
        Masks = new uint[capacity];
        Taxonomy = new ulong[Bits.WordsFor(capacity)];
        Marks = new ulong[Bits.WordsFor(capacity)];
        Within = new ulong[Bits.WordsFor(capacity)];
        Combined = new ulong[Bits.WordsFor(capacity)];

    }

    /// <summary>Resets the per-document entries this search touched, ready for the next.</summary>
    public void ResetTouched()
    {
        foreach (var document in Touched.AsSpan())
        {
            Scores[document] = 0;
            Masks[document] = 0;
        }

        Touched.Clear();
        Candidates.Clear();
    }
}

/// <summary>
/// Keeps scratch for as many concurrent searches as there are processors (twice, for searches waiting on I/O
/// around them); a burst beyond that allocates and the extra scratch is dropped afterwards.
/// </summary>
internal sealed class SearchScratchPool
{
    private readonly ConcurrentBag<SearchScratch> idle = [];
    private readonly int limit = Environment.ProcessorCount * 2;

    public SearchScratch Rent(int documents)
    {
        if (!idle.TryTake(out var scratch))
        {
            scratch = new SearchScratch();
        }

        scratch.EnsureCapacity(documents);
        return scratch;
    }

    public void Return(SearchScratch scratch)
    {
        if (idle.Count < limit)
        {
            idle.Add(scratch);
        }
    }
}
