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
    /// position if present, else the bitwise complement of where it would be (as <see cref="Array.BinarySearch(Array, object)"/>).
    /// </summary>
    public int Find(int document, int from)
    {
        if (from >= Count)
        {
            return ~Count;
        }

        var bound = 1;
        var low = from;
        while (low + bound < Count && documents[low + bound] < document)
        {
            low += bound;
            bound *= 2;
        }

        return Array.BinarySearch(documents, low, Math.Min(bound + 1, Count - low), document);
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
