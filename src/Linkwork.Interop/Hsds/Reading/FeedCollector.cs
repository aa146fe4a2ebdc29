using System.Text.Json;
using Linkwork.Domain.Directory;

namespace Linkwork.Interop.Hsds;

/// <summary>
/// Gathers the records of one feed as they are read: maps each, keeps one copy per id (a record listed on its own
/// beats copies nested in others; the same id listed twice on its own is an error), and, once everything is read,
/// checks what records point at (organisations, locations, taxonomy terms) before handing over an <see cref="HsdsBatch"/>.
/// </summary>
internal sealed partial class FeedCollector(HsdsReadOptions options) : IEmbeddedRecords
{
    private readonly FeedEntries<ServiceDraft> _services = new();
    private readonly FeedEntries<HsdsLocationRecord> _locations = new();
    private readonly FeedEntries<HsdsOrganisationRecord> _organisations = new();
    private readonly FeedEntries<TaxonomyTerm> _terms = new();
    private readonly FeedEntries<Taxonomy> _taxonomies = new();
    private readonly List<PendingServiceAtLocation> _pending = [];
    private readonly List<HsdsRecordError> _errors = [];
    private readonly List<HsdsRecordError> _warnings = [];
    private readonly Dictionary<HsdsEntity, int> _primaryCounts = [];

    // Nested records are reported against the record they were found in.
    private RecordSource _source = new("(feed)");

    public HsdsReadOptions Options { get; } = options;

    public HsdsProfile Profile { get; set; } = HsdsProfile.Core;

    public long PrimaryRecords => _primaryCounts.Values.Sum();

    /// <summary>The path of the next record of a kind listed on its own: "services[0]", "services[1]" ...</summary>
    public string NextPath(HsdsEntity entity)
    {
        _primaryCounts.TryGetValue(entity, out var count);
        _primaryCounts[entity] = count + 1;
        return $"{entity.Plural()}[{count}]";
    }

    public void Error(HsdsEntity entity, string record, RecordSource source, string path, string message, int? line = null) =>
        _errors.Add(new HsdsRecordError(entity.Name(), record, source.Describe(path, line), path, message));

    public void Warning(HsdsEntity entity, string record, RecordSource source, string path, string message) =>
        _warnings.Add(new HsdsRecordError(entity.Name(), record, source.Describe(path), path, message));

    /// <summary>A problem with the feed as a whole (unreadable file, failed request): not tied to one record.</summary>
    public void FeedError(string entity, string source, string message) => _errors.Add(new HsdsRecordError(entity, "(feed)", source, "(feed)", message));

    public void FeedWarning(string entity, string source, string message) => _warnings.Add(new HsdsRecordError(entity, "(feed)", source, "(feed)", message));

    /// <summary>A row of a tabular package that was left out: named by its id and its file and line.</summary>
    public void RowWarning(string table, string record, string source, string message) => _warnings.Add(new HsdsRecordError(table, record, source, "(row)", message));

    public void AddService(JsonElement e, string path, RecordSource source, int size, Guid? organisationId = null, PremappedService? premapped = null)
    {
        var context = Begin(source);
        ServiceDraft draft;
        if (premapped is null)
        {
            draft = ServiceMapper.Map(context, e, path, this);
        }
        else
        {
            premapped.Replay(this);
            (context, draft) = (premapped.Context, premapped.Draft);
        }

        draft = draft with { OrganisationId = draft.OrganisationId ?? organisationId };
        var id = draft.Id;
        if (_services.TryGet(id, out var existing) && existing.Primary)
        {
            Error(HsdsEntity.Service, id.ToString(), source, path, $"id {id} is used again; the feed first gave it to {existing.Path}");
            return;
        }

        var entry = new FeedEntry<ServiceDraft>(id.ToString(), path, source, primary: true, size);
        if (Finish(HsdsEntity.Service, entry, context))
        {
            // Locations met earlier through a service_at_location list still belong to the service.
            entry.Record = existing?.Record is { } earlier ? WithLocations(draft, earlier.Details.Locations, existing.LocationReferences, entry) : draft;
        }

        _services.Set(id, entry);
    }

    public void AddOrganisation(JsonElement e, string path, RecordSource source, int size, bool primary) =>
        Add(_organisations, HsdsEntity.Organization, e, path, source, size, primary, context => OrganisationMapper.Map(context, e, path, this));

    public void AddLocation(JsonElement e, string path, RecordSource source, int size, bool primary, Guid? organisationId) =>
        Add(_locations, HsdsEntity.Location, e, path, source, size, primary, context => LocationMapper.Map(context, e, path, organisationId, this));

    public void AddTerm(JsonElement e, string path, RecordSource source, int size, bool primary, Guid? taxonomyId = null) =>
        Add(_terms, HsdsEntity.TaxonomyTerm, e, path, source, size, primary, context => TaxonomyMapper.Term(context, e, path, taxonomyId, this));

