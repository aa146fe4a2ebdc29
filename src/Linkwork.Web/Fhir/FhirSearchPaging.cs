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

    /// <summary>
    /// The search's total, counted only when the page cannot tell it: a page shorter than asked for (and not an empty page
    /// past the end) is the last, so the total is what came before it and on it. Most searches fit on one page, and the
    /// count was a second scan of the same rows.
    /// </summary>
    public static async Task<int> TotalAsync(int offset, int count, int returned, Func<Task<int>> countAll)
    {
        ArgumentNullException.ThrowIfNull(countAll);
        return returned < count && (offset == 0 || returned > 0) ? offset + returned : await countAll();
    }

    /// <summary>A plain search of one resource type: read its parameters, run it, and answer its page as a searchset.</summary>
    public static async Task<IResult> SearchsetAsync<T>(
        HttpContext context, string type, Func<FhirSearchQuery, Task<(int Total, IReadOnlyList<T> Page)>> search, Action<FhirSearchSet, T> add)
    {
        var query = FhirSearchQuery.Read(context.Request, type);
        var (total, page) = await search(query);
        var bundle = NewBundle(context, query, total, page.Count);
        foreach (var entry in page)
        {
            add(bundle, entry);
        }

        return FhirResponse.Ok(bundle.ToJson());
    }
}
