using Linkwork.Domain.Common;

namespace Linkwork.Domain.Pathway;

/// <summary>
/// What an episode and an onward referral share: a state that only moves through the record's own guarded
/// methods, a version that every move increments (optimistic concurrency), and the events of moves not yet saved.
/// </summary>
public abstract class PathwayRecord<TState> : IPathwayEventSource
    where TState : struct, Enum
{
    private readonly List<PathwayEvent> _unsaved = [];

    public Guid Id { get; protected set; }
    public Guid ProgrammeId { get; protected set; }
    public Guid PersonId { get; protected set; }
    public TState State { get; protected set; }
    public int Version { get; protected set; }
    public DateTimeOffset CreatedAt { get; protected set; }
    public DateTimeOffset UpdatedAt { get; protected set; }

    /// <summary>
    /// The requesting system's own identifier for the referral this record was made from (its ServiceRequest.identifier),
    /// when it gave one: a request sent again after a timeout finds this record by it instead of making a second.
    /// </summary>
    public RequesterIdentifier? RequesterIdentifier => RequesterIdentifier.Stored(RequesterIdentifierSystem, RequesterIdentifierValue);

    /// <summary>The identifier's system, as a column of its own so the database can look the identifier up by an index.</summary>
    public string? RequesterIdentifierSystem { get; private set; }

    /// <summary>The identifier's value, beside its system.</summary>
    public string? RequesterIdentifierValue { get; private set; }

    /// <summary>Events of moves made since the record was loaded; the unit of work saves them with the record.</summary>
    public IReadOnlyList<PathwayEvent> UnsavedEvents => _unsaved;

    public void MarkEventsSaved() => _unsaved.Clear();

    protected abstract PathwayRecordType RecordType { get; }

    protected abstract StateMachine<TState> Moves { get; }

    /// <summary>Refuses a stale caller before anything changes: the version they read must be the one stored.</summary>
    public void ExpectVersion(int? expected) => StaleVersionException.ThrowIfStale(RecordType == PathwayRecordType.Episode ? "episode" : "referral", expected, Version);

    public IReadOnlyList<TState> AllowedMoves => Moves.AllowedFrom(State);

    /// <summary>Set once, as the record is made: the identifier is the request's, and a record answers one request.</summary>
    protected void IdentifiedBy(RequesterIdentifier? identifier) =>
        (RequesterIdentifierSystem, RequesterIdentifierValue) = (identifier?.System, identifier?.Value);

    protected void Begin(TState state, Guid? actorId, DateTimeOffset now, string? reason = null)
    {
        (State, Version, CreatedAt, UpdatedAt) = (state, 1, now, now);
        Record(null, reasonCode: null, reason, actorId, now);
    }

    protected void MoveTo(TState to, Guid? actorId, DateTimeOffset now, string? reasonCode = null, string? reason = null)
    {
        Moves.Guard(State, to);
        var from = State;
        (State, Version, UpdatedAt) = (to, Version + 1, now);
        Record(from.ToString(), reasonCode, reason, actorId, now);
    }

    /// <summary>A change that is not a move (an attempt, an assignment) still bumps the version and is logged.</summary>
    protected void Touch(Guid? actorId, DateTimeOffset now, string reasonCode, string? reason = null)
    {
        (Version, UpdatedAt) = (Version + 1, now);
        Record(State.ToString(), reasonCode, reason, actorId, now);
    }

    private void Record(string? from, string? reasonCode, string? reason, Guid? actorId, DateTimeOffset now) =>
        _unsaved.Add(PathwayEvent.Create(
            RecordType, Id, ProgrammeId, PersonId, Version, from, State.ToString(), reasonCode,
            Text.Optional(reason, "The reason", PathwayEvent.ReasonMaxLength), actorId, now));
}

/// <summary>A record whose moves the unit of work saves as <see cref="PathwayEvent"/>s alongside it.</summary>
public interface IPathwayEventSource
{
    IReadOnlyList<PathwayEvent> UnsavedEvents { get; }

    void MarkEventsSaved();
}
