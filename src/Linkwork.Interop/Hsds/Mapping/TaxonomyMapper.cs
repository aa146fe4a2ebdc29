using System.Text.Json;
using Linkwork.Domain.Common;
using Linkwork.Domain.Directory;

namespace Linkwork.Interop.Hsds;

/// <summary>Maps HSDS taxonomies and taxonomy terms to the domain's, checked by its rules.</summary>
internal static class TaxonomyMapper
{
    public static TaxonomyTerm? Term(MapContext c, JsonElement e, string path, Guid? parentTaxonomyId, IEmbeddedRecords embedded)
    {
        var taxonomyId = c.Uuid(e, path, "taxonomy_id") ?? parentTaxonomyId;
        if (JsonFields.TryGet(e, "taxonomy_detail", out var detail) && detail.ValueKind == JsonValueKind.Object)
        {
            taxonomyId ??= c.Uuid(detail, JsonFields.Field(path, "taxonomy_detail"), "id");
            embedded.Taxonomy(detail, JsonFields.Field(path, "taxonomy_detail"));
        }

        var id = c.Id(e, path);
        // The UK profile carries the term's wording in "term" too; the name comes first when both are there.
        var name = c.Text(e, path, "name", 500) ?? c.RequiredText(e, path, "term", 500);
        var description = c.Text(e, path, "description", ServiceDetailsRules.TextMaxLength);
        var code = c.Text(e, path, "code", 100);
        var parentId = c.Uuid(e, path, "parent_id");
        var taxonomyName = c.Text(e, path, "taxonomy", 200);
        var language = c.Text(e, path, "language", 20);
        var termUri = c.Text(e, path, "term_uri", WebAddress.MaxLength);
        if (c.Failed)
        {
            return null;
        }

        try
        {
            return TaxonomyTerm.Create(id, name, description, taxonomyId, code, parentId, taxonomyName, language, termUri, NeedTaxonomy.NeedOf(id));
        }
        catch (DomainRuleException rule)
        {
            c.Error(path, rule.Message);
            return null;
        }
    }

    public static Taxonomy? Taxonomy(MapContext c, JsonElement e, string path)
    {
        var id = c.Id(e, path);
        var name = c.RequiredText(e, path, "name", 200);
        var description = c.Text(e, path, "description", ServiceDetailsRules.TextMaxLength) ?? "";
        var uri = c.Text(e, path, "uri", WebAddress.MaxLength);
        var version = c.Text(e, path, "version", 50);
        if (c.Failed)
        {
            return null;
        }

        try
        {
            return Linkwork.Domain.Directory.Taxonomy.Create(id, name, description, uri, version);
        }
        catch (DomainRuleException rule)
        {
            c.Error(path, rule.Message);
            return null;
        }
    }
}
