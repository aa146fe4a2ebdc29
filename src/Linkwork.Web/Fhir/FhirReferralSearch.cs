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
            query.Tokens("status", FhirResources.StatesForTaskStatus), query.LastUpdated().ToList());
        var includeFocus = query.Includes.Contains("Task:focus");
        var result = await search.HandleAsync(context.User, criteria, query.Offset, query.Count, query.Includes.Contains("Task:patient"), cancellationToken);

        var bundle = NewBundle(context, query, result.Total, result.Page.Count);
        foreach (var referral in result.Page)
        {
            bundle.AddTask(referral);
        }

        // The focus of a referral's Task is the same referral's ServiceRequest: it is already loaded.
        if (includeFocus)
        {
            foreach (var referral in result.Page)
            {
                bundle.AddServiceRequest(referral, included: true);
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
            query.Tokens("status", FhirResources.StatesForServiceRequestStatus), query.LastUpdated().ToList());
        var includePatients = query.Includes.Count > 0;
        var result = await search.HandleAsync(context.User, criteria, query.Offset, query.Count, includePatients, cancellationToken);

        var bundle = NewBundle(context, query, result.Total, result.Page.Count);
        foreach (var referral in result.Page)
        {
            bundle.AddServiceRequest(referral, included: false);
        }

        return Finish(bundle, result);
    }

    private static FhirSearchSet NewBundle(HttpContext context, FhirSearchQuery query, int total, int returned)
    {
        var request = context.Request;
        var bundle = new FhirSearchSet(FhirHttp.BaseUrl(request), FhirSearchQuery.PageUrl(request, query.Offset), total);
        var nextOffset = query.Offset + returned;
        return bundle.Next(returned > 0 && nextOffset < total ? FhirSearchQuery.PageUrl(request, nextOffset) : null);
    }

    private static FhirResponse Finish(FhirSearchSet bundle, SearchReferralResources.Result result)
    {
        foreach (var patient in result.Patients)
        {
            bundle.IncludePatient(patient);
        }

        return FhirResponse.Ok(bundle.ToJson());
    }
}
