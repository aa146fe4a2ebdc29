namespace Linkwork.Data.Search;

/// <summary>
/// Documents per need and per taxonomy term, in ascending order. A browse by need or taxonomy term starts
/// from these short lists instead of reading every service. Removed documents stay in the lists until the
/// next full build; readers check the status.
/// </summary>
internal sealed class AttributeLists
{
    private readonly GrowableArray<int>[] byNeed = [.. Enumerable.Range(0, 16).Select(_ => new GrowableArray<int>())];
    private readonly Dictionary<Guid, GrowableArray<int>> byTaxonomyTerm = [];

    // The same per need as bitsets (125 KB each per million services), so that a text search filtered by
    // need can skip other needs' postings with one bit test.
    private readonly ulong[][] needBits = [.. Enumerable.Range(0, 16).Select(_ => Array.Empty<ulong>())];

    public void Add(int document, SearchDocument service)
    {
        if (service.Need is { } need)
        {
            byNeed[(int)need].Add(document);
            ref var bits = ref needBits[(int)need];
            if (bits.Length <= document >> 6)
            {
                Array.Resize(ref bits, Math.Max(bits.Length * 2, (document >> 6) + 1));
            }

            Bits.Set(bits, document);
        }

        foreach (var term in service.TaxonomyTermIds.Distinct())
        {
            if (!byTaxonomyTerm.TryGetValue(term, out var list))
            {
                list = new GrowableArray<int>();
                byTaxonomyTerm.Add(term, list);
            }

            list.Add(document);
        }
    }

    public ReadOnlySpan<int> WithNeed(int need) => byNeed[need].AsSpan();

    public GrowableArray<int> NeedList(int need) => byNeed[need];

    /// <summary>The need's documents as a bitset; it may be shorter than the document count (missing words are empty).</summary>
    public ulong[] NeedBits(int need) => needBits[need];

    public ReadOnlySpan<int> WithTaxonomyTerm(Guid term) =>
        byTaxonomyTerm.TryGetValue(term, out var list) ? list.AsSpan() : [];

    public void Trim()
    {
        foreach (var list in byNeed)
        {
            list.Trim();
        }

        foreach (var list in byTaxonomyTerm.Values)
        {
            list.Trim();
        }
    }
}
