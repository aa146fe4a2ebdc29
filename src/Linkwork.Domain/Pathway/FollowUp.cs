using Linkwork.Domain.Common;

namespace Linkwork.Domain.Pathway;

/// <summary>
/// Something to do for a person by a day: ring after the first group session, check the benefits letter came. It
/// belongs to an episode, and its changes are written into that episode's event log, so the episode's history is
/// still the whole story of the person's time with the programme.
/// </summary>
public sealed class FollowUp
{
    public const int TitleMaxLength = 200;
    public const int NoteMaxLength = 2_000;

    /// <summary>Short enough that the title and the reason fit together in the episode's event log.</summary>
    public const int CancelReasonMaxLength = 1_000;

    private FollowUp() { }

    public Guid Id { get; private set; }
    public Guid ProgrammeId { get; private set; }
    public Guid EpisodeId { get; private set; }
    public Guid PersonId { get; private set; }
    public string Title { get; private set; } = "";
    public string? Note { get; private set; }

    /// <summary>The day it is due, in the programme's local calendar: a reminder is about a day, not an instant.</summary>
    public DateOnly DueOn { get; private set; }

    /// <summary>The link worker or supervisor who will do it.</summary>
    public Guid AssigneeId { get; private set; }

    public FollowUpState State { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public Guid CreatedBy { get; private set; }

    /// <summary>When it was done or cancelled, and by whom.</summary>
    public DateTimeOffset? ClosedAt { get; private set; }
    public Guid? ClosedBy { get; private set; }

    /// <summary>When the assignee was reminded that it is due; one reminder per follow-up.</summary>
    public DateTimeOffset? RemindedAt { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyList<FollowUpState> AllowedMoves => FollowUpMoves.Table.AllowedFrom(State);

    /// <summary>
    /// Follow-ups are planned while the episode is open, for today or later. <c>today</c> is today in the programme's
    /// calendar: the caller knows its time zone, the domain does not.
    /// </summary>
    public static FollowUp Add(
        Guid id, Episode episode, string title, string? note, DateOnly dueOn, DateOnly today, Guid assigneeId, Guid by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(episode);
        if (!episode.State.IsOpen())
        {
            throw new DomainRuleException($"The episode is {episode.State}: follow-ups are planned while it is open.");
        }

        var followUp = new FollowUp
        {
            Id = id,
            ProgrammeId = episode.ProgrammeId,
            EpisodeId = episode.Id,
            PersonId = episode.PersonId,
            Title = CheckTitle(title),
            Note = CheckNote(note),
            DueOn = CheckDueOn(dueOn, today),
            AssigneeId = assigneeId,
            State = FollowUpState.Open,
            CreatedAt = now,
            CreatedBy = by,
            Version = 1,
        };
        episode.LogWork("follow-up.added", followUp.Title, by, now);
        return followUp;
    }

    public static string CheckTitle(string? title) => Text.Required(title, "The follow-up's title", TitleMaxLength);

    public static string? CheckNote(string? note) => Text.Optional(note, "The follow-up's note", NoteMaxLength);

    public static DateOnly CheckDueOn(DateOnly? dueOn, DateOnly today) =>
        dueOn is not { } day ? throw new DomainRuleException("Say which day the follow-up is due.")
        : day < today ? throw new DomainRuleException("A follow-up cannot be due in the past.")
        : day;

    /// <summary>Refuses a stale caller before anything changes.</summary>
    public void ExpectVersion(int? expected) => StaleVersionException.ThrowIfStale("follow-up", expected, Version);

    public void Complete(Episode episode, Guid by, DateTimeOffset now) => Close(episode, FollowUpState.Done, "follow-up.done", Title, by, now);

    /// <summary>Called off: no longer needed. The reason, if given, goes into the episode's history.</summary>
    public void Cancel(Episode episode, string? reason, Guid by, DateTimeOffset now) =>
        Close(episode, FollowUpState.Cancelled, "follow-up.cancelled",
            Text.Optional(reason, "The reason for cancelling", CancelReasonMaxLength) is { } why ? $"{Title}: {why}" : Title, by, now);

    public bool IsOverdue(DateOnly today) => State == FollowUpState.Open && DueOn < today;

    /// <summary>
    /// The episode changed hands: an open follow-up the previous link worker was to do passes to the new one, so it
    /// is not left on the list of someone who no longer holds the case. One given to anyone else stays theirs.
    /// True when it moved.
    /// </summary>
    public bool HandOver(Guid? from, Guid to)
    {
        if (State != FollowUpState.Open || from is null || AssigneeId != from || AssigneeId == to)
        {
            return false;
        }

        (AssigneeId, Version) = (to, Version + 1);
        return true;
    }

    /// <summary>
    /// True, once, when it is open and due today or earlier. A reminder is bookkeeping, not a change of the follow-up:
    /// it leaves the version alone so it never makes an open page stale.
    /// </summary>
    public bool RemindIfDue(DateOnly today, DateTimeOffset now)
    {
        if (State != FollowUpState.Open || RemindedAt is not null || DueOn > today)
        {
            return false;
        }

        RemindedAt = now;
        return true;
    }

    private void Close(Episode episode, FollowUpState to, string reasonCode, string reason, Guid by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(episode);
        if (episode.Id != EpisodeId)
        {
            throw new ArgumentException("That is not this follow-up's episode.", nameof(episode));
        }

        FollowUpMoves.Table.Guard(State, to);
        (State, ClosedAt, ClosedBy, Version) = (to, now, by, Version + 1);
        episode.LogWork(reasonCode, reason, by, now);
    }
}
