namespace Linkwork.Domain.Directory;

/// <summary>HSDS 3.0 service status. Only active services are found by default.</summary>
public enum ServiceStatus
{
    Active,
    TemporarilyClosed,
    Inactive,
    Defunct,
}

public static class ServiceStatuses
{
    /// <summary>
    /// Whether the public finds the service: active and temporarily closed services are listed (a closure is
    /// news people need); inactive and defunct ones are kept for the record but no longer found.
    /// </summary>
    public static bool IsListed(this ServiceStatus status) => Listed.Contains(status);

    /// <summary>The listed statuses (<see cref="IsListed"/>), for database queries, which cannot call a method.</summary>
    public static readonly IReadOnlyList<ServiceStatus> Listed = [ServiceStatus.Active, ServiceStatus.TemporarilyClosed];

    /// <summary>The HSDS wire value, e.g. "temporarily closed".</summary>
    public static string Code(this ServiceStatus status) => status switch
    {
        ServiceStatus.Active => "active",
        ServiceStatus.TemporarilyClosed => "temporarily closed",
        ServiceStatus.Inactive => "inactive",
        ServiceStatus.Defunct => "defunct",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static bool TryParse(string? code, out ServiceStatus status)
    {
        foreach (var candidate in Enum.GetValues<ServiceStatus>())
        {
            if (string.Equals(candidate.Code(), code?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                status = candidate;
                return true;
            }
        }

        status = default;
        return false;
    }
}
