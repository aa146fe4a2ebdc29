namespace Linkwork.Web.Features.Directory.Search;

public static class DirectorySearchEndpoint
{
    /// <summary>
    /// GET /api/v1/directory/search: open to everyone, like the public directory, because listings are public.
    /// </summary>
    public static void MapDirectorySearch(this RouteGroupBuilder api) =>
        api.MapGet("/directory/search", async Task<IResult> ([AsParameters] SearchRequest request, SearchDirectory search, CancellationToken cancellationToken) =>
            {
                var (result, errors) = await search.HandleAsync(request, cancellationToken);
                return result is null
                    ? TypedResults.ValidationProblem(errors, title: "The search cannot run as asked")
                    : TypedResults.Ok(result);
            })
            .AllowAnonymous()
            .WithName("SearchDirectory")
            .WithSummary("Search community services: text (stemming, prefixes, typos, synonyms), distance, need, age, language, opening time, cost and mode; with facets and snippets.");
}
