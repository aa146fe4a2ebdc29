using System.Security.Claims;
using Linkwork.Domain.Measures;
using Linkwork.Web.Features.Access;

namespace Linkwork.Web.Features.Measures;

/// <summary>
/// /api/v1/instruments: the screening and outcome instruments, their FHIR definitions, and scoring. Reading and scoring
/// are open to every signed-in staff member and API client (the API group's rule): scoring holds no personal data and
/// stores nothing. Each caller sees the built-in instruments and its own programme's; only a programme's administrator
/// loads a questionnaire.
/// </summary>
public static class InstrumentEndpoints
{
    public static void MapInstrumentEndpoints(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var instruments = api.MapGroup("/instruments").WithTags("Measures");

        instruments.MapGet("", async (ClaimsPrincipal user, ListInstruments list, CancellationToken cancellationToken) =>
                Results.Ok(await list.HandleAsync(user.ProgrammeOf(), cancellationToken)))
            .WithName("ListInstruments")
            .WithSummary("The instruments that can be scored (built-in and the programme's own), each with its definition's address.");

        instruments.MapGet("/{id}", async (string id, ClaimsPrincipal user, GetInstrumentDefinition get, CancellationToken cancellationToken) =>
                Results.Text(await get.HandleAsync(user.ProgrammeOf(), id, cancellationToken), "application/fhir+json"))
            .Produces(StatusCodes.Status200OK, contentType: "application/fhir+json")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("GetInstrument")
            .WithSummary("An instrument's definition: a FHIR R4 Questionnaire with its items, LOINC codes and Linkwork's scoring extensions (bands, rules, sources); the programme's own version where it loaded one.");

        instruments.MapPut("/{id}", async (string id, HttpRequest request, ClaimsPrincipal user, LoadProgrammeInstrument load, CancellationToken cancellationToken) =>
            {
                if (request.ContentLength > ProgrammeInstrument.QuestionnaireMaxLength)
                {
                    return Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "The Questionnaire is too large",
                        detail: $"A questionnaire is at most {ProgrammeInstrument.QuestionnaireMaxLength:N0} bytes.");
                }

                using var reader = new StreamReader(request.Body);
                var loaded = await load.HandleAsync(user, id, await reader.ReadToEndAsync(cancellationToken), cancellationToken);
                return Results.Ok(loaded);
            })
            .RequireAuthorization(Policies.Administrators)
            .Accepts<string>("application/fhir+json", "application/json")
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .WithName("LoadProgrammeInstrument")
            .WithSummary("A programme administrator loads a FHIR Questionnaire (JSON): under a built-in id its item texts become the programme's wording (the published scoring stays), under a new id it is the programme's own instrument with Linkwork's scoring extensions. 422 says what is wrong; loading again replaces it.");

        instruments.MapPost("/{id}/score", async (string id, ScoreInstrument.Command command, ClaimsPrincipal user, ScoreInstrument score, CancellationToken cancellationToken) =>
            {
                var outcome = await score.HandleAsync(user.ProgrammeOf(), id, command, cancellationToken);
                if (outcome.Result is { } result)
                {
                    return Results.Ok(result);
                }

                return Results.ValidationProblem(outcome.Errors, statusCode: StatusCodes.Status422UnprocessableEntity, title: "Some answers cannot be scored",
                    detail: string.Join(" ", outcome.Errors.Values.SelectMany(m => m)),
                    extensions: outcome.Safeguarding is { } raised ? new Dictionary<string, object?> { ["safeguarding"] = raised } : null);
            })
            .Produces<ScoreView>()
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("ScoreInstrument")
            .WithSummary("Score answers given in item order ({\"items\": [...]}: numbers, answer labels or LOINC answer codes, null for unanswered, arrays for choose-all items). 422 names each item to fix, as items[i], and still carries a raised safeguarding alert; nothing is stored.");
    }
}
