using Linkwork.Domain.Directory;

namespace Linkwork.Web.Pages.Shared;

/// <summary>What the capacity buttons need: which service, what it last said, and where to come back to.</summary>
public sealed record CapacityButtons(Guid ServiceId, string ServiceName, ServiceCapacity? Current, string ReturnUrl);
