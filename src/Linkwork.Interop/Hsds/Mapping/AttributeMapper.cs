using System.Text.Json;
using Linkwork.Domain.Directory.Parts;

namespace Linkwork.Interop.Hsds;

/// <summary>Maps HSDS attributes to <see cref="TermLink"/>s, handing any nested taxonomy_term on as a record of its own.</summary>
internal static class AttributeMapper
{
    public static List<TermLink> Attributes(MapContext c, JsonElement record, string path, IEmbeddedRecords embedded, int maxCount = int.MaxValue) =>
        c.List(record, path, "attributes", (e, at) => Attribute(c, e, at, embedded), maxCount);

    private static TermLink? Attribute(MapContext c, JsonElement e, string path, IEmbeddedRecords embedded)
    {
        var termId = c.Uuid(e, path, "taxonomy_term_id");
        var referencePath = JsonFields.Field(path, "taxonomy_term_id");
        if (JsonFields.TryGet(e, "taxonomy_term", out var term) && term.ValueKind == JsonValueKind.Object)
        {
            var nestedId = c.Uuid(term, JsonFields.Field(path, "taxonomy_term"), "id");
            if (termId is null)
            {
                termId = nestedId;
                referencePath = JsonFields.Field(path, "taxonomy_term.id");
            }
            else if (nestedId is not null && nestedId != termId)
            {
                c.Error(referencePath, $"says term {termId} but the nested taxonomy_term is {nestedId}");
            }

            embedded.TaxonomyTerm(term, JsonFields.Field(path, "taxonomy_term"));
        }

        if (termId is null)
        {
            c.Error(path, "an attribute needs a taxonomy_term_id or a taxonomy_term");
            return null;
        }

        c.TermReferences.Add((termId.Value, referencePath));
        return new TermLink
        {
            Id = c.Id(e, path),
            TaxonomyTermId = termId.Value,
            LinkType = c.Text(e, path, "link_type"),
            Value = c.Text(e, path, "value"),
        };
    }
}
