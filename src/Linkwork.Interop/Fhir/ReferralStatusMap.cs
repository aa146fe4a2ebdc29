using Hl7.Fhir.Model;
using Linkwork.Domain.Pathway;

namespace Linkwork.Interop.Fhir;

/// <summary>
/// How an onward referral's state reads in FHIR: Task.status (the coarse, standard lifecycle the Gravity IG uses),
/// Task.businessStatus (our exact state, so nothing is lost), the ServiceRequest's status, and the statusReason the IG
/// asks for when a Task is rejected, cancelled, on hold or failed. The table is docs/fhir.md; a state missing here
/// throws, and the mapping test walks every state of the enum, so a new state cannot slip through unmapped.
/// </summary>
public static class ReferralStatusMap
{
    public sealed record Mapping(Hl7.Fhir.Model.Task.TaskStatus TaskStatus, RequestStatus ServiceRequestStatus, string? DefaultReason);

    public static Mapping Of(OnwardReferralState state) => state switch
    {
        OnwardReferralState.Draft => new(Hl7.Fhir.Model.Task.TaskStatus.Draft, RequestStatus.Draft, null),
        OnwardReferralState.Sent => new(Hl7.Fhir.Model.Task.TaskStatus.Requested, RequestStatus.Active, null),
        OnwardReferralState.Opened => new(Hl7.Fhir.Model.Task.TaskStatus.Received, RequestStatus.Active, null),
        OnwardReferralState.Accepted => new(Hl7.Fhir.Model.Task.TaskStatus.Accepted, RequestStatus.Active, null),
        // Accepted onto a waiting list: the provider has said yes, nothing has started, so the Task is accepted and
        // businessStatus says "waitlisted". On-hold would claim work had started and was paused.
        OnwardReferralState.Waitlisted => new(Hl7.Fhir.Model.Task.TaskStatus.Accepted, RequestStatus.Active, null),
        // The provider cannot decide until the requester answers: the IG's on-hold, with the question as the reason.
        OnwardReferralState.NeedsInformation => new(Hl7.Fhir.Model.Task.TaskStatus.OnHold, RequestStatus.Active, "The provider needs more information"),
        OnwardReferralState.Declined => new(Hl7.Fhir.Model.Task.TaskStatus.Rejected, RequestStatus.Revoked, "Declined by the provider"),
        OnwardReferralState.Engaged => new(Hl7.Fhir.Model.Task.TaskStatus.InProgress, RequestStatus.Active, null),
        OnwardReferralState.Completed => new(Hl7.Fhir.Model.Task.TaskStatus.Completed, RequestStatus.Completed, null),
        // The service was started but did not reach its end: the Task failed; the request is over all the same.
        OnwardReferralState.LeftEarly => new(Hl7.Fhir.Model.Task.TaskStatus.Failed, RequestStatus.Revoked, "The person left early"),
        OnwardReferralState.CouldNotContact => new(Hl7.Fhir.Model.Task.TaskStatus.Failed, RequestStatus.Revoked, "The provider could not contact the person"),
        OnwardReferralState.DidNotAttend => new(Hl7.Fhir.Model.Task.TaskStatus.Failed, RequestStatus.Revoked, "The person did not attend"),
        // The person or the provider ended it on purpose, not by failure.
        OnwardReferralState.NoLongerInterested => new(Hl7.Fhir.Model.Task.TaskStatus.Cancelled, RequestStatus.Revoked, "The person is no longer interested"),
        OnwardReferralState.Rerouted => new(Hl7.Fhir.Model.Task.TaskStatus.Cancelled, RequestStatus.Revoked, "The provider rerouted the person to another service"),
        OnwardReferralState.Withdrawn => new(Hl7.Fhir.Model.Task.TaskStatus.Cancelled, RequestStatus.Revoked, "Withdrawn by the link worker"),
        // No answer inside the programme's deadline: the requester's side ends it, as the IG's requester cancels.
        OnwardReferralState.Expired => new(Hl7.Fhir.Model.Task.TaskStatus.Cancelled, RequestStatus.Revoked, "No response before the programme's deadline"),
        OnwardReferralState.EnteredInError => new(Hl7.Fhir.Model.Task.TaskStatus.EnteredInError, RequestStatus.EnteredInError, null),
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, "This referral state has no FHIR mapping yet: add it to ReferralStatusMap and docs/fhir.md."),
    };

    /// <summary>Our state's code in <see cref="FhirCodes.ReferralStateSystem"/>: the name in kebab case ("needs-information").</summary>
    public static string BusinessCode(OnwardReferralState state) => FhirCodes.KebabCase(state);

    /// <summary>The state a businessStatus code names ("needs-information" → NeedsInformation); null for no code of ours.</summary>
    public static OnwardReferralState? StateOfBusinessCode(string code) =>
        Enum.GetValues<OnwardReferralState>().Cast<OnwardReferralState?>().FirstOrDefault(s => BusinessCode(s!.Value) == code);

    /// <summary>
    /// The inverse for a Task.status sent without a new businessStatus: the one state it plainly means. Accepted stands
    /// for accepted (a waiting list needs businessStatus "waitlisted"); failed and cancelled each stand for several
    /// endings, so they need businessStatus to say which, and get null here.
    /// </summary>
    public static OnwardReferralState? PlainStateOf(Hl7.Fhir.Model.Task.TaskStatus status) => status switch
    {
        Hl7.Fhir.Model.Task.TaskStatus.Accepted => OnwardReferralState.Accepted,
        _ => StatesWithTaskStatus(status) is [var only] ? only : null,
    };

    /// <summary>The referral states a Task.status search code stands for; empty for a code no state maps to.</summary>
    public static IReadOnlyList<OnwardReferralState> StatesWithTaskStatus(Hl7.Fhir.Model.Task.TaskStatus status) =>
        Enum.GetValues<OnwardReferralState>().Where(s => Of(s).TaskStatus == status).ToList();

    /// <summary>The referral states a ServiceRequest.status search code stands for.</summary>
    public static IReadOnlyList<OnwardReferralState> StatesWithRequestStatus(RequestStatus status) =>
        Enum.GetValues<OnwardReferralState>().Where(s => Of(s).ServiceRequestStatus == status).ToList();
}
