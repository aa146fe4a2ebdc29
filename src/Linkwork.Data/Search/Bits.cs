using System.Numerics;

namespace Linkwork.Data.Search;

/// <summary>Bit sets over document numbers, as plain <c>ulong[]</c> so scans can work a word (64 documents) at a time.</summary>
internal static class Bits
{
    public static int WordsFor(int bits) => (bits + 63) >> 6;

    public static void Set(ulong[] words, int bit) => words[bit >> 6] |= 1UL << bit;

    public static void Clear(ulong[] words, int bit) => words[bit >> 6] &= ~(1UL << bit);

    public static bool Get(ulong[] words, int bit) => (words[bit >> 6] & (1UL << bit)) != 0;

    /// <summary>Like <see cref="Get"/>, for a set that may be shorter than the documents (missing words are empty).</summary>
    public static bool Has(ulong[] words, int bit)
    {
        var word = bit >> 6;
        return (uint)word < (uint)words.Length && (words[word] & (1UL << bit)) != 0;
    }

    /// <summary>The index of the lowest set bit of a non-zero word.</summary>
    public static int Lowest(ulong word) => BitOperations.TrailingZeroCount(word);
}
