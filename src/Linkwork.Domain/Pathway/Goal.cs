using Linkwork.Domain.Coding;
using Linkwork.Domain.Common;

namespace Linkwork.Domain.Pathway;

/// <summary>One goal of a person's plan, in their words, with progress scored 0–10 over time (the first score is the baseline).</summary>
public sealed class Goal
{
    public const int TextMaxLength = 1_000;
    public const int MinScore = 0;
    public const int MaxScore = 10;

    private Goal() { }

    public Guid Id { get; private set; }
    public Guid ProgrammeId { get; private set; }
    public Guid EpisodeId { get; private set; }
    public Guid PersonId { get; private set; }
    public string Text { get; private set; } = "";
    public SdohCategory Category { get; private set; }
    public DateOnly? TargetDate { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public Guid? CreatedBy { get; private set; }
    public int Version { get; private set; }
    public IReadOnlyList<GoalProgress> Progress { get; private set; } = [];

    public GoalProgress? Latest => Progress.Count == 0 ? null : Progress[^1];

    /// <summary>Goals are set while the person is assessed or their plan is active.</summary>
    public static Goal Set(Guid id, Episode episode, string text, SdohCategory category, DateOnly? targetDate, Guid? by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(episode);
        if (episode.State is not (EpisodeState.Assessing or EpisodeState.Active))
        {
            throw new DomainRuleException($"The episode is {episode.State}: goals are set during the assessment or an active plan.");
        }

        if (!Enum.IsDefined(category))
        {
            throw new DomainRuleException($"'{category}' is not an SDOH category.");
        }

        if (targetDate is { } target && target < DateOnly.FromDateTime(now.UtcDateTime))
        {
            throw new DomainRuleException("The target date cannot be in the past.");
        }

        return new Goal
        {
            Id = id,
            ProgrammeId = episode.ProgrammeId,
            EpisodeId = episode.Id,
            PersonId = episode.PersonId,
            Text = Common.Text.Required(text, "The goal", TextMaxLength),
            Category = category,
            TargetDate = targetDate,
            CreatedAt = now,
            CreatedBy = by,
            Version = 1,
        };
    }

    /// <summary>Progress on a goal of this episode, scored while the episode is open.</summary>
    public void RecordProgressIn(Episode episode, int score, string? note, Guid? by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(episode);
        if (episode.Id != EpisodeId)
        {
            throw new DomainRuleException("The goal belongs to another episode.");
        }

        if (!episode.State.IsOpen())
        {
            throw new DomainRuleException($"The episode is {episode.State}: progress is recorded while it is open.");
        }

        RecordProgress(score, note, by, now);
    }

    public void RecordProgress(int score, string? note, Guid? by, DateTimeOffset now)
    {
        if (score is < MinScore or > MaxScore)
        {
            throw new DomainRuleException($"Progress is scored from {MinScore} to {MaxScore}; {score} was given.");
        }

        // A new list, not an added item: the store sees a new value and saves it whole.
        Progress = [.. Progress, new GoalProgress(score, Common.Text.Optional(note, "The note", 1_000), now, by)];
        Version++;
    }
}

public sealed record GoalProgress(int Score, string? Note, DateTimeOffset At, Guid? By);
