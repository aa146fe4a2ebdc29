using System.Reflection;
using System.Security.Claims;
using Linkwork.Interop.Fhir;
using Linkwork.Web.Hosting;

namespace Linkwork.Web.Fhir;

/// <summary>
/// The FHIR R4 API under /fhir (application/fhir+json; application/json is accepted too). Handlers bind only strings
/// and read the query themselves, so a malformed id or parameter reaches <see cref="FhirGuard"/> as an OperationOutcome
/// instead of the REST API's ProblemDetails.
/// </summary>
public static class FhirEndpoints
{
    public static void MapFhir(this IEndpointRouteBuilder endpoints)
    {
        var fhir = endpoints.MapGroup(FhirHttp.Prefix).WithTags("FHIR").ExcludeFromDescription();

        // The one thing an anonymous caller may read: what the server supports.
        fhir.MapGet("/metadata", (HttpContext context) => FhirResponse.Ok(FhirResources.CapabilityJson(FhirHttp.BaseUrl(context.Request), FhirSearchSupport.Revised, Version())))
            .AllowAnonymous();

        var secured = fhir.MapGroup("").AddEndpointFilter<FhirGuard>();

        foreach (var type in new[] { "Task", "ServiceRequest" })
        {
            secured.MapGet($"/{type}/{{id}}", (string id, ClaimsPrincipal user, ReadReferralResource referrals, ReadEpisodeResource episodes, CancellationToken cancellationToken) =>
                ReadReferralAsync(type, id, user, referrals, episodes, cancellationToken));
        }

        secured.MapGet("/Patient/{id}", async (string id, ClaimsPrincipal user, FhirPatients patients, CancellationToken cancellationToken) =>
            FhirHttp.IdOf(id) is { } guid && await patients.ReadAsync(user, guid, cancellationToken) is { } patient
                ? FhirResponse.Ok(FhirResources.PatientJson(patient), patient.Version)
                : FhirResponse.NotFound("Patient", id));

        secured.MapGet("/Organization/{id}", async (string id, ClaimsPrincipal user, ReadDirectoryResource directory, CancellationToken cancellationToken) =>
            FhirHttp.IdOf(id) is { } guid && await directory.OrganizationAsync(user, guid, cancellationToken) is { } organisation
                ? FhirResponse.Ok(FhirResources.OrganizationJson(organisation))
                : FhirResponse.NotFound("Organization", id));

        secured.MapGet("/HealthcareService/{id}", async (string id, ClaimsPrincipal user, ReadDirectoryResource directory, CancellationToken cancellationToken) =>
            FhirHttp.IdOf(id) is { } guid && await directory.HealthcareServiceAsync(user, guid, cancellationToken) is { } service
                ? FhirResponse.Ok(FhirResources.HealthcareServiceJson(service))
                : FhirResponse.NotFound("HealthcareService", id));

        secured.MapGet("/Task", (HttpContext context, SearchReferralResources search, CancellationToken cancellationToken) =>
            FhirReferralSearch.TasksAsync(context, search, cancellationToken));
        secured.MapGet("/ServiceRequest", (HttpContext context, SearchReferralResources search, CancellationToken cancellationToken) =>
            FhirReferralSearch.ServiceRequestsAsync(context, search, cancellationToken));

        secured.MapFhirHistory();
        secured.MapFhirPatientSearch();
        secured.MapFhirDirectorySearch();
        secured.MapFhirPersonRecords();
        secured.MapFhirStaffAndPlaces();
        Subscriptions.FhirSubscriptionEndpoints.MapFhirSubscriptions(secured);

        secured.MapPut("/Task/{id}", async (string id, HttpContext context, UpdateTaskResource update, CancellationToken cancellationToken) =>
        {
            var guid = FhirHttp.IdOf(id) ?? throw new RecordNotFoundException($"There is no Task with id '{id}' that you can see.");
            var body = await FhirRequestBody.ResourceAsync(context.Request);
            var task = await update.PutAsync(context.User, guid, body, FhirRequestBody.IfMatch(context.Request), cancellationToken);
            return FhirResponse.Ok(FhirResources.TaskJson(task), task.Version);
        });
        secured.MapPatch("/Task/{id}", async (string id, HttpContext context, UpdateTaskResource update, CancellationToken cancellationToken) =>
        {
            var guid = FhirHttp.IdOf(id) ?? throw new RecordNotFoundException($"There is no Task with id '{id}' that you can see.");
            var patch = await FhirRequestBody.ReadAsync(context.Request, FhirJsonPatch.MediaType);
            var task = await update.PatchAsync(context.User, guid, patch, FhirRequestBody.IfMatch(context.Request), cancellationToken);
            return FhirResponse.Ok(FhirResources.TaskJson(task), task.Version);
        });

        secured.MapGet("/Procedure/{id}", async (string id, ClaimsPrincipal user, ReadProcedureResource read, CancellationToken cancellationToken) =>
            FhirHttp.IdOf(id) is { } guid && await read.HandleAsync(user, guid, cancellationToken) is { } procedure
                ? FhirResponse.Ok(FhirResources.ProcedureJson(procedure), procedure.Version)
                : FhirResponse.NotFound("Procedure", id));

        secured.MapPost("/Patient", async (HttpContext context, CreatePatientResource create, FhirPatients patients, CancellationToken cancellationToken) =>
        {
            var facts = FhirPatientInput.Read(await FhirRequestBody.ResourceAsync(context.Request));
            var request = context.Request;
            var ifNoneExist = request.Headers["If-None-Exist"].ToString() is { Length: > 0 } condition ? condition : null;
            var notDuplicate = string.Equals(request.Headers[CreatePatientResource.NotDuplicateHeader].ToString(), "true", StringComparison.OrdinalIgnoreCase);
            var result = await create.HandleAsync(context.User, facts, ifNoneExist, notDuplicate, cancellationToken);
            var patient = await patients.ReadAsync(context.User, result.PersonId, cancellationToken) ?? throw new RecordNotFoundException("Patient", result.PersonId);
            return FhirResponse.Created(FhirResources.PatientJson(patient), result.Version, $"{FhirHttp.BaseUrl(request)}/Patient/{result.PersonId}", result.Created);
        });

        // A transaction Bundle (the only Bundle POSTed to the base).
        secured.MapPost("/", async (HttpContext context, ProcessTransaction transaction, CancellationToken cancellationToken) =>
        {
            var entries = FhirTransaction.Read(await FhirRequestBody.ResourceAsync(context.Request));
            var results = await transaction.HandleAsync(context.User, entries, cancellationToken);
            return FhirResponse.Ok(FhirTransaction.ResponseJson(results));
        });

        // Anything else under /fhir is a resource type or interaction not offered: said plainly, as an OperationOutcome.
        secured.Map("/{**rest}", (HttpContext context) => FhirResponse.Error(StatusCodes.Status404NotFound, FhirProblem.NotSupported,
            $"{context.Request.Method} {context.Request.Path} is not supported. GET {FhirHttp.Prefix}/metadata says what is."));
    }

    /// <summary>An onward referral's Task or ServiceRequest (the common case, tried first), else a referral into the programme's.</summary>
    private static async Task<IResult> ReadReferralAsync(
        string type, string id, ClaimsPrincipal user, ReadReferralResource referrals, ReadEpisodeResource episodes, CancellationToken cancellationToken)
    {
        if (FhirHttp.IdOf(id) is not { } guid)
        {
            return FhirResponse.NotFound(type, id);
        }

        if (await referrals.HandleAsync(user, guid, cancellationToken) is { } referral)
        {
            return FhirResponse.Ok(FhirResources.ReferralJson(type, referral), referral.Version);
        }

        return await episodes.HandleAsync(user, guid, cancellationToken) is { } episode
            ? FhirResponse.Ok(FhirResources.ReferralJson(type, episode), episode.Version)
            : FhirResponse.NotFound(type, id);
    }

    private static string Version() =>
        typeof(FhirEndpoints).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0";
}
