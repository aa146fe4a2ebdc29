namespace Linkwork.Interop.Hsds;

/// <summary>The HSDS 3.0 records Linkwork reads and writes on their own (the others travel nested inside these).</summary>
public enum HsdsEntity
{
    Service,
    Organization,
    Location,
    ServiceAtLocation,
    Taxonomy,
    TaxonomyTerm,
}

/// <summary>How each record is named in HSDS: its schema, and the plural used in paths such as <c>services[3]</c>.</summary>
public static class HsdsEntities
{
    /// <summary>The HSDS name, e.g. "service_at_location".</summary>
    public static string Name(this HsdsEntity entity) => entity switch
    {
        HsdsEntity.Service => "service",
        HsdsEntity.Organization => "organization",
        HsdsEntity.Location => "location",
        HsdsEntity.ServiceAtLocation => "service_at_location",
        HsdsEntity.Taxonomy => "taxonomy",
        HsdsEntity.TaxonomyTerm => "taxonomy_term",
        _ => throw new ArgumentOutOfRangeException(nameof(entity), entity, null),
    };

    /// <summary>The plural HSDS uses for lists of the record, e.g. "services", "taxonomy_terms".</summary>
    public static string Plural(this HsdsEntity entity) => entity switch
    {
        HsdsEntity.Service => "services",
        HsdsEntity.Organization => "organizations",
        HsdsEntity.Location => "locations",
        HsdsEntity.ServiceAtLocation => "service_at_locations",
        HsdsEntity.Taxonomy => "taxonomies",
        HsdsEntity.TaxonomyTerm => "taxonomy_terms",
        _ => throw new ArgumentOutOfRangeException(nameof(entity), entity, null),
    };

    internal static string SchemaFile(this HsdsEntity entity) => entity.Name() + ".json";
}
