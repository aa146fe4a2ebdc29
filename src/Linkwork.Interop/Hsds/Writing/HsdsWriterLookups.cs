using Linkwork.Domain.Access;
using Linkwork.Domain.Directory;

namespace Linkwork.Interop.Hsds;

/// <summary>
/// How <see cref="HsdsWriter"/> finds the records a service points at (its organisation, its locations, the terms
/// of its attributes), so the caller decides how they are loaded: from a dictionary, a cache, the database.
/// A lookup that finds nothing leaves the nested object out and keeps the id.
/// </summary>
public sealed record HsdsWriterLookups
{
    public Func<Guid, Organisation?> Organisation { get; init; } = _ => null;
    public Func<Guid, Location?> Location { get; init; } = _ => null;
    public Func<Guid, TaxonomyTerm?> Term { get; init; } = _ => null;
    public Func<Guid, Taxonomy?> Taxonomy { get; init; } = _ => null;

    /// <summary>Lookups over records held in memory.</summary>
    public static HsdsWriterLookups From(
        IEnumerable<Organisation> organisations, IEnumerable<Location> locations, IEnumerable<TaxonomyTerm> terms, IEnumerable<Taxonomy> taxonomies)
    {
        var organisationsById = organisations.ToDictionary(o => o.Id);
        var locationsById = locations.ToDictionary(l => l.Id);
        var termsById = terms.ToDictionary(t => t.Id);
        var taxonomiesById = taxonomies.ToDictionary(t => t.Id);
        return new HsdsWriterLookups
        {
            Organisation = organisationsById.GetValueOrDefault,
            Location = locationsById.GetValueOrDefault,
            Term = termsById.GetValueOrDefault,
            Taxonomy = taxonomiesById.GetValueOrDefault,
        };
    }
}
