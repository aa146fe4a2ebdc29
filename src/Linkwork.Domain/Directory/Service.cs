using Linkwork.Domain.Common;

namespace Linkwork.Domain.Directory;

/// <summary>
/// A community service people can be signposted or referred to (HSDS service). What the service says about
/// itself is its <see cref="ServiceDetails"/>; the aggregate adds how fresh that is and whether it can take people now.
/// </summary>
public sealed class Service
{
    private Service() { }

    public Guid Id { get; private set; }
    public Guid OrganisationId { get; private set; }
    public ServiceDetails Details { get; private set; } = null!;
    public ServiceCapacity? Capacity { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    /// <summary>When anything about the service last changed (HSDS last_modified).</summary>
    public DateTimeOffset LastModified { get; private set; }

    public string Name => Details.Name;
    public bool AcceptsReferrals => Details.ReferralMode == ReferralMode.AcceptsReferrals && Details.Status == ServiceStatus.Active;

    public static Service Create(Guid id, Guid organisationId, ServiceDetails details, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(details);
        return new Service
        {
            Id = id,
            OrganisationId = organisationId,
            Details = ServiceDetailsRules.Checked(details),
            CreatedAt = now,
            LastModified = now,
        };
    }

    /// <summary>Replaces what the service says about itself, e.g. from a curator's edit or a re-import.</summary>
    public void Revise(ServiceDetails details, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(details);
        var checkedDetails = ServiceDetailsRules.Checked(details);
        if (!ServiceDetailsRules.Equivalent(checkedDetails, Details))
        {
            Details = checkedDetails;
            LastModified = now;
        }
    }

    public void UpdateCapacity(ServiceCapacity capacity)
    {
        ArgumentNullException.ThrowIfNull(capacity);
        Capacity = capacity;
        LastModified = capacity.UpdatedAt;
    }

    /// <summary>Records that someone checked the listing is right (HSDS assured_date and assurer_email).</summary>
    public void Assure(DateOnly on, string assurerEmail, DateTimeOffset now)
    {
        if (on > DateOnly.FromDateTime(now.UtcDateTime.AddDays(1)))
        {
            throw new DomainRuleException($"A service cannot be assured in the future ({on:yyyy-MM-dd}).");
        }

        Revise(Details with { AssuredDate = on, AssurerEmail = assurerEmail }, now);
    }

    /// <summary>A full feed no longer lists the service: it stays, but is no longer found.</summary>
    public void Withdraw(DateTimeOffset now)
    {
        if (Details.Status.IsListed())
        {
            Revise(Details with { Status = ServiceStatus.Inactive }, now);
        }
    }

    public bool IsEligibleAt(int age) =>
        (Details.MinimumAge is null || age >= Details.MinimumAge) && (Details.MaximumAge is null || age <= Details.MaximumAge);
}
