using Linkwork.Domain.Coding;
using Linkwork.Domain.Common;
using Linkwork.Domain.Pathway;

namespace Linkwork.Domain.Measures;

/// <summary>
/// One taking of an instrument by a person, at one line of the programme's schedule, within an episode. The answers
/// are kept as given (in item order, null for an item not yet answered), so a part-answered questionnaire can be
/// finished later; the score is recorded once, on completion, by the instrument's scoring.
/// </summary>
public sealed class Administration
{
    public const int MaxItems = 100;
    public const int AnswerMaxLength = 200;
    public const int BandMaxLength = 60;
    public const int LinkTokenHashLength = 64;

    private Administration() { }

    public Guid Id { get; private set; }
    public Guid ProgrammeId { get; private set; }
    public Guid PersonId { get; private set; }
    public Guid EpisodeId { get; private set; }
    public string InstrumentId { get; private set; } = "";
    public Timepoint Timepoint { get; private set; }
    public int? WeeksAfterPlan { get; private set; }
    public AdministrationState State { get; private set; }
    public IReadOnlyList<string?> Answers { get; private set; } = [];
    public decimal? Score { get; private set; }
    public string? Band { get; private set; }
    public bool? Positive { get; private set; }

    /// <summary>The needs the finished screen found (its positive parts' Gravity SDOH categories); empty for a wellbeing scale.</summary>
    public IReadOnlyList<SdohCategory> Needs { get; private set; } = [];

    /// <summary>Whether an answer has already raised the instrument's safeguarding alert: the team is told once, not at every save.</summary>
    public bool SafeguardingAlerted { get; private set; }
    public DateTimeOffset StartedAt { get; private set; }

    /// <summary>The member of staff who started it; null when the person started it themselves through their link.</summary>
    public Guid? StartedBy { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public DateTimeOffset? CompletedAt { get; private set; }
    public int Version { get; private set; }

    /// <summary>
    /// The hash (never the token) of the link by which the person answers it on their own phone. The link works until the
    /// questionnaire is finished or called off, or it expires; only the hash is kept, so a copy of the database opens nothing.
    /// </summary>
    public string? LinkTokenHash { get; private set; }

    public DateTimeOffset? LinkExpiresAt { get; private set; }

    public ScheduledMeasure Measure => new(InstrumentId, Timepoint, WeeksAfterPlan);

    /// <summary>Starts the schedule's <paramref name="measure"/> for the episode's person; a closed episode takes only its discharge measure.</summary>
    public static Administration Start(Guid id, Episode episode, ScheduledMeasure measure, Guid? by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(episode);
        ArgumentNullException.ThrowIfNull(measure);
        var line = measure.Checked();
        if (!episode.State.IsOpen() && !(episode.State == EpisodeState.Discharged && line.Timepoint == Timepoint.Discharge))
        {
            throw new DomainRuleException($"The episode is {episode.State}: only an open episode takes measures, and a discharged one only its discharge measures.");
        }

        return new Administration
        {
            Id = id, ProgrammeId = episode.ProgrammeId, PersonId = episode.PersonId, EpisodeId = episode.Id,
            InstrumentId = line.InstrumentId, Timepoint = line.Timepoint, WeeksAfterPlan = line.WeeksAfterPlan,
            State = AdministrationState.InProgress, StartedAt = now, StartedBy = by, UpdatedAt = now, Version = 1,
        };
    }

    public void ExpectVersion(int? expected) => StaleVersionException.ThrowIfStale("questionnaire", expected, Version);

    /// <summary>Gives the person a link to answer it themselves; a new link replaces the last one.</summary>
    public void IssueLink(string tokenHash, DateTimeOffset expiresAt, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tokenHash);
        if (State != AdministrationState.InProgress)
        {
            throw new DomainRuleException($"The questionnaire is {State}: there is nothing left to answer.");
        }

        if (expiresAt <= now)
        {
            throw new DomainRuleException("A link must expire after it is made.");
        }

        (LinkTokenHash, LinkExpiresAt, UpdatedAt, Version) = (tokenHash, expiresAt, now, Version + 1);
    }

    /// <summary>Whether the person's link still opens it: issued, not expired, and the questionnaire not yet finished or called off.</summary>
    public bool LinkOpensAt(DateTimeOffset now) =>
        State == AdministrationState.InProgress && LinkTokenHash is not null && LinkExpiresAt > now;

    /// <summary>True the first time an answer raises the safeguarding alert, false after: the caller tells the team only on true.</summary>
    public bool AlertOnce()
    {
        if (SafeguardingAlerted)
        {
            return false;
        }

        SafeguardingAlerted = true;
        return true;
    }

    /// <summary>Keeps the answers so far; nothing is scored until the questionnaire is finished.</summary>
    public void SaveAnswers(IReadOnlyList<string?> answers, DateTimeOffset now)
    {
        if (State != AdministrationState.InProgress)
        {
            throw new DomainRuleException($"The questionnaire is {State}: its answers can no longer change.");
        }

        (Answers, UpdatedAt, Version) = (CheckedAnswers(answers), now, Version + 1);
    }

    /// <summary>Finishes it with the answers and the score the instrument's scoring gave them.</summary>
    /// <remarks>The person's link dies with it: a finished questionnaire is not answered twice.</remarks>
    public void Complete(IReadOnlyList<string?> answers, decimal? score, string? band, bool? positive, IReadOnlyList<SdohCategory> needs, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(needs);
        AdministrationMoves.Table.Guard(State, AdministrationState.Completed);
        (Answers, Score, Band, Positive, Needs) = (CheckedAnswers(answers), score, Text.Optional(band, "The band", BandMaxLength), positive, needs.Distinct().ToList());
        (State, CompletedAt, UpdatedAt, Version, LinkTokenHash, LinkExpiresAt) = (AdministrationState.Completed, now, now, Version + 1, null, null);
    }

    /// <summary>Called off (the person declined, or it was started by mistake); the schedule counts it as dealt with.</summary>
    public void Cancel(DateTimeOffset now)
    {
        AdministrationMoves.Table.Guard(State, AdministrationState.Cancelled);
        (State, UpdatedAt, Version, LinkTokenHash, LinkExpiresAt) = (AdministrationState.Cancelled, now, Version + 1, null, null);
    }

    private static List<string?> CheckedAnswers(IReadOnlyList<string?> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        if (answers.Count > MaxItems)
        {
            throw new DomainRuleException($"A questionnaire has at most {MaxItems} items; {answers.Count} answers were given.");
        }

        return answers.Select((answer, index) => answer is null ? null
            : Text.Optional(answer, $"The answer to item {index + 1}", AnswerMaxLength)).ToList();
    }
}
