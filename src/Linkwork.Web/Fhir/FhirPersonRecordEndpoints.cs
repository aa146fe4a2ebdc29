using System.Security.Claims;
using Linkwork.Interop.Fhir;

namespace Linkwork.Web.Fhir;

/// <summary>
/// Read and search (by patient or subject) of Consent, Condition, Goal, Observation and QuestionnaireResponse. A
/// search names its person: these records are read one person at a time, each read audited.
/// </summary>
internal static class FhirPersonRecordEndpoints
{
    public static void MapFhirPersonRecords(this RouteGroupBuilder secured)
    {
        secured.MapGet("/Consent/{id}", (string id, ClaimsPrincipal user, FhirPersonRecords records, CancellationToken cancellationToken) =>
            ReadAsync("Consent", id, guid => records.ConsentsAsync(user, null, guid, cancellationToken), FhirResources.ConsentJson, _ => null));
        secured.MapGet("/Consent", (HttpContext context, FhirPersonRecords records, CancellationToken cancellationToken) =>
            SearchAsync(context, "Consent", person => records.ConsentsAsync(context.User, person, null, cancellationToken), (bundle, c) => bundle.AddConsent(c)));

        secured.MapGet("/Condition/{id}", async (string id, ClaimsPrincipal user, FhirPersonRecords records, CancellationToken cancellationToken) =>
            (await records.NeedsAsync(user, null, id, cancellationToken)).SingleOrDefault() is { } need
                ? FhirResponse.Ok(FhirResources.ConditionJson(need))
                : FhirResponse.NotFound("Condition", id));
        secured.MapGet("/Condition", (HttpContext context, FhirPersonRecords records, CancellationToken cancellationToken) =>
            SearchAsync(context, "Condition", person => records.NeedsAsync(context.User, person, null, cancellationToken), (bundle, n) => bundle.AddCondition(n)));

        secured.MapGet("/Goal/{id}", (string id, ClaimsPrincipal user, FhirPersonRecords records, CancellationToken cancellationToken) =>
            ReadAsync("Goal", id, guid => records.GoalsAsync(user, null, guid, cancellationToken), FhirResources.GoalJson, g => g.Version));
        secured.MapGet("/Goal", (HttpContext context, FhirPersonRecords records, CancellationToken cancellationToken) =>
            SearchAsync(context, "Goal", person => records.GoalsAsync(context.User, person, null, cancellationToken), (bundle, g) => bundle.AddGoal(g)));

        secured.MapGet("/Observation/{id}", (string id, ClaimsPrincipal user, FhirPersonRecords records, CancellationToken cancellationToken) =>
            ReadAsync("Observation", id, guid => records.MeasuresAsync(user, null, guid, cancellationToken), FhirResources.ObservationJson, m => m.Version));
        secured.MapGet("/Observation", (HttpContext context, FhirPersonRecords records, CancellationToken cancellationToken) =>
            SearchAsync(context, "Observation", person => records.MeasuresAsync(context.User, person, null, cancellationToken), (bundle, m) => bundle.AddObservation(m)));

        secured.MapGet("/QuestionnaireResponse/{id}", (string id, ClaimsPrincipal user, FhirPersonRecords records, CancellationToken cancellationToken) =>
            ReadAsync("QuestionnaireResponse", id, guid => records.MeasuresAsync(user, null, guid, cancellationToken), FhirResources.QuestionnaireResponseJson, m => m.Version));
        secured.MapGet("/QuestionnaireResponse", (HttpContext context, FhirPersonRecords records, CancellationToken cancellationToken) =>
            SearchAsync(context, "QuestionnaireResponse", person => records.MeasuresAsync(context.User, person, null, cancellationToken), (bundle, m) => bundle.AddQuestionnaireResponse(m)));
    }

    private static async Task<IResult> ReadAsync<T>(
        string type, string id, Func<Guid, Task<IReadOnlyList<T>>> load, Func<T, string> json, Func<T, int?> version)
    {
        if (FhirHttp.IdOf(id) is not { } guid)
        {
            return FhirResponse.NotFound(type, id);
        }

        return (await load(guid)).SingleOrDefault() is { } found ? FhirResponse.Ok(json(found), version(found)) : FhirResponse.NotFound(type, id);
    }

    /// <summary>One person's records, paged here: a person has tens of them, not thousands.</summary>
    private static Task<IResult> SearchAsync<T>(HttpContext context, string type, Func<Guid, Task<IReadOnlyList<T>>> load, Action<FhirSearchSet, T> add) =>
        FhirSearchPaging.SearchsetAsync(context, type, async query =>
        {
            var patient = query.Reference("patient", "Patient");
            var subject = FhirSearchSupport.Of(type)!.Parameters.Any(p => p.Name == "subject") ? query.Reference("subject", "Patient") : null;
            if (patient is not null && subject is not null && patient != subject)
            {
                throw new FhirSearchException("'patient' and 'subject' name different patients: nothing can match both.");
            }

            var person = patient ?? subject ?? throw new FhirSearchException($"Search {type} by patient (Patient/{{id}}): these records are read one person at a time.");
            var all = await load(person);
            return (all.Count, (IReadOnlyList<T>)[.. all.Skip(query.Offset).Take(query.Count)]);
        }, add);
}
