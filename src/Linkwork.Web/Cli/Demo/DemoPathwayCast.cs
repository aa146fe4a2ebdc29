using Linkwork.Domain.Directory;
using Linkwork.Domain.Programmes;

namespace Linkwork.Web.Cli.Demo;

/// <summary>Who and what the demo pathway is made of: the programme, its accounts, and services that take referrals.</summary>
public sealed record DemoPathwayCast(
    Programme Programme,
    IReadOnlyList<Guid> LinkWorkers,
    Guid DemoLinkWorker,
    Guid Referrer,
    Guid ReferrerOrganisation,
    Guid ProviderStaff,
    IReadOnlyList<Service> ProviderServices,
    IReadOnlyList<Service> OtherServices);
