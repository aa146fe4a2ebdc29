using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;

namespace Linkwork.Web.Hosting;

/// <summary>
/// A request the API cannot even read (a date that is not a date, an unknown enum name) answers 400 naming the field,
/// rather than a bare "Bad Request": the caller learns which value to fix. Route handlers throw these because
/// <see cref="RouteHandlerOptions.ThrowOnBadRequest"/> is on; the message never echoes our type names.
/// </summary>
public sealed class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        // Only a body value we can name is ours; any other bad request is answered by ConcurrencyExceptionHandler.
        if (exception is not BadHttpRequestException { InnerException: JsonException { Path: { Length: > 2 } path } } bad
            || !path.StartsWith("$.", StringComparison.Ordinal))
        {
            return false;
        }

        var field = path[2..];
        var detail = $"The value of '{field}' is not of the right type or format.";
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal) { [field] = [detail] };

        httpContext.Response.StatusCode = bad.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new HttpValidationProblemDetails(errors) { Status = bad.StatusCode, Title = "The request could not be read", Detail = detail },
        });
    }
}
