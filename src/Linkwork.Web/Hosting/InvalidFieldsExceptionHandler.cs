using Microsoft.AspNetCore.Diagnostics;

namespace Linkwork.Web.Hosting;

/// <summary>
/// Fields that break rules answer 422 (the request parsed, its values are refused, as for any broken rule) with an
/// <c>errors</c> member naming each field, in the shape of RFC 9457 validation problems.
/// </summary>
public sealed class InvalidFieldsExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (exception is not InvalidFieldsException invalid)
        {
            return false;
        }

        httpContext.Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new HttpValidationProblemDetails(invalid.Errors.ToDictionary(e => e.Key, e => e.Value))
            {
                Status = StatusCodes.Status422UnprocessableEntity,
                Title = "Some fields break a rule",
                Detail = invalid.Message,
            },
        });
    }
}
