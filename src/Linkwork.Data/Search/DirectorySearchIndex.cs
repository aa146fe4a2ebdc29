using Linkwork.Domain.Directory;

namespace Linkwork.Data.Search;

/// <summary>
/// The directory's search engine, in memory and the same for SQLite and PostgreSQL. The host loads every
/// service at start (<see cref="Build(IEnumerable{SearchDocument}, SynonymTable?)"/>) and calls
/// <see cref="Upsert"/> whenever a service is saved, so a change is searchable at once.
/// <para>
/// Layout: services get int document numbers. Per service, an 8-byte record (status, packed facet key,
/// language set, assured date) that every scan reads, and a 24-byte record (ages, where its locations and
/// openings are stored, the grid cells they span) read only by some filters. Text is an inverted index of
/// stems to ascending posting arrays (document, field-weighted frequency), plus a byte per service for terms
/// in a sixteenth or more of all services; locations are filed in ~1 km grid cells; opening hours are
/// quarter-hour bitsets; need and taxonomy lists give browse sources. Descriptions are tokenised and dropped.
/// About 600 MB of managed heap for a million services (postings ~140 MB, dense terms ~100 MB, opening
/// bitsets ~85 MB, locations ~100 MB). An upsert gives the new version a new number and marks the old one
/// removed, so all structures only grow at the end; removed entries are skipped by status and disappear at
/// the next <see cref="Build(IEnumerable{SearchDocument}, SynonymTable?)"/>.
/// </para>
/// <para>
/// Concurrency: one <see cref="ReaderWriterLockSlim"/>. Any number of searches run together under the read
/// lock; an upsert or removal takes the write lock briefly (well under a millisecond, plus an occasional array
/// growth). Immutable snapshots were not chosen because copying hundreds of megabytes per edit costs more than
/// a writer waiting for in-flight searches of a few milliseconds.
/// </para>
/// </summary>
public sealed class DirectorySearchIndex : IDisposable
{
    /// <summary>Above this many services in one <see cref="UpsertMany"/>, the browse order is re-sorted once instead of inserted into.</summary>
    private const int BulkThreshold = 256;

    private readonly ReaderWriterLockSlim gate = new(LockRecursionPolicy.NoRecursion);
    private readonly DocumentStore documents = new();
    private readonly TextIndex text;
    private readonly SpatialGrid places = new();
    private readonly OpeningHours hours = new();
    private readonly AttributeLists lists = new();
    private readonly GrowableArray<int> withoutLocation = new();
    private readonly BrowseOrder browse;
    private readonly SearchExecutor executor;
    private readonly SearchScratchPool scratch = new();

    /// <summary>An empty index; <paramref name="synonyms"/> defaults to <see cref="SynonymTable.Default"/>.</summary>
    public DirectorySearchIndex(SynonymTable? synonyms = null)
        : this(synonyms, SearchTuning.Default)
    {
    }

    internal DirectorySearchIndex(SynonymTable? synonyms, SearchTuning tuning)
    {
        text = new TextIndex(tuning.MinimumDenseFrequency);
        browse = new BrowseOrder(documents);
        executor = new SearchExecutor(documents, text, places, hours, lists, browse, withoutLocation, synonyms ?? SynonymTable.Default, tuning);
    }

    /// <summary>Services currently searchable (active or temporarily closed).</summary>
    public int Count
    {
        get
        {
            gate.EnterReadLock();
            try
            {
                return documents.LiveCount;
            }
            finally
            {
                gate.ExitReadLock();
            }
        }
    }

    /// <summary>
    /// Builds an index from every service at once: faster than upserting one by one, and the arrays are
    /// trimmed to size. A later duplicate id replaces an earlier one. Services are read one at a time, so a
    /// streaming source keeps memory flat; loading a large directory still leaves garbage behind, which a
    /// host may give back to the system with one <c>GC.Collect(2, GCCollectionMode.Aggressive, true, true)</c>
    /// (at a million services the working set falls from about 1.1 GB to 0.65 GB).
    /// </summary>
    public static DirectorySearchIndex Build(IEnumerable<SearchDocument> services, SynonymTable? synonyms = null) =>
        Build(services, synonyms, SearchTuning.Default);

