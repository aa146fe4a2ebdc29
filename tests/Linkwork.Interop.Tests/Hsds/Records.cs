using System.Text.Json;
using Linkwork.Interop.Hsds;

namespace Linkwork.Interop.Tests.Hsds;

/// <summary>A batch's records as JSON text, to compare two batches whole (records compare their lists by reference).</summary>
internal static class Records
{
    public static string Json(HsdsBatch batch) => JsonSerializer.Serialize(new
    {
        batch.Organisations,
        batch.Locations,
        batch.Services,
        Taxonomies = batch.Taxonomies.Select(t => new { t.Id, t.Name, t.Description, t.Uri, t.Version }),
        Terms = batch.TaxonomyTerms.Select(t => new { t.Id, t.Name, t.Description, t.Code, t.ParentId, t.TaxonomyId, t.TaxonomyName, t.Language, t.TermUri, t.Need }),
    });
}
