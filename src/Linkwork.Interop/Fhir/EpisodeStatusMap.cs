using Hl7.Fhir.Model;
using Linkwork.Domain.Pathway;

namespace Linkwork.Interop.Fhir;

/// <summary>
/// How an episode's state reads as the Task the programme's team works and the referrer's ServiceRequest, as
/// <see cref="ReferralStatusMap"/> does for onward referrals; the table is in docs/fhir.md, and the mapping test walks
/// every state of the enum.
/// </summary>
public static class EpisodeStatusMap
{
    public static ReferralStatusMap.Mapping Of(EpisodeState state) => state switch
    {
        EpisodeState.Received => new(Hl7.Fhir.Model.Task.TaskStatus.Requested, RequestStatus.Active, null),
        // The team has the referral and is trying to reach the person before it decides.
        EpisodeState.Contacting => new(Hl7.Fhir.Model.Task.TaskStatus.Received, RequestStatus.Active, null),
        EpisodeState.Accepted => new(Hl7.Fhir.Model.Task.TaskStatus.Accepted, RequestStatus.Active, null),
        EpisodeState.Declined => new(Hl7.Fhir.Model.Task.TaskStatus.Rejected, RequestStatus.Revoked, "Declined by the programme"),
        // Contact was attempted and never made: the work was tried and did not happen.
        EpisodeState.UnableToContact => new(Hl7.Fhir.Model.Task.TaskStatus.Failed, RequestStatus.Revoked, "The programme could not contact the person"),
        EpisodeState.Assessing => new(Hl7.Fhir.Model.Task.TaskStatus.InProgress, RequestStatus.Active, null),
        EpisodeState.Active => new(Hl7.Fhir.Model.Task.TaskStatus.InProgress, RequestStatus.Active, null),
        // Discharge ends the programme's work whatever its reason (goals met, moved away ...); the reason is the
        // statusReason and businessStatus says "discharged", so a reader never takes every ending for goals met.
        EpisodeState.Discharged => new(Hl7.Fhir.Model.Task.TaskStatus.Completed, RequestStatus.Completed, null),
        EpisodeState.EnteredInError => new(Hl7.Fhir.Model.Task.TaskStatus.EnteredInError, RequestStatus.EnteredInError, null),
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, "This episode state has no FHIR mapping yet: add it to EpisodeStatusMap and docs/fhir.md."),
    };

    /// <summary>
    /// The statusReason.text of an episode's Task: the reason recorded with the move into a state that ends it with one
    /// (a decline's, a discharge's coded reason with its note, an entry in error's). Other moves carry working notes
    /// (a contact attempt's), which are the team's, not the referrer's.
    /// </summary>
    /// <param name="state">The state the move led to.</param>
    /// <param name="discharged">The coded discharge reason, for a discharge.</param>
    /// <param name="note">The words recorded with the move.</param>
    public static string? StatusReason(EpisodeState state, DischargeReason? discharged, string? note) => state switch
    {
        EpisodeState.Discharged when discharged is { } reason => note is null ? reason.ToString() : $"{reason}: {note}",
        EpisodeState.Declined or EpisodeState.EnteredInError or EpisodeState.Discharged => note,
        _ => null,
    };

    /// <summary>Our state's code in <see cref="FhirCodes.EpisodeStateSystem"/>: the name in kebab case ("unable-to-contact").</summary>
    public static string BusinessCode(EpisodeState state) => FhirCodes.KebabCase(state);

    /// <summary>The episode states a Task.status search code stands for.</summary>
    public static IReadOnlyList<EpisodeState> StatesWithTaskStatus(Hl7.Fhir.Model.Task.TaskStatus status) =>
        Enum.GetValues<EpisodeState>().Where(s => Of(s).TaskStatus == status).ToList();

    /// <summary>
    /// The episode states whose Task status is one of these onward referral states': what a subscription's status
    /// criteria (kept as referral states, each Task status code standing for all of its states) ask of episodes.
    /// </summary>
    public static IReadOnlyList<EpisodeState> WithTaskStatusOf(IEnumerable<OnwardReferralState> states)
    {
        var statuses = states.Select(s => ReferralStatusMap.Of(s).TaskStatus).ToHashSet();
        return Enum.GetValues<EpisodeState>().Where(s => statuses.Contains(Of(s).TaskStatus)).ToList();
    }

    /// <summary>The episode states a ServiceRequest.status search code stands for.</summary>
    public static IReadOnlyList<EpisodeState> StatesWithRequestStatus(RequestStatus status) =>
        Enum.GetValues<EpisodeState>().Where(s => Of(s).ServiceRequestStatus == status).ToList();
}
