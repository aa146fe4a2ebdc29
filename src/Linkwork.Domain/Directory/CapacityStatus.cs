namespace Linkwork.Domain.Directory;

/// <summary>
/// Whether a service can take someone now: the codes of the Gravity SDOH Clinical Care capacity status
/// value set (SDOHCC-ValueSetCapacityStatus, STU 3).
/// </summary>
public enum CapacityStatus
{
    HasCapacity,
    NoCapacity,
    Waitlist,
    AssessmentRequired,
}

public static class CapacityStatuses
{
    public const string CodeSystem = "http://hl7.org/fhir/us/sdoh-clinicalcare/CodeSystem/SDOHCC-CodeSystemTemporaryCodes";

    public static string Code(this CapacityStatus status) => status switch
    {
        CapacityStatus.HasCapacity => "capacity",
        CapacityStatus.NoCapacity => "no-capacity",
        CapacityStatus.Waitlist => "waitlist",
        CapacityStatus.AssessmentRequired => "additional-assessment-required",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static string Label(this CapacityStatus status) => status switch
    {
        CapacityStatus.HasCapacity => "Has capacity",
        CapacityStatus.NoCapacity => "No capacity",
        CapacityStatus.Waitlist => "Waiting list",
        CapacityStatus.AssessmentRequired => "Assessment required",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static bool TryParse(string? code, out CapacityStatus status)
    {
        foreach (var candidate in Enum.GetValues<CapacityStatus>())
        {
            if (string.Equals(candidate.Code(), code?.Trim(), StringComparison.Ordinal))
            {
                status = candidate;
                return true;
            }
        }

        status = default;
        return false;
    }
}
