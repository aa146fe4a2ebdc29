using Linkwork.Domain.Common;

namespace Linkwork.Domain.Directory;

/// <summary>A published vocabulary of service types or needs, e.g. Open Eligibility or Linkwork's need categories (HSDS taxonomy).</summary>
public sealed class Taxonomy
{
    private Taxonomy() { }

    public Guid Id { get; private set; }
    public string Name { get; private set; } = "";
    public string Description { get; private set; } = "";
    public string? Uri { get; private set; }
    public string? Version { get; private set; }

    public static Taxonomy Create(Guid id, string name, string description, string? uri, string? version)
    {
        var taxonomy = new Taxonomy { Id = id };
        taxonomy.Revise(name, description, uri, version);
        return taxonomy;
    }

    public void Revise(string name, string description, string? uri, string? version)
    {
        Name = Text.Required(name, "The taxonomy's name", 200);
        Description = Text.Optional(description, "The taxonomy's description", ServiceDetailsRules.TextMaxLength) ?? "";
        Uri = WebAddress.Optional(uri, "The taxonomy's address");
        Version = Text.Optional(version, "The taxonomy's version", 50);
    }
}
