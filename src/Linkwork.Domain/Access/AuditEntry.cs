namespace Linkwork.Domain.Access;

/// <summary>
/// One line of the audit trail: who did what to which record, when and from where. Written for every
/// sign-in and every read or change of personal data. It holds ids, never the personal data itself.
/// </summary>
public sealed class AuditEntry
{
    private AuditEntry() { }

    public Guid Id { get; private set; }

    /// <summary>The programme the action happened in, so each programme's administrators see only their own trail; null for deployment-wide actions.</summary>
    public Guid? ProgrammeId { get; private set; }

    public DateTimeOffset At { get; private set; }
    public AuditActorKind ActorKind { get; private set; }

    /// <summary>The user's or API client's id; null for anonymous and failed sign-ins of unknown accounts.</summary>
    public Guid? ActorId { get; private set; }

    /// <summary>A dotted verb such as "sign-in.succeeded" or "person.read".</summary>
    public string Action { get; private set; } = "";

    public string? RecordType { get; private set; }
    public string? RecordId { get; private set; }

    /// <summary>The remote address the request came from, or "cli" for the command line.</summary>
    public string? From { get; private set; }

    public static AuditEntry Create(
        Guid id, Guid? programmeId, DateTimeOffset at, AuditActorKind actorKind, Guid? actorId, string action,
        string? recordType, string? recordId, string? from) => new()
        {
            Id = id,
            ProgrammeId = programmeId,
            At = at,
            ActorKind = actorKind,
            ActorId = actorId,
            Action = action,
            RecordType = recordType,
            RecordId = recordId,
            From = from,
        };
}

public enum AuditActorKind
{
    Anonymous,
    User,
    ApiClient,
    System,
}
