using Linkwork.Domain.Common;

namespace Linkwork.Domain.Directory;

/// <summary>
/// What a service last said about taking people on, when and by whom: shown before anyone refers.
/// </summary>
public sealed record ServiceCapacity
{
    public const int MaxWaitWeeks = 104;

    public ServiceCapacity(CapacityStatus status, int? estimatedWaitWeeks, DateTimeOffset updatedAt, string updatedBy)
    {
        if (estimatedWaitWeeks is < 0 or > MaxWaitWeeks)
        {
            throw new DomainRuleException($"The estimated wait must be 0–{MaxWaitWeeks} weeks; {estimatedWaitWeeks} was given.");
        }

        Status = status;
        EstimatedWaitWeeks = status is CapacityStatus.HasCapacity ? null : estimatedWaitWeeks;
        UpdatedAt = updatedAt;
        UpdatedBy = Text.Required(updatedBy, "Who updated the capacity", 254);
    }

    public CapacityStatus Status { get; }
    /// <summary>Only meaningful when the service cannot start someone now.</summary>
    public int? EstimatedWaitWeeks { get; }
    public DateTimeOffset UpdatedAt { get; }
    public string UpdatedBy { get; }
}
