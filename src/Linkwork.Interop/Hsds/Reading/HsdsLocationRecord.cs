using Linkwork.Domain.Directory;

namespace Linkwork.Interop.Hsds;

/// <summary>An HSDS location, checked by the domain's rules.</summary>
public sealed record HsdsLocationRecord(Guid Id, Guid? OrganisationId, LocationDetails Details)
{
    public Location CreateLocation(DateTimeOffset now) => Location.Create(Id, OrganisationId, Details, now);
}
