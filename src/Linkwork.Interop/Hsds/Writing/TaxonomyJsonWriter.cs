using System.Text.Json;
using Linkwork.Domain.Directory;
using Linkwork.Domain.Directory.Parts;

namespace Linkwork.Interop.Hsds;

/// <summary>Writes taxonomies, taxonomy terms and the attributes that attach terms to records.</summary>
internal static class TaxonomyJsonWriter
{
    public static void Taxonomy(Utf8JsonWriter w, Taxonomy taxonomy)
    {
        w.WriteStartObject();
        w.Id("id", taxonomy.Id);
        w.WriteString("name", taxonomy.Name);
        w.WriteString("description", taxonomy.Description);
        w.Text("uri", taxonomy.Uri);
        w.Text("version", taxonomy.Version);
        w.WriteEndObject();
    }

    /// <summary>A term, with its taxonomy nested as taxonomy_detail when the lookup knows it.</summary>
    public static void Term(Utf8JsonWriter w, TaxonomyTerm term, WriteContext context)
    {
        w.WriteStartObject();
        w.Id("id", term.Id);
        w.Text("code", term.Code);
        w.WriteString("name", term.Name);
        w.WriteString("description", term.Description);
        w.Id("parent_id", term.ParentId);
        w.Text("taxonomy", term.TaxonomyName);
        if (term.TaxonomyId is { } taxonomyId && (context.Lookups.Taxonomy(taxonomyId) ?? NeedTaxonomyOf(taxonomyId)) is { } taxonomy)
        {
            w.WritePropertyName("taxonomy_detail");
            Taxonomy(w, taxonomy);
        }

        w.Text("language", term.Language);
        w.Id("taxonomy_id", term.TaxonomyId);
        w.Text("term_uri", term.TermUri);
        w.WriteEndObject();
    }

    /// <summary>Attributes of a record, each with its taxonomy_term nested when the lookup knows the term.</summary>
    public static void Attributes(Utf8JsonWriter w, IReadOnlyList<TermLink> attributes, Guid linkId, string linkEntity, WriteContext context) =>
        w.List("attributes", attributes, (writer, attribute) =>
        {
            writer.WriteStartObject();
            writer.Id("id", attribute.Id);
            writer.Id("link_id", linkId);
            writer.Id("taxonomy_term_id", attribute.TaxonomyTermId);
            writer.Text("link_type", attribute.LinkType);
            writer.WriteString("link_entity", linkEntity);
            writer.Text("value", attribute.Value);
            if ((context.Lookups.Term(attribute.TaxonomyTermId) ?? NeedTerm(attribute.TaxonomyTermId)) is { } term)
            {
                writer.WritePropertyName("taxonomy_term");
                Term(writer, term, context);
            }

            writer.WriteEndObject();
        });

    // Linkwork's own need taxonomy is the same everywhere, so it can be written without a lookup.
    private static readonly Lazy<Dictionary<Guid, TaxonomyTerm>> NeedTerms = new(() => NeedTaxonomy.Terms().ToDictionary(t => t.Id));
    private static readonly Lazy<Taxonomy> Needs = new(NeedTaxonomy.Taxonomy);

    private static TaxonomyTerm? NeedTerm(Guid id) => NeedTerms.Value.GetValueOrDefault(id);

    private static Taxonomy? NeedTaxonomyOf(Guid id) => id == NeedTaxonomy.Id ? Needs.Value : null;
}
