using Linkwork.Domain.Coding;
using Linkwork.Interop.Fhir;

namespace Linkwork.Web.Fhir;

/// <summary>
/// Task and ServiceRequest searches: the FHIR parameters read into <see cref="SearchReferralResources.Criteria"/>, the
/// result written as a searchset with its total, a next link while more remain, and what _include asked for.
/// </summary>
internal static class FhirReferralSearch
{
    public static async Task<IResult> TasksAsync(HttpContext context, SearchReferralResources search, CancellationToken cancellationToken)
    {
        var query = FhirSearchQuery.Read(context.Request, "Task");
        var criteria = new SearchReferralResources.Criteria(
            query.Reference("patient", "Patient"), query.Reference("owner", "Organization"), query.Reference("focus", "ServiceRequest"),
            query.Tokens("status", FhirResources.StatesForTaskStatus), query.Tokens("status", FhirResources.EpisodeStatesForTaskStatus),
            query.LastUpdated().ToList(), query.Reference("requester", "Organization"));
        query.Tokens("code", FhirResources.IsTaskCode);
        var includeFocus = query.Includes.Contains("Task:focus");
        var result = await search.HandleAsync(context.User, criteria, query.Offset, query.Count, query.Includes.Contains("Task:patient"), cancellationToken);

        var bundle = FhirSearchPaging.NewBundle(context, query, result.Total, result.Page.Count);
        foreach (var match in result.Page)
        {
            AddTask(bundle, match, included: false);
        }

        // The focus of a referral's Task is the same referral's ServiceRequest: it is already loaded.
        if (includeFocus)
        {
            foreach (var match in result.Page)
            {
                AddServiceRequest(bundle, match, included: true);
            }
        }

        return Finish(bundle, result);
    }

    public static async Task<IResult> ServiceRequestsAsync(HttpContext context, SearchReferralResources search, CancellationToken cancellationToken)
    {
        var query = FhirSearchQuery.Read(context.Request, "ServiceRequest");
        var (patient, subject) = (query.Reference("patient", "Patient"), query.Reference("subject", "Patient"));
        if (patient is not null && subject is not null && patient != subject)
        {
            throw new FhirSearchException("'patient' and 'subject' name different patients: no ServiceRequest can match both.");
        }

        var criteria = new SearchReferralResources.Criteria(
            patient ?? subject, query.Reference("performer", "Organization"), null,
            query.Tokens("status", FhirResources.StatesForServiceRequestStatus), query.Tokens("status", FhirResources.EpisodeStatesForServiceRequestStatus),
            query.LastUpdated().ToList(), query.Reference("requester", "Organization"),
            Needs(query.Tokens("category", FhirResources.NeedsForCategory)), query.Identifier("identifier"));
        query.Tokens("code", FhirResources.IsServiceRequestCode);
        var includePatients = query.Includes.Count > 0;
        var result = await search.HandleAsync(context.User, criteria, query.Offset, query.Count, includePatients, cancellationToken);

        var bundle = FhirSearchPaging.NewBundle(context, query, result.Total, result.Page.Count);
        foreach (var match in result.Page)
        {
            AddServiceRequest(bundle, match, included: false);
        }

        // The Task whose focus is a referral's ServiceRequest is the same referral's: it is already loaded and already audited.
        if (query.RevIncludes.Contains("Task:focus"))
        {
            foreach (var match in result.Page)
            {
                AddTask(bundle, match, included: true);
            }
        }

        return Finish(bundle, result);
    }

    private static void AddTask(FhirSearchSet bundle, SearchReferralResources.Match match, bool included)
    {
        if (match.Onward is { } referral)
        {
            bundle.AddTask(referral, included);
        }
        else
        {
            bundle.AddTask(match.Episode!, included);
        }
    }

    private static void AddServiceRequest(FhirSearchSet bundle, SearchReferralResources.Match match, bool included)
    {
        if (match.Onward is { } referral)
        {
            bundle.AddServiceRequest(referral, included);
        }
        else
        {
            bundle.AddServiceRequest(match.Episode!, included);
        }
    }

    /// <summary>The needs asked for, or null (no filter) when a code asked for every referral ("social service procedure").</summary>
    private static List<SdohCategory>? Needs(IReadOnlyList<SdohCategory?>? codes) =>
        codes is null || codes.Any(c => c is null) ? null : codes.OfType<SdohCategory>().ToList();

    private static FhirResponse Finish(FhirSearchSet bundle, SearchReferralResources.Result result)
    {
        foreach (var patient in result.Patients)
        {
            bundle.IncludePatient(patient);
        }

        return FhirResponse.Ok(bundle.ToJson());
    }
}
