namespace Linkwork.Data.Search;

/// <summary>
/// Finds vocabulary words within a small edit distance of a misspelt word without comparing it with every
/// word: the symmetric deletion neighbourhood. Each vocabulary word is filed under itself and every string made
/// by deleting one letter (two for words of 8 letters or more); a query word looks up its own deletions, and
/// any word filed under one of them is a candidate, confirmed with <see cref="EditDistance"/>.
/// To bound memory only the first <see cref="PrefixLength"/> letters are used for filing (a typo after them
/// leaves the prefixes equal, which is found too). Entries are 32-bit hashes in one open-addressing table,
/// about 16 bytes per entry, so a vocabulary of 100,000 words costs tens of megabytes, not hundreds.
/// </summary>
internal sealed class TypoIndex
{
    public const int PrefixLength = 8;
    private const int MaxStackWord = 64;

    private uint[] keys = new uint[1024];
    private int[] words = new int[1024];
    private int used;

    /// <summary>How many letters may differ for a word of this length: none below 4, one up to 7, two from 8.</summary>
    public static int AllowedEdits(int length) => length >= 8 ? 2 : length >= 4 ? 1 : 0;

    /// <summary>Files <paramref name="word"/> (letters only, 4 or more) under its deletions, with <paramref name="wordId"/>.</summary>
    public void Add(string word, int wordId)
    {
        var edits = AllowedEdits(word.Length);
        if (edits == 0 || !IsLetters(word))
        {
            return;
        }

        var seen = new HashSet<uint>();
        ForEachDeletion(word.AsSpan(0, Math.Min(word.Length, PrefixLength)), edits, hash =>
        {
            if (seen.Add(hash))
            {
                Insert(hash, wordId);
            }
        });
    }

    /// <summary>Calls <paramref name="found"/> with the id of every filed word that shares a deletion with <paramref name="word"/> (may repeat).</summary>
    public void Candidates(string word, int edits, Action<int> found)
    {
        ForEachDeletion(word.AsSpan(0, Math.Min(word.Length, PrefixLength)), edits, hash =>
        {
            var mask = keys.Length - 1;
            for (var slot = (int)(Mix(hash) & (uint)mask); keys[slot] != 0; slot = (slot + 1) & mask)
            {
                if (keys[slot] == hash)
                {
                    found(words[slot]);
                }
            }
        });
    }

    private void Insert(uint hash, int wordId)
    {
        if ((used + 1) * 2 > keys.Length)
        {
            Grow();
        }

        var mask = keys.Length - 1;
        var slot = (int)(Mix(hash) & (uint)mask);
        while (keys[slot] != 0)
        {
            slot = (slot + 1) & mask;
        }

        keys[slot] = hash;
        words[slot] = wordId;
        used++;
    }

    private void Grow()
    {
        var oldKeys = keys;
        var oldWords = words;
        keys = new uint[oldKeys.Length * 2];
        words = new int[oldKeys.Length * 2];
        used = 0;
        for (var i = 0; i < oldKeys.Length; i++)
        {
            if (oldKeys[i] != 0)
            {
                Insert(oldKeys[i], oldWords[i]);
            }
        }
    }

    private static void ForEachDeletion(ReadOnlySpan<char> prefix, int edits, Action<uint> visit)
    {
        Span<char> once = stackalloc char[MaxStackWord];
        Span<char> twice = stackalloc char[MaxStackWord];
        visit(Hash(prefix));
        for (var i = 0; i < prefix.Length; i++)
        {
            var oneShorter = Delete(prefix, i, once);
            visit(Hash(oneShorter));
            if (edits < 2)
            {
                continue;
            }

            // Deleting at j ≥ i from the shortened string covers every pair of positions exactly once.
            for (var j = i; j < oneShorter.Length; j++)
            {
                visit(Hash(Delete(oneShorter, j, twice)));
            }
        }
    }

    private static ReadOnlySpan<char> Delete(ReadOnlySpan<char> source, int at, Span<char> destination)
    {
        source[..at].CopyTo(destination);
        source[(at + 1)..].CopyTo(destination[at..]);
        return destination[..(source.Length - 1)];
    }

    /// <summary>FNV-1a, never 0 (0 marks an empty slot).</summary>
    private static uint Hash(ReadOnlySpan<char> text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash == 0 ? 1 : hash;
    }

    /// <summary>Spreads FNV's low bits before they pick a slot.</summary>
    private static uint Mix(uint hash)
    {
        hash ^= hash >> 16;
        hash *= 0x7feb352d;
        hash ^= hash >> 15;
        return hash;
    }

    private static bool IsLetters(string word)
    {
        foreach (var c in word)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }
}
