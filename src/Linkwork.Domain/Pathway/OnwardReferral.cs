using Linkwork.Domain.Common;
using Linkwork.Domain.Directory;

namespace Linkwork.Domain.Pathway;

/// <summary>
/// A referral from an episode to one community service: its own closed loop, owned by the service's organisation
/// once sent. Moves are guarded by <see cref="OnwardReferralMoves"/>; each appends a <see cref="PathwayEvent"/>.
/// </summary>
public sealed class OnwardReferral : PathwayRecord<OnwardReferralState>
{
    public const int NoteMaxLength = 4_000;

    private OnwardReferral() { }

    public Guid EpisodeId { get; private set; }
    public Guid ServiceId { get; private set; }

    /// <summary>The provider organisation that owns the service and answers the referral.</summary>
    public Guid OrganisationId { get; private set; }

    /// <summary>What the link worker tells the provider: why this person, what they hope for.</summary>
    public string Note { get; private set; } = "";

    public Guid CreatedBy { get; private set; }
    public DateTimeOffset? SentAt { get; private set; }

    /// <summary>When the provider must answer by; past it, an unanswered referral expires.</summary>
    public DateTimeOffset? RespondBy { get; private set; }

    public DateTimeOffset? RespondedAt { get; private set; }

    /// <summary>When the provider was reminded that the deadline is near; one reminder per referral.</summary>
    public DateTimeOffset? RemindedAt { get; private set; }
    public DeclineReason? DeclineReason { get; private set; }

    protected override PathwayRecordType RecordType => PathwayRecordType.OnwardReferral;
    protected override StateMachine<OnwardReferralState> Moves => OnwardReferralMoves.Table;

    /// <summary>
    /// Only an open episode refers on, and only to a service that takes referrals now. The requesting system's own
    /// identifier for the referral is kept when it gave one.
    /// </summary>
    public static OnwardReferral Draft(
        Guid id, Episode episode, Service service, string note, Guid by, DateTimeOffset now, RequesterIdentifier? requesterIdentifier = null)
    {
        ArgumentNullException.ThrowIfNull(episode);
        ArgumentNullException.ThrowIfNull(service);
        if (episode.State is not (EpisodeState.Accepted or EpisodeState.Assessing or EpisodeState.Active))
        {
            throw new DomainRuleException($"The episode is {episode.State}: onward referrals are made once it is accepted and before discharge.");
        }

        if (!service.AcceptsReferrals)
        {
            throw new DomainRuleException($"'{service.Name}' does not take referrals now: signpost the person to it instead.");
        }

        var referral = new OnwardReferral
        {
            Id = id,
            ProgrammeId = episode.ProgrammeId,
            PersonId = episode.PersonId,
            EpisodeId = episode.Id,
            ServiceId = service.Id,
            OrganisationId = service.OrganisationId,
            Note = Text.Required(note, "The note to the provider", NoteMaxLength),
            CreatedBy = by,
        };
        referral.IdentifiedBy(requesterIdentifier);
        referral.Begin(OnwardReferralState.Draft, by, now);
        return referral;
    }

    /// <summary>Sending shares the person's details with the provider, so it needs their consent to share.</summary>
    public void Send(bool consentToShare, int responseDeadlineDays, Guid by, DateTimeOffset now)
    {
        if (!consentToShare)
        {
            throw new DomainRuleException(
                "The person has not consented to sharing their details with the organisations they are referred to. Record their consent before sending.");
        }

        MoveTo(OnwardReferralState.Sent, by, now, "consent.given");
        (SentAt, RespondBy) = (now, now.AddDays(responseDeadlineDays));
    }

    /// <summary>
    /// Whether a read by <paramref name="side"/> opens a referral in <paramref name="state"/>: the provider's first read
    /// of a sent referral, so the link worker sees it has been seen. The link worker's reads, and later ones, change nothing.
    /// </summary>
    public static bool OpensOnReadBy(ReferralSide? side, OnwardReferralState state) =>
        side == ReferralSide.Provider && state == OnwardReferralState.Sent;

    /// <summary>The provider's staff opened it for the first time; later views change nothing.</summary>
    public void Open(Guid by, DateTimeOffset now)
    {
        if (State == OnwardReferralState.Sent)
        {
            MoveTo(OnwardReferralState.Opened, by, now);
        }
    }

    public void Accept(Guid by, DateTimeOffset now) => Respond(OnwardReferralState.Accepted, null, null, by, now);

