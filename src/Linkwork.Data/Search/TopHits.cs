namespace Linkwork.Data.Search;

/// <summary>How a result set is ordered.</summary>
internal enum HitOrder
{
    /// <summary>Text score (already blended with freshness and nearness), ties by service id.</summary>
    Relevance,

    /// <summary>Nearest first, ties by service id.</summary>
    Distance,

    /// <summary>Freshest first, ties by name then service id.</summary>
    Freshness,
}

/// <summary>A match on its way to the page: its primary sort value (higher is better) and squared chord to the point.</summary>
internal struct Candidate
{
    public int Document;
    public double Primary;
    public double ChordSquared;
}

/// <summary>
/// The best k matches, kept in a binary heap whose root is the worst of them, so each further match costs
/// one comparison with the root unless it belongs in the top k. Never sorts all matches.
/// </summary>
internal sealed class TopHits
{
    private Candidate[] heap = new Candidate[64];
    private int limit;
    private HitOrder order;
    private DocumentStore documents = null!;

    public int Count { get; private set; }

    /// <summary>
    /// A match whose primary value is below this cannot enter: minus infinity until k are kept, then the
    /// worst kept. Callers test it inline so that most matches cost one comparison and no call.
    /// </summary>
    public double Threshold { get; private set; } = double.NegativeInfinity;

    public void Reset(int k, HitOrder hitOrder, DocumentStore store)
    {
        limit = k;
        order = hitOrder;
        documents = store;
        Count = 0;
        Threshold = k == 0 ? double.PositiveInfinity : double.NegativeInfinity;
        if (heap.Length < k)
        {
            heap = new Candidate[k];
        }
    }

    public void Offer(int document, double primary, double chordSquared)
    {
        if (limit == 0)
        {
            return;
        }

        if (Count == limit)
        {
            // Most matches stop here: worse than the worst kept.
            if (primary < heap[0].Primary)
            {
                return;
            }

            var candidate = new Candidate { Document = document, Primary = primary, ChordSquared = chordSquared };
            if (!IsBetter(candidate, heap[0]))
            {
                return;
            }

            heap[0] = candidate;
            SiftDown(0);
            Threshold = heap[0].Primary;
            return;
        }

        heap[Count] = new Candidate { Document = document, Primary = primary, ChordSquared = chordSquared };
        SiftUp(Count);
        Count++;
        if (Count == limit)
        {
            Threshold = heap[0].Primary;
        }
    }

    /// <summary>The kept matches, best first.</summary>
    public Candidate[] Sorted()
    {
        var result = heap.AsSpan(0, Count).ToArray();
        Array.Sort(result, (a, b) => IsBetter(a, b) ? -1 : IsBetter(b, a) ? 1 : 0);
        return result;
    }

    /// <summary>Whether <paramref name="a"/> ranks above <paramref name="b"/>: a total order, so pages are stable.</summary>
    public bool IsBetter(in Candidate a, in Candidate b)
    {
        if (a.Primary != b.Primary)
        {
            return a.Primary > b.Primary;
        }

        if (order == HitOrder.Freshness)
        {
            return documents.CompareByName(a.Document, b.Document) < 0;
        }

        return documents.ServiceIds[a.Document].CompareTo(documents.ServiceIds[b.Document]) < 0;
    }

    private void SiftUp(int index)
    {
        var item = heap[index];
        while (index > 0)
        {
            var parent = (index - 1) >> 1;
            if (!IsBetter(heap[parent], item))
            {
                break;
            }

            heap[index] = heap[parent];
            index = parent;
        }

        heap[index] = item;
    }

    private void SiftDown(int index)
    {
        var item = heap[index];
        while (true)
        {
            var child = (2 * index) + 1;
            if (child >= Count)
            {
                break;
            }

            // The worse child moves up: the root is always the worst kept.
            if (child + 1 < Count && IsBetter(heap[child], heap[child + 1]))
            {
                child++;
            }

            if (!IsBetter(item, heap[child]))
            {
                break;
            }

            heap[index] = heap[child];
            index = child;
        }

        heap[index] = item;
    }
}
