using System.Text;
using Linkwork.Interop.Fhir;
using Microsoft.Net.Http.Headers;

namespace Linkwork.Web.Fhir;

/// <summary>
/// Reads what a FHIR write sent: the body as text in the media type the interaction takes (FHIR JSON, or JSON Patch),
/// and If-Match as FHIR writes it (W/"3"). Anything else is refused before a use case runs.
/// </summary>
internal static class FhirRequestBody
{
    /// <summary>Far above any Patient, Task or transaction of three; a larger body is not one of ours.</summary>
    private const int MaxBytes = 1_000_000;

    public static async Task<string> ReadAsync(HttpRequest request, params string[] mediaTypes)
    {
        var sent = MediaTypeHeaderValue.TryParse(request.ContentType, out var type) ? type.MediaType.Value : null;
        if (sent is null || !mediaTypes.Contains(sent, StringComparer.OrdinalIgnoreCase))
        {
            throw new FhirInputException(StatusCodes.Status415UnsupportedMediaType, FhirProblem.NotSupported,
                [$"Send Content-Type {string.Join(" or ", mediaTypes)}{(sent is null ? "" : $", not {sent}")}."]);
        }

        if (request.ContentLength > MaxBytes)
        {
            throw new FhirInputException(StatusCodes.Status413PayloadTooLarge, FhirProblem.Invalid, ["The body is larger than a FHIR write here can be."]);
        }

        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
        return body.Length > MaxBytes
            ? throw new FhirInputException(StatusCodes.Status413PayloadTooLarge, FhirProblem.Invalid, ["The body is larger than a FHIR write here can be."])
            : body;
    }

    public static Task<string> ResourceAsync(HttpRequest request) => ReadAsync(request, "application/fhir+json", "application/json");

    /// <summary>The version named by If-Match (W/"3" or "3"); null when absent. A header that names no version of ours is refused.</summary>
    public static int? IfMatch(HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString().Trim();
        if (header.Length == 0)
        {
            return null;
        }

        var tag = header.StartsWith("W/", StringComparison.Ordinal) ? header[2..] : header;
        return tag.Length > 2 && tag[0] == '"' && tag[^1] == '"'
            && int.TryParse(tag.AsSpan(1, tag.Length - 2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var version)
            ? version
            : throw FhirInputException.Malformed($"If-Match must be the ETag of the resource as read, such as W/\"3\"; '{header}' is not one.");
    }
}
