namespace Linkwork.Interop.Fhir;

/// <summary>
/// What /fhir supports, as data: the CapabilityStatement is written from it and the web layer refuses anything else,
/// so the statement cannot promise more than the server does.
/// </summary>
public static class FhirSearchSupport
{
    public sealed record SearchParameter(string Name, string Type, string Documentation);

    /// <param name="Type">The resource type.</param>
    /// <param name="Profile">The profile its instances follow, if any.</param>
    /// <param name="Versioned">Whether instances carry meta.versionId (pathway records and people do; directory records have no version).</param>
    /// <param name="Search">Whether search-type is offered.</param>
    /// <param name="Parameters">The search parameters offered.</param>
    /// <param name="Includes">The _include values offered.</param>
    /// <param name="Writes">The writes offered besides read and search: "create", "update", "patch"; none when null.</param>
    /// <param name="ConditionalCreate">Whether create honours If-None-Exist.</param>
    public sealed record ResourceSupport(
        string Type, string? Profile, bool Versioned, bool Search, IReadOnlyList<SearchParameter> Parameters, IReadOnlyList<string> Includes,
        IReadOnlyList<string>? Writes = null, bool ConditionalCreate = false);

    /// <summary>Whole-system interactions: a transaction Bundle by which a Patient, ServiceRequest and Task are created together.</summary>
    public static IReadOnlyList<string> SystemInteractions { get; } = ["transaction"];

    /// <summary>When what this server supports last changed: the CapabilityStatement's date. Move it with the list below.</summary>
    public static readonly DateTimeOffset Revised = new(2026, 11, 24, 0, 0, 0, TimeSpan.Zero);

    public const int DefaultCount = 20;
    public const int MaxCount = 100;

    private static readonly SearchParameter LastUpdated = new("_lastUpdated", "date", "When the referral last moved; ge and le (and gt, lt, eq) prefixes.");
    private static readonly SearchParameter Count = new("_count", "number", $"Page size, {DefaultCount} by default, at most {MaxCount}.");

    public static IReadOnlyList<ResourceSupport> Resources { get; } =
    [
        new("Task", FhirCodes.SdohTaskProfile, Versioned: true, Search: true,
        [
            new("patient", "reference", "The person the referral is for: Patient/{id} or {id}."),
            new("owner", "reference", "The provider organisation that owns the Task: Organization/{id} or {id}."),
            new("status", "token", "Task status codes, comma-separated for any of them."),
            new("focus", "reference", "The ServiceRequest the Task fulfils: ServiceRequest/{id} or {id}."),
            LastUpdated,
            Count,
        ], ["Task:focus", "Task:patient"], Writes: ["update", "patch"]),
        new("ServiceRequest", FhirCodes.SdohServiceRequestProfile, Versioned: true, Search: true,
        [
            new("patient", "reference", "The person referred: Patient/{id} or {id}."),
            new("subject", "reference", "The same as patient: Patient/{id} or {id}."),
            new("status", "token", "ServiceRequest status codes, comma-separated for any of them."),
            new("performer", "reference", "The provider organisation asked to perform it: Organization/{id} or {id}."),
            LastUpdated,
            Count,
        ], ["ServiceRequest:subject", "ServiceRequest:patient"]),
        new("Patient", null, Versioned: true, Search: false, [], [], Writes: ["create"], ConditionalCreate: true),
        new("Procedure", ProcedureMapper.SdohProcedureProfile, Versioned: true, Search: false, [], []),
        new("Organization", null, Versioned: false, Search: false, [], []),
        new("HealthcareService", FhirCodes.SdohHealthcareServiceProfile, Versioned: false, Search: false, [], []),
    ];

    public static ResourceSupport? Of(string type) => Resources.FirstOrDefault(r => r.Type == type);
}
