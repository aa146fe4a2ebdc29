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

    /// <summary>
    /// The set bits of the first <paramref name="bits"/> in ascending order, clearing the set as it goes, so scratch
    /// marks are ready for the next search: <c>foreach (var document in Bits.Drain(marks, count))</c>.
    /// </summary>
    public static BitDrain Drain(ulong[] words, int bits) => new(words, WordsFor(bits));
}

/// <summary>The enumerator of <see cref="Bits.Drain"/>: a struct, so a scan allocates nothing.</summary>
internal struct BitDrain(ulong[] words, int wordCount)
{
    private int _index = -1;
    private ulong _word;

    public int Current { get; private set; }

    public readonly BitDrain GetEnumerator() => this;

    public bool MoveNext()
    {
        while (_word == 0)
        {
            if (++_index >= wordCount)
            {
                return false;
            }

            _word = words[_index];
            if (_word != 0)
            {
                words[_index] = 0;
            }
        }

        Current = (_index << 6) + BitOperations.TrailingZeroCount(_word);
        _word &= _word - 1;
        return true;
    }
}
