using Linkwork.Interop.Hsds;

namespace Linkwork.Web.Features.Directory.Import;

/// <summary>An HSDS feed, once read and checked, as a batch for <see cref="ImportDirectory"/>.</summary>
public static class HsdsBatches
{
    public static DirectoryBatch ToDirectoryBatch(this HsdsBatch feed)
    {
        ArgumentNullException.ThrowIfNull(feed);
        return new DirectoryBatch
        {
            Taxonomies = [.. feed.Taxonomies.Select(t => new TaxonomyRecord(t.Id, t.Name, t.Description, t.Uri, t.Version))],
            Terms = [.. feed.TaxonomyTerms.Select(t => new TermRecord(t.Id, t.Name, t.Description, t.TaxonomyId, t.Code, t.ParentId, t.TaxonomyName, t.Language, t.TermUri))],
            Organisations = [.. feed.Organisations.Select(o => new OrganisationRecord(o.Id, o.Name, o.Description, o.Website, o.Email, o.Phone, o.Listing))],
            Locations = [.. feed.Locations.Select(l => new LocationRecord(l.Id, l.OrganisationId, l.Details))],
            Services = [.. feed.Services.Select(s => new ServiceRecord(s.Id, s.OrganisationId, s.Details))],
        };
    }
}
