using Linkwork.Domain.Common;

namespace Linkwork.Domain.Pathway;

/// <summary>
/// A worry that the person (or someone around them) is at risk of harm, raised on their episode so the supervisors
/// know at once and nobody working the case misses it. It stays flagged until a supervisor, or whoever raised it,
/// records how it was resolved. Both steps are written into the episode's event log.
/// </summary>
public sealed class SafeguardingConcern
{
    /// <summary>The note is the event's reason in the episode's log, so it has the log's limit.</summary>
    public const int NoteMaxLength = PathwayEvent.ReasonMaxLength;

    private SafeguardingConcern() { }

    public Guid Id { get; private set; }
    public Guid ProgrammeId { get; private set; }
    public Guid EpisodeId { get; private set; }
    public Guid PersonId { get; private set; }
    public SafeguardingConcernState State { get; private set; }
    public string Concern { get; private set; } = "";
    public Guid RaisedBy { get; private set; }
    public DateTimeOffset RaisedAt { get; private set; }
    public string? Resolution { get; private set; }
    public Guid? ResolvedBy { get; private set; }
    public DateTimeOffset? ResolvedAt { get; private set; }
    public int Version { get; private set; }

    public bool IsOpen => State == SafeguardingConcernState.Open;

    /// <summary>A concern can arise at any point, even after discharge; only a record entered in error is not a person's.</summary>
    public static SafeguardingConcern Raise(Guid id, Episode episode, string concern, Guid by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(episode);
        if (episode.State == EpisodeState.EnteredInError)
        {
            throw new DomainRuleException("The episode was entered in error: raise the concern on the person's real episode.");
        }

        var raised = new SafeguardingConcern
        {
            Id = id,
            ProgrammeId = episode.ProgrammeId,
            EpisodeId = episode.Id,
            PersonId = episode.PersonId,
            State = SafeguardingConcernState.Open,
            Concern = CheckNote(concern, "The concern"),
            RaisedBy = by,
            RaisedAt = now,
            Version = 1,
        };
        episode.LogWork("safeguarding.raised", raised.Concern, by, now);
        return raised;
    }

    public static string CheckNote(string? note, string what) => Text.Required(note, what, NoteMaxLength);

    /// <summary>A supervisor resolves any concern; anyone else only one they raised themselves.</summary>
    public bool MayBeResolvedBy(Guid account, bool isSupervisor) => isSupervisor || account == RaisedBy;

    public void ExpectVersion(int? expected) => StaleVersionException.ThrowIfStale("safeguarding concern", expected, Version);

    public void Resolve(Episode episode, string resolution, Guid by, bool bySupervisor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(episode);
        if (episode.Id != EpisodeId)
        {
            throw new ArgumentException("That is not this concern's episode.", nameof(episode));
        }

        SafeguardingConcernMoves.Table.Guard(State, SafeguardingConcernState.Resolved);
        if (!MayBeResolvedBy(by, bySupervisor))
        {
            throw new DomainRuleException("A safeguarding concern is resolved by a supervisor or by whoever raised it.");
        }

        var why = CheckNote(resolution, "How the concern was resolved");
        (State, Resolution, ResolvedBy, ResolvedAt, Version) = (SafeguardingConcernState.Resolved, why, by, now, Version + 1);
        episode.LogWork("safeguarding.resolved", why, by, now);
    }
}
