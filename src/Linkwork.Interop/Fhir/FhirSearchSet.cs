using Hl7.Fhir.Model;

namespace Linkwork.Interop.Fhir;

/// <summary>
/// Builds a searchset Bundle from facts, so the web layer composes a page without touching FHIR types: matches first,
/// then what _include asked for (each once), with the total and the self and next links.
/// </summary>
public sealed class FhirSearchSet(string baseUrl, string selfUrl, int total)
{
    private readonly List<Bundle.EntryComponent> _entries = [];
    private readonly HashSet<string> _included = new(StringComparer.Ordinal);
    private string? _next;

    public FhirSearchSet AddTask(ReferralFacts facts, bool included = false) =>
        Add(ReferralTaskMapper.Map(facts), included ? Bundle.SearchEntryMode.Include : Bundle.SearchEntryMode.Match);

    public FhirSearchSet AddTask(EpisodeFacts facts, bool included = false) =>
        Add(EpisodeTaskMapper.Map(facts), included ? Bundle.SearchEntryMode.Include : Bundle.SearchEntryMode.Match);

    public FhirSearchSet AddServiceRequest(EpisodeFacts facts, bool included) =>
        Add(EpisodeServiceRequestMapper.Map(facts), included ? Bundle.SearchEntryMode.Include : Bundle.SearchEntryMode.Match);

    public FhirSearchSet AddOrganization(OrganizationFacts facts) => Add(DirectoryMapper.Organization(facts), Bundle.SearchEntryMode.Match);

    public FhirSearchSet AddHealthcareService(HealthcareServiceFacts facts) => Add(DirectoryMapper.HealthcareService(facts), Bundle.SearchEntryMode.Match);

    public FhirSearchSet AddServiceRequest(ReferralFacts facts, bool included) =>
        Add(ReferralServiceRequestMapper.Map(facts), included ? Bundle.SearchEntryMode.Include : Bundle.SearchEntryMode.Match);

    public FhirSearchSet AddConsent(ConsentFacts facts) => Add(ConsentMapper.Map(facts), Bundle.SearchEntryMode.Match);

    public FhirSearchSet AddCondition(NeedFacts facts) => Add(NeedConditionMapper.Map(facts), Bundle.SearchEntryMode.Match);

    public FhirSearchSet AddGoal(GoalFacts facts) => Add(GoalMapper.Map(facts), Bundle.SearchEntryMode.Match);

    public FhirSearchSet AddObservation(MeasureFacts facts) => Add(MeasureMapper.Observation(facts), Bundle.SearchEntryMode.Match);

    public FhirSearchSet AddQuestionnaireResponse(MeasureFacts facts) => Add(MeasureMapper.QuestionnaireResponse(facts), Bundle.SearchEntryMode.Match);

    public FhirSearchSet AddPractitioner(StaffFacts facts) => Add(StaffMapper.Practitioner(facts), Bundle.SearchEntryMode.Match);

    public FhirSearchSet AddPractitionerRole(StaffFacts facts) => Add(StaffMapper.PractitionerRole(facts), Bundle.SearchEntryMode.Match);

    public FhirSearchSet AddLocation(LocationFacts facts) => Add(LocationMapper.Map(facts), Bundle.SearchEntryMode.Match);

    public FhirSearchSet AddSubscription(SubscriptionFacts facts) => Add(SubscriptionMapper.Map(facts), Bundle.SearchEntryMode.Match);

    public FhirSearchSet AddPatient(PatientFacts facts) => Add(PatientMapper.Map(facts), Bundle.SearchEntryMode.Match);

    public FhirSearchSet IncludePatient(PatientFacts facts) => Add(PatientMapper.Map(facts), Bundle.SearchEntryMode.Include);

    public FhirSearchSet Next(string? url)
    {
        _next = url;
        return this;
    }

    public Bundle Build()
    {
        var bundle = new Bundle { Type = Bundle.BundleType.Searchset, Total = total, Entry = _entries };
        bundle.Link.Add(new Bundle.LinkComponent { Relation = "self", Url = selfUrl });
        if (_next is not null)
        {
            bundle.Link.Add(new Bundle.LinkComponent { Relation = "next", Url = _next });
        }

        return bundle;
    }

    public string ToJson() => FhirJson.Serialize(Build());

    private FhirSearchSet Add(Resource resource, Bundle.SearchEntryMode mode)
    {
        var key = $"{resource.TypeName}/{resource.Id}";
        // An included resource appears once however many matches point at it, and never twice when it is also a match.
        if (mode == Bundle.SearchEntryMode.Include && !_included.Add(key))
        {
            return this;
        }

        _entries.Add(new Bundle.EntryComponent
        {
            FullUrl = $"{baseUrl.TrimEnd('/')}/{key}",
            Resource = resource,
            Search = new Bundle.SearchComponent { Mode = mode },
        });
        return this;
    }
}
