using System.Buffers;

namespace Linkwork.Data.Search;

/// <summary>A growing list of (document, score) in arrays rented from the shared pool.</summary>
internal struct PooledMatches()
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
