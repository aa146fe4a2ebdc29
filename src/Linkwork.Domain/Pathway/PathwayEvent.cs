namespace Linkwork.Domain.Pathway;

/// <summary>
/// One move of an episode or an onward referral: who, when, from, to, why. Appended, never changed. It is the
/// pathway's audit trail, the FHIR Task history and the raw material of every report; (record, version) is unique,
/// so two writers can never both record version 5.
/// </summary>
public sealed class PathwayEvent
{
    public const int ReasonMaxLength = 2_000;

    private PathwayEvent() { }

    public Guid Id { get; private set; }
    public Guid ProgrammeId { get; private set; }
    public PathwayRecordType RecordType { get; private set; }
    public Guid RecordId { get; private set; }
    public Guid PersonId { get; private set; }

    /// <summary>The record's version after this move.</summary>
    public int Version { get; private set; }

    /// <summary>The state before, or null when the record was created by this move.</summary>
    public string? FromState { get; private set; }

    public string ToState { get; private set; } = "";

    /// <summary>A coded reason where the pathway has one (a decline or discharge reason), else null.</summary>
    public string? ReasonCode { get; private set; }

    public string? Reason { get; private set; }
    public Guid? ActorId { get; private set; }
    public DateTimeOffset At { get; private set; }

    internal static PathwayEvent Create(
        PathwayRecordType recordType, Guid recordId, Guid programmeId, Guid personId, int version,
        string? fromState, string toState, string? reasonCode, string? reason, Guid? actorId, DateTimeOffset at) => new()
        {
            Id = Guid.CreateVersion7(at),
            ProgrammeId = programmeId,
            RecordType = recordType,
            RecordId = recordId,
            PersonId = personId,
            Version = version,
            FromState = fromState,
            ToState = toState,
            ReasonCode = reasonCode,
            Reason = reason,
            ActorId = actorId,
            At = at,
        };
}

public enum PathwayRecordType
{
    Episode,
    OnwardReferral,
}
