namespace Linkwork.Data.Search;

/// <summary>
/// Interns each distinct combination of languages a service offers ("en", "en+ur+pa", ...). A service stores
/// one int; a language filter becomes a lookup in a per-query table of which sets contain the language, and
/// the language facet is counted per set and expanded once at the end. Real directories have a few hundred
/// combinations, not one per service.
/// </summary>
internal sealed class LanguageSets
{
    private readonly Dictionary<string, int> idsByKey = new(StringComparer.Ordinal);
    private readonly List<string[]> sets = [];

    public int Count => sets.Count;

    public string[] this[int id] => sets[id];

    public int Intern(IReadOnlyList<string> languages)
    {
        var codes = languages
            .Where(l => !string.IsNullOrWhiteSpace(l))
            .Select(l => l.Trim().ToLowerInvariant())
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToArray();
        var key = string.Join('+', codes);
        if (!idsByKey.TryGetValue(key, out var id))
        {
            // Ids are stored in 16 bits; real directories have hundreds of combinations.
            if (sets.Count > ushort.MaxValue)
            {
                throw new InvalidOperationException("More than 65,536 distinct combinations of languages.");
            }

            id = sets.Count;
            sets.Add(codes);
            idsByKey.Add(key, id);
        }

        return id;
    }

    /// <summary>For each set, whether it contains <paramref name="language"/>.</summary>
    public bool[] Containing(string language)
    {
        var code = language.Trim().ToLowerInvariant();
        var result = new bool[sets.Count];
        for (var i = 0; i < sets.Count; i++)
        {
            result[i] = Array.IndexOf(sets[i], code) >= 0;
        }

        return result;
    }
}
