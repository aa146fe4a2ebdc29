using System.Security.Claims;
using Linkwork.Domain.People;
using Linkwork.Web.Features.Access;
using Linkwork.Web.Hosting;

namespace Linkwork.Web.Features.People;

/// <summary>
/// /api/v1/people: person records for the programme's link workers and supervisors (merging for supervisors only).
/// Another programme's person answers 404, as if it did not exist. Changes take If-Match; answers carry ETag.
/// </summary>
public static class PeopleEndpoints
{
    public sealed record ConsentsView(IReadOnlyList<PersonView.ConsentView> Current, IReadOnlyList<PersonView.ConsentView> History);

    public sealed record MergeView(Guid MergedId, Guid SurvivorId, MergeSummary Moved);

    public static void MapPeopleEndpoints(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var people = api.MapGroup("/people").RequireAuthorization(Policies.PeopleRecords).WithTags("People");

        people.MapPost("", async (NewPersonInput input, ClaimsPrincipal user, RegisterPerson handler, CancellationToken cancellationToken) =>
            {
                var result = await handler.HandleAsync(user, input, cancellationToken);
                if (result.CertainDuplicate is { } certain)
                {
                    return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "This person is already recorded",
                        detail: $"{certain.Reason} See person {certain.PersonId}.",
                        extensions: new Dictionary<string, object?> { ["existingPersonId"] = certain.PersonId });
                }

                if (result.PossibleDuplicates.Count > 0)
                {
                    return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "This may be someone already recorded",
                        detail: $"{result.PossibleDuplicates.Count} person(s) born the same day have similar names. Check them; if this is someone else, send the request again with \"confirmNotDuplicate\": true.",
                        extensions: new Dictionary<string, object?> { ["candidates"] = result.PossibleDuplicates });
                }

                return WithTag(Results.Created($"/api/v1/people/{result.Created!.Id}", PersonView.Of(result.Created)), result.Created);
            })
            .WithIdempotencyKey()
            .WithName("CreatePerson")
            .WithSummary("Add a person. 409 when an identifier is already recorded (existingPersonId) or when people born the same day have similar names (candidates) until confirmNotDuplicate is true. Takes an Idempotency-Key.");

        people.MapGet("", async (string? q, int? page, int? pageSize, ClaimsPrincipal user, SearchPeople handler, CancellationToken cancellationToken) =>
                Results.Ok(await handler.HandleAsync(user, q, page ?? 1, pageSize ?? SearchPeople.DefaultPageSize, cancellationToken)))
            .WithName("SearchPeople")
            .WithSummary("Find people by name, NHS number or another system's record number, a page at a time (page, pageSize, total).");

        people.MapGet("/{id:guid}", async (Guid id, ClaimsPrincipal user, GetPerson handler, CancellationToken cancellationToken) =>
                await handler.HandleAsync(user, id, cancellationToken) is { } person ? WithTag(Results.Ok(PersonView.Of(person)), person) : NotFound())
            .WithName("GetPerson")
            .WithSummary("A person's record with its ETag. A merged record says where it went (mergedIntoId).");

        people.MapPut("/{id:guid}", async (Guid id, PersonInput input, HttpRequest request, ClaimsPrincipal user, UpdatePerson handler, CancellationToken cancellationToken) =>
                !VersionTag.TryReadIfMatch(request, out var version) ? BadIfMatch()
                : await handler.HandleAsync(user, id, input, version, cancellationToken) is { } person ? WithTag(Results.Ok(PersonView.Of(person)), person) : NotFound())
            .WithName("UpdatePerson")
            .WithSummary("Replace a person's details. Send If-Match with the ETag you read: a stale version answers 412 and changes nothing.");

        people.MapGet("/{id:guid}/consents", async (Guid id, ClaimsPrincipal user, GetPerson handler, CancellationToken cancellationToken) =>
                await handler.HandleAsync(user, id, cancellationToken) is { } person ? WithTag(Results.Ok(ConsentsOf(person)), person) : NotFound())
            .WithName("GetPersonConsents")
            .WithSummary("The consent in force of each kind and every decision ever recorded, newest first.");

        people.MapPost("/{id:guid}/consents", async (Guid id, RecordConsent.Command command, HttpRequest request, ClaimsPrincipal user, RecordConsent handler, CancellationToken cancellationToken) =>
                !VersionTag.TryReadIfMatch(request, out var version) ? BadIfMatch()
                : await handler.HandleAsync(user, id, command, version, cancellationToken) is { } person ? WithTag(Results.Ok(ConsentsOf(person)), person) : NotFound())
            .WithIdempotencyKey()
            .WithName("RecordPersonConsent")
            .WithSummary("Record that a consent was given or withdrawn. Appended: earlier decisions stay in the history.");

        people.MapGet("/{id:guid}/contacts", async (Guid id, ClaimsPrincipal user, GetPerson handler, CancellationToken cancellationToken) =>
                await handler.HandleAsync(user, id, cancellationToken) is { } person
                    ? WithTag(Results.Ok(person.HouseholdContacts.OrderBy(c => c.AddedAt).Select(PersonView.HouseholdContactOf).ToList()), person) : NotFound())
            .WithName("GetPersonContacts")
            .WithSummary("The person's carers and household contacts.");

        people.MapPost("/{id:guid}/contacts", async (Guid id, HouseholdContactDetails details, HttpRequest request, ClaimsPrincipal user, AddHouseholdContact handler, CancellationToken cancellationToken) =>
            {
                if (!VersionTag.TryReadIfMatch(request, out var version))
                {
                    return BadIfMatch();
                }

                var (person, contact) = await handler.HandleAsync(user, id, details, version, cancellationToken);
                return person is null ? NotFound() : WithTag(Results.Created($"/api/v1/people/{id}/contacts/{contact!.Id}", PersonView.HouseholdContactOf(contact)), person);
            })
            .WithIdempotencyKey()
            .WithName("AddPersonContact")
            .WithSummary("Add a carer or household contact (name, relationship, phone or email, whether a carer, whether they may be contacted).");

        people.MapPut("/{id:guid}/contacts/{contactId:guid}", async (Guid id, Guid contactId, HouseholdContactDetails details, HttpRequest request, ClaimsPrincipal user, UpdateHouseholdContact handler, CancellationToken cancellationToken) =>
                !VersionTag.TryReadIfMatch(request, out var version) ? BadIfMatch()
                : await handler.HandleAsync(user, id, contactId, details, version, cancellationToken) is { } person ? WithTag(Results.NoContent(), person) : NotFound())
            .WithName("UpdatePersonContact")
            .WithSummary("Correct a household contact.");

        people.MapDelete("/{id:guid}/contacts/{contactId:guid}", async (Guid id, Guid contactId, HttpRequest request, ClaimsPrincipal user, RemoveHouseholdContact handler, CancellationToken cancellationToken) =>
                !VersionTag.TryReadIfMatch(request, out var version) ? BadIfMatch()
                : await handler.HandleAsync(user, id, contactId, version, cancellationToken) is { } person ? WithTag(Results.NoContent(), person) : NotFound())
            .WithName("RemovePersonContact")
            .WithSummary("Remove a household contact.");

        people.MapPost("/{id:guid}/identifiers", async (Guid id, IdentifierInput input, HttpRequest request, ClaimsPrincipal user, AddLocalIdentifier handler, CancellationToken cancellationToken) =>
                !VersionTag.TryReadIfMatch(request, out var version) ? BadIfMatch()
                : await handler.HandleAsync(user, id, input, version, cancellationToken) is { } person ? WithTag(Results.Ok(PersonView.Of(person)), person) : NotFound())
            .WithName("AddPersonIdentifier")
            .WithSummary("Add another system's record number (system and value, unique in the programme).");

        people.MapDelete("/{id:guid}/identifiers/{identifierId:guid}", async (Guid id, Guid identifierId, HttpRequest request, ClaimsPrincipal user, RemoveLocalIdentifier handler, CancellationToken cancellationToken) =>
                !VersionTag.TryReadIfMatch(request, out var version) ? BadIfMatch()
                : await handler.HandleAsync(user, id, identifierId, version, cancellationToken) is { } person ? WithTag(Results.NoContent(), person) : NotFound())
            .WithName("RemovePersonIdentifier")
            .WithSummary("Remove a record number entered by mistake.");

        people.MapPost("/{id:guid}/merge-into/{survivorId:guid}", async (Guid id, Guid survivorId, HttpRequest request, ClaimsPrincipal user, MergePeople handler, CancellationToken cancellationToken) =>
                !VersionTag.TryReadIfMatch(request, out var version) ? BadIfMatch()
                : await handler.HandleAsync(user, id, survivorId, version, cancellationToken) is { } merged
                    ? WithTag(Results.Ok(new MergeView(merged.Merged.Id, merged.Survivor.Id, merged.Summary)), merged.Survivor) : NotFound())
            .RequireAuthorization(Policies.Supervisors)
            .WithName("MergePerson")
            .WithSummary("Supervisors: merge a duplicate into the record that stays. Nothing is deleted; the duplicate says where it went. If-Match applies to the duplicate.");
    }

    private static ConsentsView ConsentsOf(Person person)
    {
        var consents = person.Consents;
        return new ConsentsView(
            Enum.GetValues<ConsentKind>().Select(consents.Current).OfType<ConsentDecision>().Select(PersonView.ConsentOf).ToList(),
            consents.History.Select(PersonView.ConsentOf).ToList());
    }

    /// <summary>The result with the person's version as its ETag, for the next If-Match.</summary>
    public static IResult WithTag(IResult result, Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return new Tagged(result, VersionTag.Of(person.Version));
    }

    private static IResult NotFound() =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: "There is no such person in your programme.");

    private static IResult BadIfMatch() =>
        Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Unreadable If-Match",
            detail: "If-Match must be the ETag the record was read with, such as \"3\".");

    /// <summary>Any result, with the record's version as its ETag.</summary>
    private sealed class Tagged(IResult inner, string etag) : IResult, IStatusCodeHttpResult
    {
        public int? StatusCode => (inner as IStatusCodeHttpResult)?.StatusCode;

        public Task ExecuteAsync(HttpContext httpContext)
        {
            ArgumentNullException.ThrowIfNull(httpContext);
            httpContext.Response.Headers.ETag = etag;
            return inner.ExecuteAsync(httpContext);
        }
    }
}
