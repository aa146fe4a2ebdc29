using Linkwork.Domain.Directory;

namespace Linkwork.Interop.Hsds;

/// <summary>
/// Everything one feed held, mapped to Linkwork's records and checked by the domain's rules, plus every record it
/// got wrong. A record with an error is left out of the lists; <see cref="Warnings"/> name what was kept but changed
/// (a dropped link, an ignored row). An importer applies the batch only when <see cref="Errors"/> is empty.
/// </summary>
public sealed class HsdsBatch
{
    public required HsdsProfile Profile { get; init; }
    public required IReadOnlyList<HsdsOrganisationRecord> Organisations { get; init; }
    public required IReadOnlyList<HsdsLocationRecord> Locations { get; init; }
    public required IReadOnlyList<HsdsServiceRecord> Services { get; init; }
    public required IReadOnlyList<Taxonomy> Taxonomies { get; init; }
    public required IReadOnlyList<TaxonomyTerm> TaxonomyTerms { get; init; }
    public required IReadOnlyList<HsdsRecordError> Errors { get; init; }
    public required IReadOnlyList<HsdsRecordError> Warnings { get; init; }

    public bool HasErrors => Errors.Count > 0;
}
