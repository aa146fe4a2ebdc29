using Linkwork.Interop.Fhir;
using Microsoft.AspNetCore.Diagnostics;

namespace Linkwork.Web.Fhir;

/// <summary>An error status with no body under /fhir (from routing or the server) still gets an OperationOutcome.</summary>
internal static class FhirStatusCodes
{
    public static Task WriteAsync(StatusCodeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var http = context.HttpContext;
        var problem = http.Response.StatusCode switch
        {
            StatusCodes.Status404NotFound => FhirProblem.NotFound,
            StatusCodes.Status401Unauthorized => FhirProblem.Login,
            StatusCodes.Status403Forbidden => FhirProblem.Forbidden,
            StatusCodes.Status405MethodNotAllowed => FhirProblem.NotSupported,
            >= 500 => FhirProblem.Exception,
            _ => FhirProblem.Invalid,
        };
        return FhirResponse.Error(http.Response.StatusCode, problem, $"{http.Request.Method} {http.Request.Path} answered {http.Response.StatusCode}.").ExecuteAsync(http);
    }
}
