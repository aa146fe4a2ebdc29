namespace Linkwork.Interop.Fhir;

/// <summary>
/// What /fhir supports, as data: the CapabilityStatement is written from it and the web layer refuses anything else,
/// so the statement cannot promise more than the server does.
/// </summary>
public static class FhirSearchSupport
{
    public sealed record SearchParameter(string Name, string Type, string Documentation);

    public sealed record ResourceSupport(string Type, string? Profile, bool Search, IReadOnlyList<SearchParameter> Parameters, IReadOnlyList<string> Includes);

    public const int DefaultCount = 20;
    public const int MaxCount = 100;

    private static readonly SearchParameter LastUpdated = new("_lastUpdated", "date", "When the referral last moved; ge and le (and gt, lt, eq) prefixes.");
    private static readonly SearchParameter Count = new("_count", "number", $"Page size, {DefaultCount} by default, at most {MaxCount}.");

    public static IReadOnlyList<ResourceSupport> Resources { get; } =
    [
        new("Task", FhirCodes.SdohTaskProfile, Search: true,
        [
            new("patient", "reference", "The person the referral is for: Patient/{id} or {id}."),
            new("owner", "reference", "The provider organisation that owns the Task: Organization/{id} or {id}."),
            new("status", "token", "Task status codes, comma-separated for any of them."),
            new("focus", "reference", "The ServiceRequest the Task fulfils: ServiceRequest/{id} or {id}."),
            LastUpdated,
            Count,
        ], ["Task:focus", "Task:patient"]),
        new("ServiceRequest", FhirCodes.SdohServiceRequestProfile, Search: true,
        [
            new("patient", "reference", "The person referred: Patient/{id} or {id}."),
            new("subject", "reference", "The same as patient: Patient/{id} or {id}."),
            new("status", "token", "ServiceRequest status codes, comma-separated for any of them."),
            new("performer", "reference", "The provider organisation asked to perform it: Organization/{id} or {id}."),
            LastUpdated,
            Count,
        ], ["ServiceRequest:subject", "ServiceRequest:patient"]),
        new("Patient", null, Search: false, [], []),
        new("Organization", null, Search: false, [], []),
        new("HealthcareService", FhirCodes.SdohHealthcareServiceProfile, Search: false, [], []),
    ];

    public static ResourceSupport? Of(string type) => Resources.FirstOrDefault(r => r.Type == type);
}
