using Linkwork.Domain.Common;

namespace Linkwork.Domain.Directory;

/// <summary>One term of a taxonomy, e.g. "Food banks" (HSDS taxonomy_term). Terms form a tree through <see cref="ParentId"/>.</summary>
public sealed class TaxonomyTerm
{
    private TaxonomyTerm() { }

    public Guid Id { get; private set; }
    public string? Code { get; private set; }
    public string Name { get; private set; } = "";
    public string Description { get; private set; } = "";
    public Guid? ParentId { get; private set; }
    /// <summary>The taxonomy's name when it is not one Linkwork holds (HSDS taxonomy).</summary>
    public string? TaxonomyName { get; private set; }
    public Guid? TaxonomyId { get; private set; }
    public string? Language { get; private set; }
    public string? TermUri { get; private set; }
    /// <summary>The need category this term stands for, when it is one of Linkwork's own.</summary>
    public NeedCategory? Need { get; private set; }

    public static TaxonomyTerm Create(
        Guid id, string name, string? description, Guid? taxonomyId, string? code = null, Guid? parentId = null,
        string? taxonomyName = null, string? language = null, string? termUri = null, NeedCategory? need = null)
    {
        var term = new TaxonomyTerm { Id = id };
        term.Revise(name, description, taxonomyId, code, parentId, taxonomyName, language, termUri, need);
        return term;
    }

    public void Revise(
        string name, string? description, Guid? taxonomyId, string? code, Guid? parentId,
        string? taxonomyName, string? language, string? termUri, NeedCategory? need)
    {
        if (parentId == Id)
        {
            throw new DomainRuleException($"Taxonomy term {Id} cannot be its own parent.");
        }

        Name = Text.Required(name, "The term's name", 500);
        Description = Text.Optional(description, "The term's description", ServiceDetailsRules.TextMaxLength) ?? "";
        TaxonomyId = taxonomyId;
        Code = Text.Optional(code, "The term's code", 100);
        ParentId = parentId;
        TaxonomyName = Text.Optional(taxonomyName, "The taxonomy's name", 200);
        Language = Text.Optional(language, "The term's language", 20);
        TermUri = WebAddress.Optional(termUri, "The term's address");
        Need = need;
    }
}
