using Linkwork.Domain.Directory;

namespace Linkwork.Interop.Hsds;

/// <summary>
/// An HSDS service, checked by the domain's rules. Capacity and referral mode are not in HSDS, so they are left at
/// their defaults: an importer keeps what Linkwork already knows about them.
/// </summary>
public sealed record HsdsServiceRecord(Guid Id, Guid OrganisationId, ServiceDetails Details, DateTimeOffset? LastModified)
{
    public Service CreateService(DateTimeOffset now) => Service.Create(Id, OrganisationId, Details, LastModified ?? now);
}
