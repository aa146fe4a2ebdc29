namespace Linkwork.Data.Search;

/// <summary>
/// Every distinct folded word the index has seen (its surface form, before stemming) with the term it stems
/// to. Indexing looks words up here so each distinct word is stemmed once, not once per occurrence; queries
/// use it for prefix completion ("couns" → counselling, counsellor) and typo correction, which work on what
/// people type rather than on stems.
/// </summary>
internal sealed class Vocabulary
{
    private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> idsBySpan;
    private readonly List<string> words = [];
    private readonly List<int> terms = [];
    private readonly List<int> pendingForPrefix = [];
    private readonly TypoIndex typos = new();
    private int[] sorted = [];

    public Vocabulary() => idsBySpan = ids.GetAlternateLookup<ReadOnlySpan<char>>();

    public int Count => words.Count;

    public string Word(int id) => words[id];

    public int TermOf(int id) => terms[id];

    public bool TryGetTerm(ReadOnlySpan<char> word, out int term)
    {
        if (idsBySpan.TryGetValue(word, out var id))
        {
            term = terms[id];
            return true;
        }

        term = -1;
        return false;
    }

    public bool Contains(string word) => ids.ContainsKey(word);

    public void Add(string word, int term)
    {
        var id = words.Count;
        ids.Add(word, id);
        words.Add(word);
        terms.Add(term);
        pendingForPrefix.Add(id);
        typos.Add(word, id);
    }

    /// <summary>
    /// Brings the prefix order up to date after writes: a few new words are inserted where they belong, a
    /// bulk load is sorted once.
    /// </summary>
    public void Publish()
    {
        if (pendingForPrefix.Count == 0)
        {
            return;
        }

        var comparer = Comparer<int>.Create((a, b) => string.CompareOrdinal(words[a], words[b]));
        if (pendingForPrefix.Count > 64)
        {
            sorted = [.. sorted, .. pendingForPrefix];
            Array.Sort(sorted, comparer);
        }
        else
        {
            var list = new List<int>(sorted.Length + pendingForPrefix.Count);
            list.AddRange(sorted);
            foreach (var id in pendingForPrefix)
            {
                var at = list.BinarySearch(id, comparer);
                list.Insert(at < 0 ? ~at : at, id);
            }

            sorted = [.. list];
        }

        pendingForPrefix.Clear();
    }

    /// <summary>Ids of the words that start with <paramref name="prefix"/>, looking at no more than <paramref name="limit"/> of them.</summary>
    public IEnumerable<int> StartingWith(string prefix, int limit)
    {
        var low = 0;
        var high = sorted.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (string.CompareOrdinal(words[sorted[middle]], prefix) < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        for (var i = low; i < sorted.Length && i - low < limit && words[sorted[i]].StartsWith(prefix, StringComparison.Ordinal); i++)
        {
            yield return sorted[i];
        }
    }

    /// <summary>Words within the allowed edit distance of <paramref name="word"/>, with that distance.</summary>
    public List<(int Id, int Distance)> Near(string word)
    {
        var edits = TypoIndex.AllowedEdits(word.Length);
        var found = new Dictionary<int, int>();
        if (edits == 0)
        {
            return [];
        }

        typos.Candidates(word, edits, id =>
        {
            if (!found.ContainsKey(id))
            {
                found[id] = EditDistance.Bounded(word, words[id], edits);
            }
        });
        return [.. found.Where(f => f.Value <= edits).Select(f => (f.Key, f.Value))];
    }
}
