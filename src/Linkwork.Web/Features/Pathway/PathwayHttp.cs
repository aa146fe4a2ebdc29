using Linkwork.Web.Hosting;

namespace Linkwork.Web.Features.Pathway;

/// <summary>What the pathway's endpoints share: reading If-Match, naming moves in URLs, answering with an ETag.</summary>
internal static class PathwayHttp
{
    /// <summary>The version the caller read, from If-Match; a malformed header is refused before anything happens.</summary>
    public static int? ExpectedVersion(HttpRequest request) =>
        VersionTag.TryReadIfMatch(request, out var version)
            ? version
            : throw new BadHttpRequestException("If-Match must be the ETag of the record as read, such as \"3\".");

    /// <summary>"unable-to-contact" → UnableToContact; null when the URL names no move.</summary>
    public static TMove? MoveNamed<TMove>(string name)
        where TMove : struct, Enum =>
        Enum.TryParse<TMove>(name.Replace("-", "", StringComparison.Ordinal), ignoreCase: true, out var move)
        && Enum.IsDefined(move) && !int.TryParse(name, out _) ? move : null;

    public static IResult WithVersion<T>(HttpContext context, T body, int version)
    {
        context.Response.Headers.ETag = VersionTag.Of(version);
        return Results.Ok(body);
    }
}
