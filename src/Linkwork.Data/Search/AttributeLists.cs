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

    public void Add(int document, SearchDocument service)
    {
        if (service.Need is { } need)
        {
            byNeed[(int)need].Add(document);
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
