using System.Text.Json;

namespace Linkwork.Interop.Hsds;

/// <summary>
/// A service mapped on a worker thread, beside its schema check: mapping is pure apart from the records nested in
/// the service (its organization, its locations, their terms), which go to the shared collector. Those are kept
/// here, in the order the mapper met them, and handed over when the feed-order pass reaches the service, so the
/// collector sees exactly the calls it would have seen mapping the service itself.
/// </summary>
internal sealed class PremappedService : IEmbeddedRecords
{
    private readonly List<(HsdsEntity Entity, JsonElement Record, string Path, Guid? OrganisationId)> _nested = [];

    private PremappedService(MapContext context) => Context = context;

    public MapContext Context { get; }

    public ServiceDraft Draft { get; private set; } = null!;

    public static PremappedService Map(HsdsReadOptions options, JsonElement record, string path)
    {
        var premapped = new PremappedService(new MapContext(options));
        premapped.Draft = ServiceMapper.Map(premapped.Context, record, path, premapped);
        return premapped;
    }

    /// <summary>Hands the nested records over; their JSON must still be alive, i.e. before the record's document is disposed.</summary>
    public void Replay(IEmbeddedRecords into)
    {
        foreach (var (entity, record, path, organisationId) in _nested)
        {
            switch (entity)
            {
                case HsdsEntity.Organization:
                    into.Organization(record, path);
                    break;
                case HsdsEntity.Location:
                    into.Location(record, path, organisationId);
                    break;
                case HsdsEntity.TaxonomyTerm:
                    into.TaxonomyTerm(record, path);
                    break;
                case HsdsEntity.Taxonomy:
                    into.Taxonomy(record, path);
                    break;
            }
        }
    }

    void IEmbeddedRecords.Organization(JsonElement record, string path) => _nested.Add((HsdsEntity.Organization, record, path, null));

    void IEmbeddedRecords.Location(JsonElement record, string path, Guid? organisationId) => _nested.Add((HsdsEntity.Location, record, path, organisationId));

    void IEmbeddedRecords.TaxonomyTerm(JsonElement record, string path) => _nested.Add((HsdsEntity.TaxonomyTerm, record, path, null));

    void IEmbeddedRecords.Taxonomy(JsonElement record, string path) => _nested.Add((HsdsEntity.Taxonomy, record, path, null));
}
