namespace Linkwork.Web.Fhir;

/// <summary>What the FHIR endpoints share about the request: where /fhir is, and how ids in references read.</summary>
internal static class FhirHttp
{
    public const string Prefix = "/fhir";

    public static bool IsFhir(HttpContext context) => context.Request.Path.StartsWithSegments(Prefix);

    /// <summary>The service base URL as the caller reached it: fullUrl and paging links are built on it.</summary>
    public static string BaseUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}{Prefix}";

    /// <summary>Our ids are Guids; anything else names nothing here.</summary>
    public static Guid? IdOf(string id) => Guid.TryParse(id, out var guid) ? guid : null;
}
