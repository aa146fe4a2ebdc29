using System.Security.Claims;
using Linkwork.Domain.Programmes;
using Linkwork.Web.Features.Access;

namespace Linkwork.Web.Features.Programmes;

public static class EthnicityCodeEndpoints
{
    /// <summary>The list to set; null (or absent) goes back to the default for England.</summary>
    public sealed record CodeList(IReadOnlyList<CodedConcept>? Codes);

    public sealed record CodeListView(bool IsDefault, IReadOnlyList<CodedConcept> Codes);

    public static void MapEthnicityCodeEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/programme/ethnicity-codes", async Task<IResult> (ClaimsPrincipal user, GetProgramme query, CancellationToken cancellationToken) =>
                await query.HandleAsync(user.ProgrammeOf() ?? Guid.Empty, cancellationToken) is { } programme
                    ? TypedResults.Ok(new CodeListView(programme.CustomEthnicityCodes is null, programme.EthnicityCodes))
                    : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No programme", detail: "Your account's programme no longer exists."))
            .WithName("GetEthnicityCodes")
            .WithSummary("The code list people's ethnicity is recorded in (default: England's 2021 census categories).");

        api.MapPut("/programme/ethnicity-codes", async (CodeList list, ClaimsPrincipal user, SetEthnicityCodes handler, CancellationToken cancellationToken) =>
            {
                var programme = await handler.HandleAsync(user.ProgrammeOf() ?? Guid.Empty, list.Codes, cancellationToken);
                return TypedResults.Ok(new CodeListView(programme.CustomEthnicityCodes is null, programme.EthnicityCodes));
            })
            .RequireAuthorization(Policies.Administrators)
            .WithName("SetEthnicityCodes")
            .WithSummary("Administrators: set the programme's ethnicity code list, or send null codes to go back to the default.");
    }
}
