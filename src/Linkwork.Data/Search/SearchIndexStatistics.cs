namespace Linkwork.Data.Search;

/// <summary>The size of a <see cref="DirectorySearchIndex"/>, for health pages, metrics and tuning.</summary>
/// <param name="Services">Services searchable now.</param>
/// <param name="RemovedDocuments">Replaced or removed services whose entries wait for the next build (they cost memory, not correctness).</param>
/// <param name="Terms">Distinct stems.</param>
/// <param name="Words">Distinct folded words (before stemming), for prefixes and typos.</param>
/// <param name="Postings">Term occurrences stored, one per term per service.</param>
/// <param name="DenseTerms">Terms frequent enough to have a byte per service as well.</param>
/// <param name="Locations">Locations stored.</param>
/// <param name="GridCells">Grid cells with at least one location.</param>
/// <param name="LanguageSets">Distinct combinations of languages.</param>
public sealed record SearchIndexStatistics(
    int Services, int RemovedDocuments, int Terms, int Words, long Postings, int DenseTerms, int Locations, int GridCells, int LanguageSets);
