namespace Linkwork.Data.Search;

/// <summary>
/// The services one term appears in: ascending document numbers, each with the term's field-weighted
/// frequency in that service. New documents always get the highest number, so adding keeps the order.
/// Postings of removed documents stay until the next full build; every reader checks the document's status.
/// </summary>
internal sealed class PostingList
{
    private int[] documents = new int[2];
    private byte[] weights = new byte[2];

    public int Count { get; private set; }

    public int[] Documents => documents;

    public byte[] Weights => weights;

    public void Add(int document, int weight)
    {
        if (Count == documents.Length)
        {
            var capacity = documents.Length * 2;
            Array.Resize(ref documents, capacity);
            Array.Resize(ref weights, capacity);
        }

        documents[Count] = document;
        weights[Count] = (byte)Math.Min(weight, byte.MaxValue);
        Count++;
    }

    /// <summary>
    /// Looks for <paramref name="document"/> at or after position <paramref name="from"/> by galloping: its
    /// position if present, else the bitwise complement of the first position holding a larger number.
    /// </summary>
    public int Find(int document, int from)
    {
        var count = Count;
        var docs = documents;
        if (from >= count)
        {
            return ~count;
        }

        // Gallop to bracket the document, then binary search inside the bracket.
        var low = from;
        var step = 1;
        var high = from;
        while (high < count && docs[high] < document)
        {
            low = high + 1;
            high = from + step;
            step <<= 1;
        }

        high = Math.Min(high, count - 1);
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            var value = docs[middle];
            if (value == document)
            {
                return middle;
            }

            if (value < document)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return ~low;
    }

    public void Trim()
    {
        if (documents.Length != Count)
        {
            Array.Resize(ref documents, Math.Max(Count, 1));
            Array.Resize(ref weights, Math.Max(Count, 1));
        }
    }
}
