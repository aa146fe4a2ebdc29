namespace Linkwork.Interop.Hsds;

/// <summary>
/// One record of a feed as the collector holds it: the mapped record (null when it was rejected), whether the feed
/// listed it on its own (primary) or only nested it inside another, and what it points at.
/// </summary>
internal sealed class FeedEntry<T>(string recordId, string path, RecordSource source, bool primary, int size)
    where T : class
{
    public T? Record { get; set; }
    public string RecordId { get; set; } = recordId;
    public string Path { get; set; } = path;
    public RecordSource Source { get; set; } = source;
    public bool Primary { get; set; } = primary;
    public int Size { get; set; } = size;
    public List<(Guid Id, string Path)> TermReferences { get; set; } = [];
    public List<(Guid Id, string Path)> LocationReferences { get; set; } = [];

    /// <summary>
    /// Whether a copy found now should replace this one: a record listed on its own beats a nested copy, and of two
    /// nested copies the fuller (longer) one wins, so the result does not depend on the order of the feed.
    /// </summary>
    public bool IsOutrankedBy(bool primary, int size) => !Primary && (primary || size > Size);
}

/// <summary>Records of one kind by id, in the order the feed first gave them.</summary>
internal sealed class FeedEntries<T>
    where T : class
{
    private readonly Dictionary<Guid, FeedEntry<T>> _byId = [];
    private readonly List<Guid> _order = [];

    public IEnumerable<(Guid Id, FeedEntry<T> Entry)> All => _order.Select(id => (id, _byId[id]));

    public bool Contains(Guid id) => _byId.ContainsKey(id);

    public bool TryGet(Guid id, out FeedEntry<T> entry) => _byId.TryGetValue(id, out entry!);

    public void Set(Guid id, FeedEntry<T> entry)
    {
        if (_byId.TryAdd(id, entry))
        {
            _order.Add(id);
        }
        else
        {
            _byId[id] = entry;
        }
    }
}
