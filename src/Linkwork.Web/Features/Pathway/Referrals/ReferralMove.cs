using Linkwork.Domain.Pathway;

namespace Linkwork.Web.Features.Pathway.Referrals;

/// <summary>The moves of an onward referral as the API and pages name them, other than sending (which needs consent).</summary>
public enum ReferralMove
{
    Accept,
    Waitlist,
    RequestInformation,
    SupplyInformation,
    Decline,
    RecordEngagement,
    RecordOutcome,
    Withdraw,
    EnteredInError,
}

/// <summary>
/// What a move carries: a note or reason for most, a decline reason for a decline, the outcome for an ending, and for a
/// completion what was done as a SNOMED CT concept id (from a FHIR Procedure), when the provider's system says.
/// </summary>
public sealed record ReferralMoveDetails(string? Note = null, DeclineReason? DeclineReason = null, OnwardReferralState? Outcome = null, string? WhatWasDoneSnomedCode = null);
