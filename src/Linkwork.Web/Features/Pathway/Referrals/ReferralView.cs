using Linkwork.Domain.Pathway;
using Linkwork.Web.Features.Pathway.Episodes;

namespace Linkwork.Web.Features.Pathway.Referrals;

/// <summary>
/// An onward referral as both sides see it. The person's details are those they consented to share with the
/// organisations they are referred to; the provider sees nothing of the rest of the episode.
/// </summary>
public sealed record ReferralView(
    Guid Id,
    int Version,
    OnwardReferralState State,
    IReadOnlyList<OnwardReferralState> AllowedMoves,
    Guid EpisodeId,
    ReferredPerson Person,
    Guid ServiceId,
    string ServiceName,
    Guid OrganisationId,
    string OrganisationName,
    string Note,
    DateTimeOffset? SentAt,
    DateTimeOffset? RespondBy,
    DeclineReason? DeclineReason,
    IReadOnlyList<ThreadMessage> Messages,
    IReadOnlyList<EventView> History);

/// <summary>What a provider needs to contact the person and prepare for them.</summary>
public sealed record ReferredPerson(Guid Id, string Name, DateOnly DateOfBirth, string? Postcode);

public sealed record ThreadMessage(Guid Id, ReferralSide From, string Author, string Text, DateTimeOffset At);
