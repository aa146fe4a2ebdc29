using Hl7.Fhir.Model;
using Linkwork.Domain.Pathway;

namespace Linkwork.Interop.Fhir;

/// <summary>
/// The web host's door into FHIR: facts in, JSON out, and status codes read from search parameters. The host never
/// names a Firely type, so the SDK stays inside Interop.
/// </summary>
public static class FhirResources
{
    public static string TaskJson(ReferralFacts facts) => FhirJson.Serialize(ReferralTaskMapper.Map(facts));

    public static string ServiceRequestJson(ReferralFacts facts) => FhirJson.Serialize(ReferralServiceRequestMapper.Map(facts));

    public static string ProcedureJson(ProcedureFacts facts) => FhirJson.Serialize(ProcedureMapper.Map(facts));

    public static string PatientJson(PatientFacts facts) => FhirJson.Serialize(PatientMapper.Map(facts));

    public static string OrganizationJson(OrganizationFacts facts) => FhirJson.Serialize(DirectoryMapper.Organization(facts));

    public static string HealthcareServiceJson(HealthcareServiceFacts facts) => FhirJson.Serialize(DirectoryMapper.HealthcareService(facts));

    public static string CapabilityJson(string baseUrl, DateTimeOffset published, string softwareVersion) =>
        FhirJson.Serialize(FhirCapability.Build(baseUrl, published, softwareVersion));

    /// <summary>The businessStatus codes of referral states named as in the domain ("NeedsInformation" → "needs-information").</summary>
    public static IReadOnlyList<string> BusinessCodesOf(IEnumerable<string> stateNames) =>
        stateNames.Select(n => Enum.TryParse<OnwardReferralState>(n, out var state) ? ReferralStatusMap.BusinessCode(state) : null).OfType<string>().ToList();

    /// <summary>The referral states a Task status code ("in-progress") stands for; null when it is no Task status code.</summary>
    public static IReadOnlyList<OnwardReferralState>? StatesForTaskStatus(string code) =>
        Enum.GetValues<Hl7.Fhir.Model.Task.TaskStatus>().FirstOrDefault(s => FhirJson.Literal(s) == code) is var status && FhirJson.Literal(status) == code
            ? ReferralStatusMap.StatesWithTaskStatus(status)
            : null;

    /// <summary>The referral states a ServiceRequest status code ("active") stands for; null when it is no request status code.</summary>
    public static IReadOnlyList<OnwardReferralState>? StatesForServiceRequestStatus(string code) =>
        Enum.GetValues<RequestStatus>().FirstOrDefault(s => FhirJson.Literal(s) == code) is var status && FhirJson.Literal(status) == code
            ? ReferralStatusMap.StatesWithRequestStatus(status)
            : null;
}
