using Linkwork.Domain.Pathway;

namespace Linkwork.Web.Features.Pathway.Episodes;

/// <summary>A move of an episode's state machine as the API and pages name it.</summary>
public enum EpisodeMove
{
    Accept,
    Decline,
    UnableToContact,
    AgreePlan,
    Discharge,
    EnteredInError,
}

/// <summary>What a move needs besides the episode: a reason for some, a discharge reason for discharge.</summary>
public sealed record EpisodeMoveDetails(string? Reason = null, DischargeReason? DischargeReason = null);
