namespace Linkwork.Interop.Hsds;

/// <summary>How <see cref="HsdsFeedReader"/> reads a feed. The defaults suit an import into Linkwork.</summary>
public sealed record HsdsReadOptions
{
    /// <summary>Which schemas to check against; null detects it (the API root's version, or UK-only fields in the data).</summary>
    public HsdsProfile? Profile { get; init; }

    /// <summary>Taxonomy terms Linkwork already holds: attributes may point at them without the feed defining them.</summary>
    public IReadOnlySet<Guid> KnownTermIds { get; init; } = new HashSet<Guid>();

    /// <summary>Organisations Linkwork already holds: services may belong to them without the feed defining them.</summary>
    public IReadOnlySet<Guid> KnownOrganisationIds { get; init; } = new HashSet<Guid>();

    /// <summary>Taxonomies Linkwork already holds: terms may belong to them without the feed defining them.</summary>
    public IReadOnlySet<Guid> KnownTaxonomyIds { get; init; } = new HashSet<Guid>();

    /// <summary>What to do with a latitude or longitude outside the globe.</summary>
    public HsdsCoordinatePolicy OutOfRangeCoordinates { get; init; } = HsdsCoordinatePolicy.Reject;

    /// <summary>The largest record taken, in bytes of JSON (1 MB by default).</summary>
    public int MaxRecordBytes { get; init; } = 1 << 20;

    /// <summary>Page size asked of an HSDS API (<c>per_page</c>).</summary>
    public int PerPage { get; init; } = 100;

    /// <summary>How many <c>/services/{id}</c> requests may be in flight at once.</summary>
    public int MaxConcurrentRequests { get; init; } = 4;

    /// <summary>Called as records are read: how many so far, and how many in all when the feed says.</summary>
    public IProgress<HsdsReadProgress>? Progress { get; init; }
}

/// <summary>What to do with coordinates that cannot be on Earth (HSDS's own examples carry latitude 100).</summary>
public enum HsdsCoordinatePolicy
{
    /// <summary>The location is a record error, as the domain's rule says.</summary>
    Reject,

    /// <summary>The location is kept without coordinates and a warning names the field.</summary>
    DropWithWarning,
}

/// <summary>How far a read has got. <see cref="Total"/> is known for API feeds, pages with total_items and tabular packages.</summary>
public readonly record struct HsdsReadProgress(long RecordsRead, long? Total);
