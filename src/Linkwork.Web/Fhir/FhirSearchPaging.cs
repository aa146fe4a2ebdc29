using Linkwork.Interop.Fhir;

namespace Linkwork.Web.Fhir;

/// <summary>A searchset's frame: its total, the self link, and a next link (moving _offset) while more remain.</summary>
internal static class FhirSearchPaging
{
    public static FhirSearchSet NewBundle(HttpContext context, FhirSearchQuery query, int total, int returned)
    {
        var request = context.Request;
        var bundle = new FhirSearchSet(FhirHttp.BaseUrl(request), FhirSearchQuery.PageUrl(request, query.Offset), total);
        var nextOffset = query.Offset + returned;
        return bundle.Next(returned > 0 && nextOffset < total ? FhirSearchQuery.PageUrl(request, nextOffset) : null);
    }
}
