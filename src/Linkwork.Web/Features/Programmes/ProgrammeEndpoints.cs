using System.Security.Claims;
using Linkwork.Domain.Programmes;
using Linkwork.Web.Features.Access;

namespace Linkwork.Web.Features.Programmes;

public static class ProgrammeEndpoints
{
    public sealed record ProgrammeView(
        Guid Id, string Name, string Country, string Locale, RoleTitles RoleTitles,
        int ResponseDeadlineDays, string CodingProfile, int ContactAttemptsBeforeUnableToContact);

    /// <summary>GET /api/v1/programme: the settings of the caller's programme.</summary>
    public static void MapProgrammeEndpoints(this RouteGroupBuilder api) =>
        api.MapGet("/programme", async Task<IResult> (ClaimsPrincipal user, GetProgramme query, CancellationToken cancellationToken) =>
            {
                var programme = await query.HandleAsync(user.ProgrammeOf() ?? Guid.Empty, cancellationToken);
                return programme is null
                    ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No programme", detail: "Your account's programme no longer exists.")
                    : TypedResults.Ok(new ProgrammeView(
                        programme.Id, programme.Name, programme.Country, programme.Locale, programme.RoleTitles,
                        programme.ResponseDeadlineDays, programme.CodingProfile.ToString(), programme.ContactAttemptsBeforeUnableToContact));
            })
            .WithName("GetProgramme")
            .WithSummary("The caller's programme: name, region, role titles, response deadline and coding profile.");
}
