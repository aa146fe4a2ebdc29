using Linkwork.Domain.Common;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Hosting;

/// <summary>
/// Two writers, one record: a stale <c>If-Match</c> or a save that lost the race answers 412, and an illegal move of
/// a state machine answers 409 naming the moves allowed from where the record is. Nothing is saved in either case.
/// </summary>
public sealed class ConcurrencyExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var problem = exception switch
        {
            StaleVersionException stale => new ProblemDetails
            {
                Status = StatusCodes.Status412PreconditionFailed, Title = "Someone else changed this record", Detail = stale.Message,
            },
            DbUpdateConcurrencyException => new ProblemDetails
            {
                Status = StatusCodes.Status412PreconditionFailed, Title = "Someone else changed this record",
                Detail = "The record changed while this change was being saved. Reload it and try again.",
            },
            IllegalTransitionException illegal => new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict, Title = "Not allowed from the record's current state", Detail = illegal.Message,
                Extensions = { ["from"] = illegal.From, ["attempted"] = illegal.Attempted, ["allowed"] = illegal.Allowed },
            },
            // A malformed If-Match (or another header the endpoint reads by hand) is the caller's mistake.
            BadHttpRequestException bad => new ProblemDetails { Status = bad.StatusCode, Title = "Bad request", Detail = bad.Message },
            _ => null,
        };
        if (problem is null)
        {
            return false;
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, Exception = exception, ProblemDetails = problem });
    }
}
