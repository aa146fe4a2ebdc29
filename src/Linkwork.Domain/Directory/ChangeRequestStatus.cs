namespace Linkwork.Domain.Directory;

public enum ChangeRequestStatus
{
    Pending,
    Accepted,
    Rejected,
    Withdrawn,
}
