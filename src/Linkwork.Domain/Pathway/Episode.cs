using Linkwork.Domain.Common;

namespace Linkwork.Domain.Pathway;

/// <summary>
/// A person's time with the social prescribing service, from the referral in to discharge. Every move is a method
/// here that guards the current state (<see cref="EpisodeMoves"/>) and appends a <see cref="PathwayEvent"/>.
/// </summary>
public sealed class Episode : PathwayRecord<EpisodeState>
{
    public const int ReasonsMaxLength = 4_000;
    public const int PublicReferenceMaxLength = 20;

    private Episode() { }

    public ReferralSource Source { get; private set; }

    /// <summary>The referring organisation, when the referral came from one (a practice, a hospital team).</summary>
    public Guid? ReferrerOrganisationId { get; private set; }

    /// <summary>The account that made the referral, when made in Linkwork: they follow its status and get the message back.</summary>
    public Guid? ReferredBy { get; private set; }

    public string Reasons { get; private set; } = "";

    /// <summary>The short reference given to whoever sent the public form, so they can quote it; null for other referrals.</summary>
    public string? PublicReference { get; private set; }

    /// <summary>The community member who referred the person from the public form, when it was not the person themselves.</summary>
    public CommunityReferrer? CommunityReferrer { get; private set; }

    public Guid? LinkWorkerId { get; private set; }
    public int ContactAttempts { get; private set; }
    public WhatMatters? WhatMatters { get; private set; }
    public DischargeReason? DischargeReason { get; private set; }
    public DateTimeOffset? DischargedAt { get; private set; }

    protected override PathwayRecordType RecordType => PathwayRecordType.Episode;
    protected override StateMachine<EpisodeState> Moves => EpisodeMoves.Table;

    /// <summary>A referral into the programme, keeping the referring system's own identifier for it when it gave one.</summary>
    public static Episode Receive(
        Guid id, Guid programmeId, Guid personId, ReferralSource source, string reasons, Guid? referrerOrganisationId,
        Guid? referredBy, DateTimeOffset now, RequesterIdentifier? requesterIdentifier = null)
    {
        if (!Enum.IsDefined(source))
        {
            throw new DomainRuleException($"'{source}' is not a referral source.");
        }

        var episode = new Episode
        {
            Id = id,
            ProgrammeId = programmeId,
            PersonId = personId,
            Source = source,
            Reasons = Text.Required(reasons, "The reason for referral", ReasonsMaxLength),
            ReferrerOrganisationId = referrerOrganisationId,
            ReferredBy = referredBy,
        };
        episode.IdentifiedBy(requesterIdentifier);
        episode.Begin(EpisodeState.Received, referredBy, now);
        return episode;
    }

    /// <summary>
    /// A referral from the public form: by the person themselves, or by a community member (<paramref name="referrer"/>).
    /// No account made it, so nobody follows it in Linkwork; it waits unassigned in triage.
    /// </summary>
    public static Episode ReceiveFromPublicForm(
        Guid id, Guid programmeId, Guid personId, string reasons, string reference, CommunityReferrer? referrer, DateTimeOffset now)
    {
        var episode = Receive(id, programmeId, personId, referrer is null ? ReferralSource.SelfReferral : ReferralSource.Community,
            reasons, referrerOrganisationId: null, referredBy: null, now);
        episode.PublicReference = Text.Required(reference, "The reference", PublicReferenceMaxLength);
        episode.CommunityReferrer = referrer;
        return episode;
    }

    public void AssignTo(Guid linkWorkerId, Guid? by, DateTimeOffset now)
    {
        if (!State.IsOpen())
        {
            throw new DomainRuleException($"The episode is {State}: only an open episode can be assigned.");
        }

        LinkWorkerId = linkWorkerId;
        Touch(by, now, "assigned");
    }