    /// <summary>
    /// Builds from a stream whose length is known beforehand (a count of the stored services): the per-service
    /// arrays are sized once instead of doubled as they fill, which at a million services saves a dozen full
    /// garbage collections of a growing heap.
    /// </summary>
    public static DirectorySearchIndex Build(IEnumerable<SearchDocument> services, int expectedCount) =>
        Build(services, null, SearchTuning.Default, expectedCount);

    internal static DirectorySearchIndex Build(IEnumerable<SearchDocument> services, SynonymTable? synonyms, SearchTuning tuning, int expectedCount = 0)
    {
        ArgumentNullException.ThrowIfNull(services);
        var index = new DirectorySearchIndex(synonyms, tuning);
        if (services.TryGetNonEnumeratedCount(out var count) || (count = expectedCount) > 0)
        {
            index.documents.EnsureCapacity(count);
            index.documents.ByServiceId.EnsureCapacity(count);
            index.hours.EnsureCapacity(count);
        }

        foreach (var service in services)
        {
            index.Add(service, keepBrowseOrder: false);
        }

        index.browse.Rebuild();
        index.text.Publish(index.documents.LiveCount);
        index.Trim();
        index.text.Densify(index.documents.Count, index.documents.Capacity);
        return index;
    }

    /// <summary>
    /// Adds a service or replaces the one with the same id. An inactive or defunct service is removed instead,
    /// as it can never be found.
    /// </summary>
    public void Upsert(SearchDocument service)
    {
        ArgumentNullException.ThrowIfNull(service);
        Validate(service);
        gate.EnterWriteLock();
        try
        {
            Add(service, keepBrowseOrder: true);
            text.Publish(documents.LiveCount);
        }
        finally
        {
            gate.ExitWriteLock();
        }
    }

    /// <summary>Upserts many services under one write lock (an import, a resynchronisation).</summary>
    public void UpsertMany(IEnumerable<SearchDocument> services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var batch = services.ToList();
        batch.ForEach(Validate);
        var bulk = batch.Count > BulkThreshold;
        gate.EnterWriteLock();
        try
        {
            foreach (var service in batch)
            {
                Add(service, keepBrowseOrder: !bulk);
            }

            if (bulk)
            {
                browse.Rebuild();
            }

            text.Publish(documents.LiveCount);
        }
        finally
        {
            gate.ExitWriteLock();
        }
    }

    /// <summary>Removes a service; false if it was not indexed.</summary>
    public bool Remove(Guid serviceId)
    {
        gate.EnterWriteLock();
        try
        {
            if (!documents.ByServiceId.TryGetValue(serviceId, out var document))
            {
                return false;
            }

            RemoveDocument(document);
            return true;
        }
        finally
        {
            gate.ExitWriteLock();
        }
    }

    /// <summary>
    /// Runs a search. <paramref name="today"/> (the programme's local date) decides how fresh each service's
    /// assured date is.
    /// </summary>
    /// <exception cref="ArgumentException">The query is inconsistent: half a point, a radius without a point,
    /// a page below 1, a page size below 1, a negative age or a radius that is not a positive number.</exception>
    public SearchResults Search(SearchQuery query, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(query);
        Validate(query);
        gate.EnterReadLock();
        var working = scratch.Rent(documents.Capacity);
        try
        {
            return executor.Execute(query, today, working);
        }
        finally
        {
            scratch.Return(working);
            gate.ExitReadLock();
        }
    }

    /// <summary>The index's size: for health pages and metrics.</summary>
    public SearchIndexStatistics Statistics()
    {
        gate.EnterReadLock();
        try
        {
            return new SearchIndexStatistics(
                documents.LiveCount,
                documents.Count - documents.LiveCount,
                text.TermCount,
                text.Vocabulary.Count,
                text.PostingCount,
                text.DenseCount,
                places.LocationCount,
                places.CellCount,
                documents.Languages.Count);
        }
        finally
        {
            gate.ExitReadLock();
        }
    }

