using Linkwork.Domain.Coding;
using Linkwork.Domain.Pathway;
using Linkwork.Web.Features.Pathway.FollowUps;
using Linkwork.Web.Features.Pathway.Safeguarding;

namespace Linkwork.Web.Features.Pathway.Episodes;

/// <summary>
/// An episode as the API and pages show it. A referrer gets the status, its history and the messages back; the
/// programme team gets the whole record (the parts a referrer may not see are null), including, for a referral from
/// the public form, the reference its sender was given and the community member who sent it, the programme's
/// measures with when each falls due, and the needs its screens found.
/// </summary>
public sealed record EpisodeView(
    Guid Id,
    int Version,
    EpisodeState State,
    IReadOnlyList<EpisodeState> AllowedMoves,
    PersonSummary Person,
    ReferralSource Source,
    string Reasons,
    DateTimeOffset ReceivedAt,
    StaffMember? LinkWorker,
    int ContactAttempts,
    bool SuggestUnableToContact,
    WhatMatters? WhatMatters,
    IReadOnlyList<GoalView>? Goals,
    IReadOnlyList<AppointmentView>? Appointments,
    IReadOnlyList<ReferralSummary>? Referrals,
    IReadOnlyList<SignpostView>? Signposts,
    IReadOnlyList<MessageBackView> MessagesBack,
    IReadOnlyList<EventView> History,
    DischargeReason? DischargeReason,
    IReadOnlyList<FollowUpView>? FollowUps,
    IReadOnlyList<SafeguardingConcernView>? SafeguardingConcerns,
    string? PublicReference = null,
    CommunityReferrer? CommunityReferrer = null,
    IReadOnlyList<Measures.EpisodeMeasures.Line>? Measures = null,
    IReadOnlyList<Measures.EpisodeMeasures.ScreenedNeed>? ScreenedNeeds = null)
{
    /// <summary>The concerns still open: the page flags the episode while there are any.</summary>
    public IReadOnlyList<SafeguardingConcernView> OpenSafeguardingConcerns =>
        SafeguardingConcerns?.Where(c => c.State == SafeguardingConcernState.Open).ToList() ?? [];
}

public sealed record PersonSummary(Guid Id, string Name, DateOnly DateOfBirth);

public sealed record StaffMember(Guid Id, string Name);

public sealed record GoalView(Guid Id, string Text, SdohCategory Category, DateOnly? TargetDate, IReadOnlyList<GoalProgress> Progress);

public sealed record AppointmentView(Guid Id, DateTimeOffset StartsAt, AppointmentMode Mode, Attendance? Attendance, string? Note);

public sealed record ReferralSummary(Guid Id, Guid ServiceId, string ServiceName, string OrganisationName, OnwardReferralState State, DateTimeOffset? SentAt, DateTimeOffset? RespondBy);

public sealed record SignpostView(Guid Id, Guid ServiceId, string ServiceName, string OrganisationName, string? Note, DateTimeOffset At);

public sealed record MessageBackView(Guid Id, EpisodeState Outcome, string Subject, string Body, string? CodeSystem, string? Code, string? CodeDisplay, DateTimeOffset ComposedAt);

public sealed record EventView(int Version, DateTimeOffset At, string? From, string To, string? ReasonCode, string? Reason, string? By);