    /// <summary>Counts an attempt to reach the person. The first attempt moves a received episode to Contacting.</summary>
    public void RecordContactAttempt(bool reached, string? note, Guid? by, DateTimeOffset now)
    {
        if (State == EpisodeState.Received)
        {
            MoveTo(EpisodeState.Contacting, by, now, reached ? "contact.reached" : "contact.not-reached", note);
        }
        else if (State == EpisodeState.Contacting)
        {
            Touch(by, now, reached ? "contact.reached" : "contact.not-reached", note);
        }
        else
        {
            throw new DomainRuleException($"The episode is {State}: contact attempts are recorded while the person is being contacted.");
        }

        if (!reached)
        {
            ContactAttempts++;
        }
    }

    /// <summary>The programme says how many failed attempts make "unable to contact" the suggested next step.</summary>
    public bool SuggestsUnableToContact(int attemptsBeforeSuggesting) =>
        State == EpisodeState.Contacting && ContactAttempts >= attemptsBeforeSuggesting;

    public void Accept(Guid? by, DateTimeOffset now) => MoveTo(EpisodeState.Accepted, by, now);

    public void Decline(string reason, Guid? by, DateTimeOffset now) =>
        MoveTo(EpisodeState.Declined, by, now, reason: Text.Required(reason, "The reason for declining", PathwayEvent.ReasonMaxLength));

    public void MarkUnableToContact(Guid? by, DateTimeOffset now) => MoveTo(EpisodeState.UnableToContact, by, now);

    public void StartAssessment(Guid? by, DateTimeOffset now) => MoveTo(EpisodeState.Assessing, by, now);

    /// <summary>
    /// Records (or revises) the "what matters to me" conversation. Holding it is what starts the assessment of an
    /// accepted episode; later revisions are logged but move nothing.
    /// </summary>
    public void RecordWhatMatters(string inTheirWords, IReadOnlyList<IdentifiedNeed> needs, string? strengths, Guid? by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(needs);
        var conversation = new WhatMatters(
            Text.Required(inTheirWords, "What matters to the person", Pathway.WhatMatters.TextMaxLength),
            needs.Select(n => Enum.IsDefined(n.Category)
                    ? n with { Note = Text.Optional(n.Note, "The note on a need", 1_000) }
                    : throw new DomainRuleException($"'{n.Category}' is not an SDOH category."))
                .DistinctBy(n => n.Category).ToList(),
            Text.Optional(strengths, "The strengths", Pathway.WhatMatters.TextMaxLength), now, by);
        if (State == EpisodeState.Accepted)
        {
            MoveTo(EpisodeState.Assessing, by, now, "what-matters");
        }
        else if (State is EpisodeState.Assessing or EpisodeState.Active)
        {
            Touch(by, now, "what-matters");
        }
        else
        {
            throw new DomainRuleException($"The episode is {State}: the conversation is held once it is accepted and before discharge.");
        }

        WhatMatters = conversation;
    }

    /// <summary>A plan is agreed when it has at least one goal: that is what makes the episode active.</summary>
    public void AgreePlan(int goalCount, Guid? by, DateTimeOffset now)
    {
        if (goalCount == 0 && EpisodeMoves.Table.Allows(State, EpisodeState.Active))
        {
            throw new DomainRuleException("A plan needs at least one goal before it can be agreed.");
        }

        MoveTo(EpisodeState.Active, by, now);
    }

    public void Discharge(DischargeReason reason, string? note, Guid? by, DateTimeOffset now)
    {
        if (!Enum.IsDefined(reason))
        {
            throw new DomainRuleException($"'{reason}' is not a discharge reason.");
        }

        MoveTo(EpisodeState.Discharged, by, now, reason.ToString(), note);
        (DischargeReason, DischargedAt) = (reason, now);
    }

    /// <summary>
    /// Work that hangs off the episode (a follow-up, a safeguarding concern) is written into its event log, so the log
    /// stays the person's whole history. Like any change that is not a move, it bumps the version.
    /// </summary>
    internal void LogWork(string reasonCode, string? reason, Guid by, DateTimeOffset now) => Touch(by, now, reasonCode, reason);

    public void MarkEnteredInError(string reason, Guid? by, DateTimeOffset now) =>
        MoveTo(EpisodeState.EnteredInError, by, now, reason: Text.Required(reason, "The reason", PathwayEvent.ReasonMaxLength));
}
