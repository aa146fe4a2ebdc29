using System.Security.Claims;
using Linkwork.Web.Features.Pathway;
using Linkwork.Web.Features.People;

namespace Linkwork.Web.Features.Measures;

public static class PersonMeasureEndpoints
{
    public static void MapPersonMeasureEndpoints(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/people/{id:guid}/measures", async (Guid id, ClaimsPrincipal user, GetPerson people, PersonMeasureChange change, CancellationToken cancellationToken) =>
            {
                // Scores are health data: the programme's caseload workers only, through the People module's checked and audited read.
                user.RequireCaseloadWorker();
                return await people.HandleAsync(user, id, cancellationToken) is { } person
                    ? Results.Ok(await change.ForAsync(person.ProgrammeId, person.Id, cancellationToken))
                    : Results.NotFound();
            })
            .WithTags("Measures")
            .WithName("GetPersonMeasures")
            .WithSummary("A person's finished questionnaires per instrument, oldest first, and the change from the first score to the latest against the instrument's sourced meaningful-change threshold.");
    }
}
