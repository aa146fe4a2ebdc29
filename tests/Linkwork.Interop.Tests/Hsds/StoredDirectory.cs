using Linkwork.Domain.Access;
using Linkwork.Domain.Directory;
using Linkwork.Interop.Hsds;

namespace Linkwork.Interop.Tests.Hsds;

/// <summary>A batch turned into the domain's records, as an importer would store them, with the writer's lookups over them.</summary>
internal sealed class StoredDirectory
{
    public static readonly Guid Programme = Guid.Parse("0195f0e0-0000-7000-8000-000000000001");
    public static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    public StoredDirectory(HsdsBatch batch)
    {
        Organisations = batch.Organisations.Select(o => o.CreateOrganisation(Programme, Now)).ToList();
        Locations = batch.Locations.Select(l => l.CreateLocation(Now)).ToList();
        Services = batch.Services.Select(s => s.CreateService(Now)).ToList();
        Terms = [.. batch.TaxonomyTerms];
        Taxonomies = [.. batch.Taxonomies];
        Writer = new HsdsWriter(HsdsWriterLookups.From(Organisations, Locations, Terms, Taxonomies));
    }

    public List<Organisation> Organisations { get; }
    public List<Location> Locations { get; }
    public List<Service> Services { get; }
    public List<TaxonomyTerm> Terms { get; }
    public List<Taxonomy> Taxonomies { get; }
    public HsdsWriter Writer { get; }

    /// <summary>What the terms of this directory are, so a second read of an export knows terms it does not nest.</summary>
    public HsdsReadOptions ReadOptions => Read.Lenient with { KnownTermIds = Terms.Select(t => t.Id).ToHashSet(), KnownTaxonomyIds = Taxonomies.Select(t => t.Id).ToHashSet() };
}
