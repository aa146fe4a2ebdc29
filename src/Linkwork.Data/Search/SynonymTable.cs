using System.Globalization;

namespace Linkwork.Data.Search;

/// <summary>
/// Phrases people search for, mapped to the phrases services use. Read from a plain text file (one group a
/// line; see <c>Search/synonyms.txt</c>, built into this assembly) so that a programme can extend it without
/// code. Phrases are held as stems, so the table matches whatever form of a word was typed.
/// </summary>
public sealed class SynonymTable
{
    private const string ResourceName = "Linkwork.Data.Search.synonyms.txt";

    private readonly Dictionary<string, string[][]> expansions;

    private SynonymTable(Dictionary<string, string[][]> expansions, int longestPhrase)
    {
        this.expansions = expansions;
        LongestPhrase = longestPhrase;
    }

    /// <summary>The table built into Linkwork (<c>Search/synonyms.txt</c>).</summary>
    public static SynonymTable Default { get; } = Parse(ReadEmbedded());

    /// <summary>No synonyms at all.</summary>
    public static SynonymTable Empty { get; } = new([], 0);

    /// <summary>How many phrases have expansions.</summary>
    public int Count => expansions.Count;

    /// <summary>The most words in any phrase: how far ahead a query has to look.</summary>
    internal int LongestPhrase { get; }

    /// <summary>
    /// Reads the synonym format: <c>a, b, c</c> makes the phrases equivalent; <c>a, b =&gt; c, d</c> lets a
    /// search for a or b also find c or d. Blank lines and lines starting with <c>#</c> are ignored.
    /// </summary>
    /// <exception cref="FormatException">A line has an empty side or more than one <c>=&gt;</c>.</exception>
    public static SynonymTable Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var table = new Dictionary<string, Dictionary<string, string[]>>(StringComparer.Ordinal);
        var lineNumber = 0;
        foreach (var rawLine in text.Split('\n'))
        {
            lineNumber++;
            var line = rawLine.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var sides = line.Split("=>");
            if (sides.Length > 2)
            {
                throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"Synonyms line {lineNumber} has more than one '=>'."));
            }

            var left = Phrases(sides[0]);
            var right = sides.Length == 2 ? Phrases(sides[1]) : left;
            if (left.Count == 0 || right.Count == 0)
            {
                throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"Synonyms line {lineNumber} needs phrases on both sides."));
            }

            foreach (var from in left)
            {
                foreach (var to in right)
                {
                    Add(table, from, to);
                }
            }
        }

        var frozen = table.ToDictionary(e => e.Key, e => e.Value.Values.ToArray(), StringComparer.Ordinal);
        var longest = frozen.Count == 0 ? 0 : frozen.Keys.Max(k => k.Count(c => c == ' ') + 1);
        return new SynonymTable(frozen, longest);
    }

    /// <summary>
    /// The phrase starting at <paramref name="start"/> with the most words that has synonyms, and what it
    /// expands to (each expansion a list of stems that must all be present).
    /// </summary>
    internal bool TryMatch(IReadOnlyList<string> stems, int start, out int length, out string[][] found)
    {
        for (length = Math.Min(LongestPhrase, stems.Count - start); length > 0; length--)
        {
            var key = string.Join(' ', stems.Skip(start).Take(length));
            if (expansions.TryGetValue(key, out var value))
            {
                found = value;
                return true;
            }
        }

        found = [];
        return false;
    }

    private static void Add(Dictionary<string, Dictionary<string, string[]>> table, string[] from, string[] to)
    {
        // An expansion that only repeats words of the phrase ("walking" for "walking group") would make the
        // search broader than what was typed, not a synonym of it.
        if (to.All(from.Contains))
        {
            return;
        }

        var key = string.Join(' ', from);
        if (!table.TryGetValue(key, out var targets))
        {
            targets = new Dictionary<string, string[]>(StringComparer.Ordinal);
            table[key] = targets;
        }

        targets.TryAdd(string.Join(' ', to), to);
    }

    private static List<string[]> Phrases(string side) =>
    [
        .. side.Split(',')
            .Select(p => SearchTokenizer.Terms(p).ToArray())
            .Where(stems => stems.Length > 0),
    ];

    private static string ReadEmbedded()
    {
        using var stream = typeof(SynonymTable).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("The synonyms file is not embedded: " + ResourceName);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
