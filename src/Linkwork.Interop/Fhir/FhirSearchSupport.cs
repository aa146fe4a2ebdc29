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
    /// <param name="History">Whether vread and instance history are offered (from the pathway's event log).</param>
    /// <param name="RevIncludes">The _revinclude values offered.</param>
    /// <param name="Writes">The writes offered besides read and search: "create", "update", "patch", "delete"; none when null.</param>
    /// <param name="ConditionalCreate">Whether create honours If-None-Exist.</param>
    /// <param name="Documentation">What the statement says of the resource beyond its interactions.</param>
    public sealed record ResourceSupport(
        string Type, string? Profile, bool Versioned, bool Search, IReadOnlyList<SearchParameter> Parameters, IReadOnlyList<string> Includes,
        bool History = false, IReadOnlyList<string>? RevIncludes = null, IReadOnlyList<string>? Writes = null, bool ConditionalCreate = false,
        string? Documentation = null);

    /// <summary>Whole-system interactions: a transaction Bundle by which a Patient, ServiceRequest and Task are created together.</summary>
    public static IReadOnlyList<string> SystemInteractions { get; } = ["transaction"];

    /// <summary>When what this server supports last changed: the CapabilityStatement's date. Move it with the list below.</summary>
    public static readonly DateTimeOffset Revised = new(2026, 11, 25, 0, 0, 0, TimeSpan.Zero);

    public const int DefaultCount = 20;
    public const int MaxCount = 100;

    private static readonly SearchParameter LastUpdated = new("_lastUpdated", "date", "When the referral last moved; ge and le (and gt, lt, eq) prefixes.");
    private static readonly SearchParameter Count = new("_count", "number", $"Page size, {DefaultCount} by default, at most {MaxCount}.");

    private const string ReferralKinds =
        "Two kinds of referral, with one id for the Task and the ServiceRequest: onward referrals to community services (businessStatus in "
        + FhirCodes.ReferralStateSystem + "), which the provider moves by update or patch; and referrals into the programme (businessStatus in "
        + FhirCodes.EpisodeStateSystem + "), owned by the programme's team, which its link workers move in Linkwork: read, history and search only. "
        + "Searches list both kinds together.";

    public static IReadOnlyList<ResourceSupport> Resources { get; } =
    [
        new("Task", FhirCodes.SdohTaskProfile, Versioned: true, Search: true,
        [
            new("patient", "reference", "The person the referral is for: Patient/{id} or {id}."),
            new("owner", "reference", "The organisation that owns the Task (the provider; the programme's team for a referral into the programme): Organization/{id} or {id}."),
            new("status", "token", "Task status codes, comma-separated for any of them."),
            new("focus", "reference", "The ServiceRequest the Task fulfils: ServiceRequest/{id} or {id}."),
            new("requester", "reference", "The organisation of whoever made the referral (the programme's team for an onward referral, the referrer's for one into the programme): Organization/{id} or {id}."),
            new("code", "token", "The Task's code: every Task here is task-code 'fulfill'."),
            LastUpdated,
            Count,
        ], ["Task:focus", "Task:patient"], History: true, Writes: ["update", "patch"], Documentation: ReferralKinds),
        new("ServiceRequest", FhirCodes.SdohServiceRequestProfile, Versioned: true, Search: true,
        [
            new("patient", "reference", "The person referred: Patient/{id} or {id}."),
            new("subject", "reference", "The same as patient: Patient/{id} or {id}."),
            new("status", "token", "ServiceRequest status codes, comma-separated for any of them."),
            new("performer", "reference", "The organisation asked to perform it (the provider; the programme's team for a referral into the programme): Organization/{id} or {id}."),
            new("requester", "reference", "The organisation of whoever made the referral (the programme's team for an onward referral, the referrer's for one into the programme): Organization/{id} or {id}."),
            new("code", "token", $"The request's code: every ServiceRequest here is SNOMED CT {FhirCodes.ReferralToSocialPrescribing} (referral to social prescribing service)."),
            new("category", "token", $"SDOHCC categories of the needs behind it (food-insecurity, ...), or SNOMED CT {FhirCodes.SocialServiceProcedure} for all; comma-separated for any of them."),
            new("identifier", "token", "The requester's own identifier for the referral, as its transaction sent it: {system}|{value}, both given, matched exactly."),
            LastUpdated,
            Count,
        ], ["ServiceRequest:subject", "ServiceRequest:patient"], History: true, RevIncludes: ["Task:focus"], ConditionalCreate: true,
            Documentation: ReferralKinds + " " + ServiceRequestDocumentation),
        new("Patient", null, Versioned: true, Search: true,
        [
            new("identifier", "token", $"The NHS number: {FhirCodes.NhsNumberSystem}|{{10 digits}}, or the 10 digits alone. No other system is searched."),
            new("name", "string", "The start of the given or family name, any case (FHIR's default string match)."),
            new("birthdate", "date", "The date of birth as yyyy-MM-dd, that day exactly: no prefixes, no partial dates."),
            Count,
        ], [], Writes: ["create"], ConditionalCreate: true, Documentation: PatientDocumentation),
        new("Procedure", ProcedureMapper.SdohProcedureProfile, Versioned: true, Search: false, [], []),
        new("Organization", null, Versioned: false, Search: true, [Name("organisation"), Count], []),
        new("HealthcareService", FhirCodes.SdohHealthcareServiceProfile, Versioned: false, Search: true, [Name("service"), Count], []),
        new("Location", null, Versioned: false, Search: true, [Name("location"), Count], []),
        new("Consent", null, Versioned: false, Search: true, [Person("patient", "whose consent decisions"), Count], []),
        new("Condition", FhirCodes.SdohConditionProfile, Versioned: false, Search: true, [Person("patient", "whose needs"), Person("subject", "the same as patient"), Count], []),
        new("Goal", FhirCodes.SdohGoalProfile, Versioned: true, Search: true, [Person("patient", "whose goals"), Person("subject", "the same as patient"), Count], []),
        new("Observation", null, Versioned: true, Search: true, [Person("patient", "whose questionnaire scores"), Person("subject", "the same as patient"), Count], []),
        new("QuestionnaireResponse", null, Versioned: true, Search: true,
            [Person("patient", "whose questionnaire answers"), Person("subject", "the same as patient"), Count], []),
        new("Practitioner", null, Versioned: false, Search: true, [Name("member of staff"), Count], []),
        new("PractitionerRole", null, Versioned: false, Search: true,
        [
            new("practitioner", "reference", "The member of staff: Practitioner/{id} or {id}."),
            new("organization", "reference", "Their organisation: Organization/{id} or {id}."),
            Count,
        ], []),
        new("Subscription", null, Versioned: false, Search: true, [], [], Writes: ["create", "delete"], Documentation: SubscriptionDocumentation),
    ];

    /// <summary>Why a Patient search needs criteria, and what each caller finds.</summary>
    public const string PatientDocumentation =
        "A search needs identifier, name or birthdate (all given must match): the API finds whether someone is known, it does not list "
        + "the programme's people. Matches come by family name, given name, id. The programme's team finds its programme's people; a "
        + "provider only people a referral sent to it names, with the details shared with it; merged records are never found.";

    /// <summary>
    /// How a ServiceRequest is created: only within a transaction, so the statement lists no create interaction for it,
    /// but its conditional create (ifNoneExist) is honoured there, and said so.
    /// </summary>
    public const string ServiceRequestDocumentation =
        "Created only within a transaction Bundle (POST /fhir), with its Patient and Task; there is no POST /fhir/ServiceRequest. "
        + "Its identifier (the first with system and value) is kept on the referral made, and its ServiceRequest shows it. "
        + "request.ifNoneExist takes identifier={system}|{value}, the ServiceRequest's own identifier, nothing else: a referral the caller may "
        + "see with it answers the whole Bundle (200 OK, nothing made), two are 412; without ifNoneExist an identifier already held is 409.";

    /// <summary>What a Subscription may ask for: the CapabilityStatement's note on it and the reader's rules agree.</summary>
    public const string SubscriptionDocumentation =
        "Channel rest-hook only: each notification is a POST to channel.endpoint (https; http only to localhost) with channel.header, "
        + "carrying the Task as the subscriber may read it (payload application/fhir+json) or nothing (no payload). Criteria: "
        + TaskCriteria.Supported + ". An API client's token creates one; it notifies only about Tasks that client may read, "
        + "and a search lists the caller's own.";

    private static SearchParameter Person(string name, string what) =>
        new(name, "reference", $"Required: the person {what}, Patient/{{id}} or {{id}}; read one person at a time.");

    private static SearchParameter Name(string what) =>
        new("name", "string", $"The start of the {what}'s name, any case (FHIR's default string match); the directory's order is by name.");

    public static ResourceSupport? Of(string type) => Resources.FirstOrDefault(r => r.Type == type);
}
