namespace Linkwork.Web.Features.Measures;

/// <summary>
/// /api/v1/instruments: the screening and outcome instruments, their FHIR definitions, and scoring. Open to every
/// signed-in staff member and API client (the API group's rule): scoring holds no personal data and stores nothing,
/// so no role needs keeping out; anonymous callers are not served, so the API stays one that knows its callers.
/// </summary>
public static class InstrumentEndpoints
{
    public static void MapInstrumentEndpoints(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var instruments = api.MapGroup("/instruments").WithTags("Measures");

        instruments.MapGet("", (ListInstruments list) => Results.Ok(list.Handle()))
            .WithName("ListInstruments")
            .WithSummary("The instruments that can be scored, each with its definition's address.");

        instruments.MapGet("/{id}", (string id, GetInstrumentDefinition get) => Results.Text(get.Handle(id), "application/fhir+json"))
            .Produces(StatusCodes.Status200OK, contentType: "application/fhir+json")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("GetInstrument")
            .WithSummary("An instrument's definition: a FHIR R4 Questionnaire with its items, LOINC codes and Linkwork's scoring extensions (bands, rules, sources).");

        instruments.MapPost("/{id}/score", (string id, ScoreInstrument.Command command, ScoreInstrument score) =>
            {
                var outcome = score.Handle(id, command);
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