    public void Waitlist(string? note, Guid by, DateTimeOffset now) => Respond(OnwardReferralState.Waitlisted, null, note, by, now);

    public void AskForInformation(string question, Guid by, DateTimeOffset now) =>
        Respond(OnwardReferralState.NeedsInformation, null, Text.Required(question, "The question", PathwayEvent.ReasonMaxLength), by, now);

    /// <summary>The link worker has answered the provider's question: the provider owes a response again.</summary>
    public void SupplyInformation(string answer, Guid by, DateTimeOffset now) =>
        MoveTo(OnwardReferralState.Opened, by, now, "information.supplied", Text.Required(answer, "The answer", PathwayEvent.ReasonMaxLength));

    public void Decline(DeclineReason reason, string? note, Guid by, DateTimeOffset now)
    {
        if (!Enum.IsDefined(reason))
        {
            throw new DomainRuleException($"'{reason}' is not a reason for declining.");
        }

        Respond(OnwardReferralState.Declined, reason.ToString(), note, by, now);
        DeclineReason = reason;
    }

    public void RecordEngagement(string? note, Guid by, DateTimeOffset now) => MoveTo(OnwardReferralState.Engaged, by, now, reason: note);

    /// <summary>
    /// How the referral ended on the provider's side: Completed, LeftEarly, CouldNotContact, NoLongerInterested, DidNotAttend,
    /// Rerouted. A completion may say what was done as a SNOMED CT concept (the Procedure another system reads back), kept
    /// as the move's coded reason.
    /// </summary>
    public void RecordOutcome(OnwardReferralState outcome, string? note, Guid by, DateTimeOffset now, string? whatWasDoneSnomedCode = null)
    {
        if (whatWasDoneSnomedCode is not null
            && (outcome != OnwardReferralState.Completed || whatWasDoneSnomedCode.Length is < 6 or > 18 || !whatWasDoneSnomedCode.All(char.IsAsciiDigit)))
        {
            throw new DomainRuleException("What was done is recorded with a completion only, as a SNOMED CT concept id of 6 to 18 digits.");
        }

        if (outcome is not (OnwardReferralState.Completed or OnwardReferralState.LeftEarly or OnwardReferralState.CouldNotContact
            or OnwardReferralState.NoLongerInterested or OnwardReferralState.DidNotAttend or OnwardReferralState.Rerouted))
        {
            throw new DomainRuleException($"{outcome} is not an outcome of a referral.");
        }

        MoveTo(outcome, by, now, whatWasDoneSnomedCode is null ? null : WhatWasDonePrefix + whatWasDoneSnomedCode, note);
    }

    /// <summary>The coded reason of a completion that says what was done: "sct:" and the SNOMED CT concept id.</summary>
    public const string WhatWasDonePrefix = "sct:";

    public void Withdraw(string reason, Guid by, DateTimeOffset now) =>
        MoveTo(OnwardReferralState.Withdrawn, by, now, reason: Text.Required(reason, "The reason for withdrawing", PathwayEvent.ReasonMaxLength));

    /// <summary>
    /// True, once, when an answer is still owed and the deadline is less than <paramref name="ahead"/> away. A reminder
    /// is bookkeeping, not a move: it leaves the version alone so it never makes a provider's open page stale.
    /// </summary>
    public bool RemindIfDueWithin(TimeSpan ahead, DateTimeOffset now)
    {
        if (!State.AwaitsResponse() || RemindedAt is not null || RespondBy is not { } deadline || now < deadline - ahead || now >= deadline)
        {
            return false;
        }

        RemindedAt = now;
        return true;
    }

    /// <summary>The deadline passed with no answer. Called by the programme's deadline job, not by a person.</summary>
    public bool ExpireIfOverdue(DateTimeOffset now)
    {
        if (!State.AwaitsResponse() || RespondBy is not { } deadline || now < deadline)
        {
            return false;
        }

        MoveTo(OnwardReferralState.Expired, null, now, "deadline.passed");
        return true;
    }

    public void MarkEnteredInError(string reason, Guid by, DateTimeOffset now) =>
        MoveTo(OnwardReferralState.EnteredInError, by, now, reason: Text.Required(reason, "The reason", PathwayEvent.ReasonMaxLength));

    private void Respond(OnwardReferralState to, string? reasonCode, string? note, Guid by, DateTimeOffset now)
    {
        MoveTo(to, by, now, reasonCode, note);
        RespondedAt ??= now;
    }
}
