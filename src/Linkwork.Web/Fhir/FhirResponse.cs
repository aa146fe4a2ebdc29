using System.Text;
using Linkwork.Interop.Fhir;

namespace Linkwork.Web.Fhir;

/// <summary>
/// Writes FHIR JSON with the FHIR media type. A resource read carries its version as a weak ETag (W/"3"), as the
/// FHIR HTTP spec asks; errors are OperationOutcomes with the status that says what went wrong.
/// </summary>
internal sealed class FhirResponse(int status, string json, int? version = null, string? location = null) : IResult
{
    public const string MediaType = "application/fhir+json";

    public int Status => status;

    public static FhirResponse Ok(string json, int? version = null) => new(StatusCodes.Status200OK, json, version);

    /// <summary>A create: 201 with where to read it (or 200 when a conditional create found it already held).</summary>
    public static FhirResponse Created(string json, int version, string location, bool created = true) =>
        new(created ? StatusCodes.Status201Created : StatusCodes.Status200OK, json, version, location);

    public static FhirResponse Error(int status, FhirProblem problem, params string[] diagnostics) =>
        new(status, FhirOutcome.Json(problem, diagnostics));

    public static FhirResponse NotFound(string type, string id) =>
        Error(StatusCodes.Status404NotFound, FhirProblem.NotFound, $"There is no {type} with id '{id}' that you can see.");

    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        response.StatusCode = status;
        response.ContentType = MediaType + "; charset=utf-8";
        if (version is { } v)
        {
            response.Headers.ETag = $"W/\"{v}\"";
        }

        if (location is not null)
        {
            response.Headers.Location = location;
        }

        return response.WriteAsync(json, Encoding.UTF8, httpContext.RequestAborted);
    }
}
