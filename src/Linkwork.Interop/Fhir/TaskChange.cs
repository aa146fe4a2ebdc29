using Linkwork.Domain.Pathway;

namespace Linkwork.Interop.Fhir;

/// <summary>
/// What a PUT or PATCH of a Task asks of the referral, read from FHIR and checked against the Task as we hold it.
/// </summary>
/// <param name="Target">The state to move to; null when the Task asks for no move (it says what it already said).</param>
/// <param name="Note">A new statusReason's text (the question asked, the waiting list's note...), or the Procedure's note on completion.</param>
/// <param name="DeclineReason">Why a decline, from statusReason ("NoCapacity", "no-capacity", or our decline-reason coding).</param>
/// <param name="WhatWasDone">On completion, the Procedure the provider sent in Task.output (contained), if any.</param>
public sealed record TaskChange(OnwardReferralState? Target, string? Note, DeclineReason? DeclineReason, WhatWasDone? WhatWasDone);

/// <summary>What the provider did, from the Procedure of a completed Task.</summary>
/// <param name="SnomedCode">Procedure.code's SNOMED CT concept id, when it has one.</param>
/// <param name="Text">Its words: code.text or the coding's display, and any note.</param>
public sealed record WhatWasDone(string? SnomedCode, string? Text);
