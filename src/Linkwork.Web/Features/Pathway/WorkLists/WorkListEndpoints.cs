using System.Security.Claims;

namespace Linkwork.Web.Features.Pathway.WorkLists;

public static class WorkListEndpoints
{
    public static void MapWorkListEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/work", async (ClaimsPrincipal user, MyWorkList work, CancellationToken cancellationToken) =>
                Results.Ok(await work.HandleAsync(user, cancellationToken)))
            .WithTags("Work lists").WithName("MyWorkList")
            .WithSummary("The caller's work list: my people, due today, overdue, waiting on providers; each part's first rows and its total.");

        api.MapGet("/team/work", async (ClaimsPrincipal user, TeamOverview team, CancellationToken cancellationToken) =>
                Results.Ok(await team.HandleAsync(user, cancellationToken)))
            .WithTags("Work lists").WithName("TeamOverview")
            .WithSummary("Supervisors only: per link worker, caseload, overdue follow-ups, stuck referrals and open safeguarding concerns; the triage count; open concerns.");
    }
}
