namespace Linkwork.Data.Search;

/// <summary>BM25 with the average document length and the document count folded into constants.</summary>
internal readonly struct Bm25(float averageLength, int documentCount)
{
    private const float K1Plus1 = Ranking.K1 + 1;
    private readonly float fixedPart = Ranking.K1 * (1 - Ranking.B);
    private readonly float perLength = Ranking.K1 * Ranking.B / averageLength;

    // Postings of removed documents still count in the frequency, so it can exceed the live count.
    public float Idf(int documentFrequency) =>
        (float)Math.Log(1 + ((Math.Max(0, documentCount - documentFrequency) + 0.5) / (documentFrequency + 0.5)));

    public float Saturate(int weight, int length) => weight * K1Plus1 / (weight + fixedPart + (perLength * length));
}
