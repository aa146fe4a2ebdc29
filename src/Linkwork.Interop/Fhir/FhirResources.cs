using Hl7.Fhir.Model;
using Linkwork.Domain.Coding;
using Linkwork.Domain.Pathway;

namespace Linkwork.Interop.Fhir;

/// <summary>
/// The web host's door into FHIR: facts in, JSON out, and status codes read from search parameters. The host never
/// names a Firely type, so the SDK stays inside Interop.
/// </summary>
public static class FhirResources
{
    public static string TaskJson(ReferralFacts facts) => FhirJson.Serialize(ReferralTaskMapper.Map(facts));

    public static string TaskJson(EpisodeFacts facts) => FhirJson.Serialize(EpisodeTaskMapper.Map(facts));

    /// <summary>A referral's Task or ServiceRequest as JSON, by the type's name ("Task", "ServiceRequest").</summary>
    public static string ReferralJson(string type, ReferralFacts facts) => FhirJson.Serialize(ReferralResource(type, facts));

    /// <summary>A referral into the programme's Task or ServiceRequest as JSON, by the type's name.</summary>
    public static string ReferralJson(string type, EpisodeFacts facts) => FhirJson.Serialize(ReferralResource(type, facts));

    /// <summary>The Task or the ServiceRequest of a referral, by the type's name.</summary>
    internal static Resource ReferralResource(string type, ReferralFacts facts) => type switch
    {
        "Task" => ReferralTaskMapper.Map(facts),
        "ServiceRequest" => ReferralServiceRequestMapper.Map(facts),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "A referral is a Task or a ServiceRequest."),
    };

    /// <summary>The Task or the ServiceRequest of a referral into the programme, by the type's name.</summary>
    internal static Resource ReferralResource(string type, EpisodeFacts facts) => type switch
    {
        "Task" => EpisodeTaskMapper.Map(facts),
        "ServiceRequest" => EpisodeServiceRequestMapper.Map(facts),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "A referral is a Task or a ServiceRequest."),
    };

    public static string ProcedureJson(ProcedureFacts facts) => FhirJson.Serialize(ProcedureMapper.Map(facts));

    public static string PatientJson(PatientFacts facts) => FhirJson.Serialize(PatientMapper.Map(facts));

    public static string OrganizationJson(OrganizationFacts facts) => FhirJson.Serialize(DirectoryMapper.Organization(facts));

    public static string HealthcareServiceJson(HealthcareServiceFacts facts) => FhirJson.Serialize(DirectoryMapper.HealthcareService(facts));

    public static string ConsentJson(ConsentFacts facts) => FhirJson.Serialize(ConsentMapper.Map(facts));

    public static string ConditionJson(NeedFacts facts) => FhirJson.Serialize(NeedConditionMapper.Map(facts));

    public static string GoalJson(GoalFacts facts) => FhirJson.Serialize(GoalMapper.Map(facts));

    public static string ObservationJson(MeasureFacts facts) => FhirJson.Serialize(MeasureMapper.Observation(facts));

    public static string QuestionnaireResponseJson(MeasureFacts facts) => FhirJson.Serialize(MeasureMapper.QuestionnaireResponse(facts));

    public static string PractitionerJson(StaffFacts facts) => FhirJson.Serialize(StaffMapper.Practitioner(facts));

    public static string PractitionerRoleJson(StaffFacts facts) => FhirJson.Serialize(StaffMapper.PractitionerRole(facts));

    public static string LocationJson(LocationFacts facts) => FhirJson.Serialize(LocationMapper.Map(facts));

    public static string CapabilityJson(string baseUrl, DateTimeOffset published, string softwareVersion) =>
        FhirJson.Serialize(FhirCapability.Build(baseUrl, published, softwareVersion));

    /// <summary>Every Task here is task-code "fulfill": that code matches them all; any other is no code of ours (null).</summary>
    public static IReadOnlyList<bool>? IsTaskCode(string code) => code == "fulfill" ? [true] : null;

    /// <summary>Every ServiceRequest here is the SNOMED CT referral to social prescribing; any other code is none of ours (null).</summary>
    public static IReadOnlyList<bool>? IsServiceRequestCode(string code) => code == FhirCodes.ReferralToSocialPrescribing ? [true] : null;

    /// <summary>
    /// A ServiceRequest category code as needs: an SDOHCC category is that need; "social service procedure", which every
    /// referral carries, is null (any); anything else is no category of ours (null list).
    /// </summary>
    public static IReadOnlyList<SdohCategory?>? NeedsForCategory(string code) =>
        code == FhirCodes.SocialServiceProcedure ? [null]
        : SdohCategories.TryParseCode(code, out var category) && code == category.Code() ? [category]
        : null;

    /// <summary>The businessStatus codes of referral states named as in the domain ("NeedsInformation" → "needs-information").</summary>
    public static IReadOnlyList<string> BusinessCodesOf(IEnumerable<string> stateNames) =>
        stateNames.Select(n => Enum.TryParse<OnwardReferralState>(n, out var state) ? ReferralStatusMap.BusinessCode(state) : null).OfType<string>().ToList();

    /// <summary>The referral states a Task status code ("in-progress") stands for; null when it is no Task status code.</summary>
    public static IReadOnlyList<OnwardReferralState>? StatesForTaskStatus(string code) =>
        Coded<Hl7.Fhir.Model.Task.TaskStatus>(code) is { } status ? ReferralStatusMap.StatesWithTaskStatus(status) : null;

    /// <summary>The episode states a Task status code stands for; null when it is no Task status code.</summary>
    public static IReadOnlyList<EpisodeState>? EpisodeStatesForTaskStatus(string code) =>
        Coded<Hl7.Fhir.Model.Task.TaskStatus>(code) is { } status ? EpisodeStatusMap.StatesWithTaskStatus(status) : null;

    /// <summary>The referral states a ServiceRequest status code ("active") stands for; null when it is no request status code.</summary>
    public static IReadOnlyList<OnwardReferralState>? StatesForServiceRequestStatus(string code) =>
        Coded<RequestStatus>(code) is { } status ? ReferralStatusMap.StatesWithRequestStatus(status) : null;

    /// <summary>The episode states a ServiceRequest status code stands for; null when it is no request status code.</summary>
    public static IReadOnlyList<EpisodeState>? EpisodeStatesForServiceRequestStatus(string code) =>
        Coded<RequestStatus>(code) is { } status ? EpisodeStatusMap.StatesWithRequestStatus(status) : null;

    /// <summary>The value of a FHIR code enum whose literal is <paramref name="code"/>, or null for no such code.</summary>
    private static TStatus? Coded<TStatus>(string code) where TStatus : struct, Enum =>
        Enum.GetValues<TStatus>().Cast<TStatus?>().FirstOrDefault(s => FhirJson.Literal(s!.Value) == code);
}