    /// <summary>
    /// How the index reads a text query: each clause with its alternatives (stems, weight, postings), one per
    /// line. For diagnosing why something was or was not found; the format is for people, not programs.
    /// </summary>
    public string Explain(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        gate.EnterReadLock();
        try
        {
            return executor.Explain(text);
        }
        finally
        {
            gate.ExitReadLock();
        }
    }

    public void Dispose() => gate.Dispose();

    private void Add(SearchDocument service, bool keepBrowseOrder)
    {
        if (documents.ByServiceId.TryGetValue(service.ServiceId, out var existing))
        {
            RemoveDocument(existing);
        }

        if (!service.Status.IsListed())
        {
            return;
        }

        var document = documents.Count;
        documents.EnsureCapacity(document + 1);
        hours.EnsureCapacity(document + 1);
        text.EnsureCapacity(documents.Capacity);
        var details = new DocumentDetails
        {
            MinimumAge = (byte)Math.Clamp(service.MinimumAge ?? 0, 0, byte.MaxValue - 1),
            MaximumAge = service.MaximumAge is { } maximum ? (byte)Math.Clamp(maximum, 0, byte.MaxValue - 1) : byte.MaxValue,
        };
        places.Add(document, service.Locations, ref details);
        var onSlotBoundaries = hours.Add(document, service.Openings, ref details);
        var length = text.Add(document, service);
        lists.Add(document, service);
        var record = new DocumentRecord
        {
            FacetKey = FacetKeys.Pack(service.Need, service.Modes, service.IsFree, service.Capacity),
            LanguageSet = (ushort)documents.Languages.Intern(service.Languages),
            Assured = DocumentRecord.PackAssured(service.AssuredDate),
            Status = (byte)service.Status,
            Flags = (byte)((service.ReferralMode == ReferralMode.AcceptsReferrals ? DocumentRecord.AcceptsReferralsFlag : 0)
                | (onSlotBoundaries ? DocumentRecord.OpeningsOnSlotBoundariesFlag : 0)),
        };
        documents.Append(document, record, details, service.ServiceId, service.Name, length);
        if (details.LocationCount == 0)
        {
            withoutLocation.Add(document);
        }

        if (keepBrowseOrder)
        {
            browse.Insert(document);
        }
    }

    private void RemoveDocument(int document)
    {
        ref readonly var details = ref documents.Details[document];
        browse.Remove(document);
        places.Remove(document, details);
        hours.Remove(document, details);
        text.Forget(documents.TextLengths[document]);
        documents.MarkRemoved(document);
    }

    private void Trim()
    {
        documents.Trim();
        text.Trim();
        places.Trim();
        hours.Trim(documents.Count);
        lists.Trim();
        withoutLocation.Trim();
    }

    private static void Validate(SearchDocument service)
    {
        if (string.IsNullOrWhiteSpace(service.Name))
        {
            throw new ArgumentException($"Service {service.ServiceId} has no name.", nameof(service));
        }
    }

    private static void Validate(SearchQuery query)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(query.Page, 1, nameof(query));
        ArgumentOutOfRangeException.ThrowIfLessThan(query.PageSize, 1, nameof(query));
        if (query.Latitude.HasValue != query.Longitude.HasValue)
        {
            throw new ArgumentException("A point needs both latitude and longitude.", nameof(query));
        }

        if (query.Latitude is { } latitude && !GeoMath.IsValid(latitude, query.Longitude!.Value))
        {
            throw new ArgumentException("The point is not a valid latitude and longitude.", nameof(query));
        }

        if (query.RadiusKm is { } radius && (!query.Latitude.HasValue || !double.IsFinite(radius) || radius <= 0))
        {
            throw new ArgumentException("A radius must be a positive number of kilometres, with a point.", nameof(query));
        }

        if (query.Age is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(query), "An age cannot be negative.");
        }
    }
}
