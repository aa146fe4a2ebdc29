using Linkwork.Domain.Access;
using Linkwork.Domain.Common;
using Linkwork.Interop.Fhir;
using Linkwork.Web.Features.Access;
using Linkwork.Web.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Fhir;

/// <summary>
/// Wraps every /fhir endpoint but the metadata: a caller without a valid bearer token (or sign-in) gets 401, a
/// person's own account 403, and whatever a use case throws becomes an OperationOutcome with the status the REST API
/// would give. The REST API's exception handlers write ProblemDetails, so /fhir answers its errors here, before them.
/// </summary>
internal sealed partial class FhirGuard(ILogger<FhirGuard> logger) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        if (http.User.Identity?.IsAuthenticated != true)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            return FhirResponse.Error(StatusCodes.Status401Unauthorized, FhirProblem.Login,
                "Send an API client's bearer token (Authorization: Bearer lwk_...); create one with `./linkwork api-client create`.");
        }

        if (http.User.RoleOf() is null or Role.Person)
        {
            return FhirResponse.Error(StatusCodes.Status403Forbidden, FhirProblem.Forbidden, "The FHIR API is for staff and the systems of organisations.");
        }

        try
        {
            return await next(context);
        }
        catch (RecordNotFoundException e)
        {
            return FhirResponse.Error(StatusCodes.Status404NotFound, FhirProblem.NotFound, e.Message);
        }
        catch (NotPermittedException e)
        {
            return FhirResponse.Error(StatusCodes.Status403Forbidden, FhirProblem.Forbidden, e.Message);
        }
        catch (FhirInputException e)
        {
            return FhirResponse.Error(e.Status, e.Problem, [.. e.Diagnostics]);
        }
        catch (InvalidFieldsException e)
        {
            return FhirResponse.Error(StatusCodes.Status422UnprocessableEntity, FhirProblem.BusinessRule, [.. FhirFieldPaths.Diagnostics(e)]);
        }
        catch (FhirSearchException e)
        {
            return FhirResponse.Error(StatusCodes.Status400BadRequest, FhirProblem.Invalid, e.Message);
        }
        catch (StaleVersionException e)
        {
            return FhirResponse.Error(StatusCodes.Status412PreconditionFailed, FhirProblem.Conflict, e.Message);
        }
        catch (IllegalTransitionException e)
        {
            // The domain names the states; a FHIR caller sends businessStatus codes, so those are named too.
            var codes = FhirResources.BusinessCodesOf(e.Allowed);
            return FhirResponse.Error(StatusCodes.Status409Conflict, FhirProblem.BusinessRule,
                codes.Count == 0 ? e.Message : $"{e.Message} As Task.businessStatus: {string.Join(", ", codes)}.");
        }
        catch (DbUpdateConcurrencyException)
        {
            // Two callers moved the same record at once (a provider's first read opens it): nothing was saved.
            return FhirResponse.Error(StatusCodes.Status409Conflict, FhirProblem.Conflict, "The record changed while this request was answered. Send it again.");
        }
        catch (DomainRuleException e)
        {
            return FhirResponse.Error(StatusCodes.Status422UnprocessableEntity, FhirProblem.BusinessRule, e.Message);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Our fault, not the caller's: logged with the request's id, answered without our internals.
            LogFailure(logger, e, http.TraceIdentifier);
            return FhirResponse.Error(StatusCodes.Status500InternalServerError, FhirProblem.Exception,
                $"Something went wrong on our side (request {http.TraceIdentifier}).");
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A FHIR request failed (request {RequestId})")]
    private static partial void LogFailure(ILogger logger, Exception exception, string requestId);
}