    /// <summary>A record the feed defines but that failed its checks: it counts as defined, so references to it are not errors too.</summary>
    public void Rejected(HsdsEntity entity, Guid id, string path, RecordSource source)
    {
        switch (entity)
        {
            case HsdsEntity.Service:
                Define(_services, id, path, source);
                break;
            case HsdsEntity.Organization:
                Define(_organisations, id, path, source);
                break;
            case HsdsEntity.Location:
                Define(_locations, id, path, source);
                break;
            case HsdsEntity.TaxonomyTerm:
                Define(_terms, id, path, source);
                break;
            case HsdsEntity.Taxonomy:
                Define(_taxonomies, id, path, source);
                break;
        }
    }

    public void AddTaxonomy(JsonElement e, string path, RecordSource source, int size, bool primary) =>
        Add(_taxonomies, HsdsEntity.Taxonomy, e, path, source, size, primary, context => TaxonomyMapper.Taxonomy(context, e, path));

    /// <summary>
    /// A service_at_location listed on its own: its location becomes a record, and it joins its service (nested,
    /// or named by service_id and found once the whole feed is read).
    /// </summary>
    public void AddServiceAtLocation(JsonElement e, string path, RecordSource source)
    {
        var context = Begin(source);
        var serviceAtLocation = ServiceMapper.ServiceAtLocation(context, e, path, this);
        var serviceId = context.Uuid(e, path, "service_id");
        ServiceDraft? service = null;
        if (JsonFields.TryGet(e, "service", out var nested) && nested.ValueKind == JsonValueKind.Object)
        {
            service = ServiceMapper.Map(context, nested, JsonFields.Field(path, "service"), this);
            serviceId ??= service.Id;
        }

        var record = context.Id(e, path).ToString();
        if (serviceId is null)
        {
            context.Error(path, "a service_at_location needs a service_id or a service");
        }

        Report(HsdsEntity.ServiceAtLocation, record, source, context);
        if (context.Failed || serviceAtLocation is null)
        {
            return;
        }

        var pending = new PendingServiceAtLocation(serviceId!.Value, serviceAtLocation, path, source, context.LocationReferences, context.TermReferences);
        if (service is null)
        {
            _pending.Add(pending);
            return;
        }

        if (!_services.TryGet(service.Id, out var entry))
        {
            entry = new FeedEntry<ServiceDraft>(service.Id.ToString(), JsonFields.Field(path, "service"), source, primary: false, 0) { Record = service };
            _services.Set(service.Id, entry);
        }

        Attach(entry, pending);
    }

    void IEmbeddedRecords.Organization(JsonElement record, string path) => AddOrganisation(record, path, _source, Size(record), primary: false);

    void IEmbeddedRecords.Location(JsonElement record, string path, Guid? organisationId) => AddLocation(record, path, _source, Size(record), primary: false, organisationId);

    void IEmbeddedRecords.TaxonomyTerm(JsonElement record, string path) => AddTerm(record, path, _source, Size(record), primary: false, null);

    void IEmbeddedRecords.Taxonomy(JsonElement record, string path) => AddTaxonomy(record, path, _source, Size(record), primary: false);

    private void Add<T>(FeedEntries<T> entries, HsdsEntity entity, JsonElement e, string path, RecordSource source, int size, bool primary, Func<MapContext, T?> map)
        where T : class
    {
        var id = JsonFields.TryGet(e, "id", out var idValue) && idValue.ValueKind == JsonValueKind.String && StrictFormatValidators.IsUuid(idValue.GetString()!)
            ? Guid.Parse(idValue.GetString()!) : Guid.Empty;
        if (entries.TryGet(id, out var existing))
        {
            if (primary && existing.Primary)
            {
                Error(entity, id.ToString(), source, path, $"id {id} is used again; the feed first gave it to {existing.Path}");
                return;
            }

            // Nested copies of a record recur (one organization inside each of its services): map each id once, keeping the fullest copy.
            if (!existing.IsOutrankedBy(primary, size))
            {
                return;
            }
        }

        var outer = _source;
        var context = Begin(source);
        var entry = new FeedEntry<T>(id == Guid.Empty ? "#" + path : id.ToString(), path, source, primary, size);
        var record = map(context);
        if (Finish(entity, entry, context))
        {
            entry.Record = record;
        }

        _source = outer;
        entries.Set(id, entry);
    }

    private static void Define<T>(FeedEntries<T> entries, Guid id, string path, RecordSource source)
        where T : class
    {
        if (!entries.Contains(id))
        {
            entries.Set(id, new FeedEntry<T>(id.ToString(), path, source, primary: true, 0));
        }
    }

    private MapContext Begin(RecordSource source)
    {
        _source = source;
        return new MapContext(Options);
    }

    private bool Finish<T>(HsdsEntity entity, FeedEntry<T> entry, MapContext context)
        where T : class
    {
        entry.TermReferences = context.TermReferences;
        entry.LocationReferences = context.LocationReferences;
        Report(entity, entry.RecordId, entry.Source, context);
        return !context.Failed;
    }

    private void Report(HsdsEntity entity, string record, RecordSource source, MapContext context)
    {
        foreach (var (path, message) in context.Errors)
        {
            Error(entity, record, source, path, message);
        }

        foreach (var (path, message) in context.Warnings)
        {
            Warning(entity, record, source, path, message);
        }
    }

    private static int Size(JsonElement record) => System.Runtime.InteropServices.JsonMarshal.GetRawUtf8Value(record).Length;
}
