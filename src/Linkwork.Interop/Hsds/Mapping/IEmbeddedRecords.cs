using System.Text.Json;

namespace Linkwork.Interop.Hsds;

/// <summary>
/// Where a mapper hands the records it finds nested inside another (a service's organization, a
/// service_at_location's location, an attribute's taxonomy_term): they are records of their own in Linkwork.
/// </summary>
internal interface IEmbeddedRecords
{
    void Organization(JsonElement record, string path);

    void Location(JsonElement record, string path, Guid? organisationId);

    void TaxonomyTerm(JsonElement record, string path);

    void Taxonomy(JsonElement record, string path);
}
