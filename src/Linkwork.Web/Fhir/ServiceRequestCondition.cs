using Linkwork.Data;
using Linkwork.Domain.Common;
using Linkwork.Domain.Pathway;
using Linkwork.Domain.People;
using Linkwork.Interop.Fhir;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Fhir;

/// <summary>
/// How a transaction's ServiceRequest is identified by its requester: its identifier, held to the domain's rules, and
/// whether request.ifNoneExist makes its create conditional on that identifier. Read before anything is looked up or
/// saved, so a broken identifier or condition changes nothing; then matched against the records already held.
/// </summary>
/// <param name="Identifier">The requester's identifier for the referral, if it sent one: kept on the record made.</param>
/// <param name="IfNoneExist">Whether a referral the caller sees with this identifier answers the request instead of a new one.</param>
internal sealed record ServiceRequestCondition(RequesterIdentifier? Identifier, bool IfNoneExist)
{
    public static ServiceRequestCondition Of(TransactionEntry request)
    {
        ArgumentNullException.ThrowIfNull(request);
        RequesterIdentifier? identifier = null;
        if (request.ServiceRequest!.Identifier is { } sent)
        {
            try
            {
                identifier = new RequesterIdentifier(sent.System, sent.Value);
            }
            catch (DomainRuleException e)
            {
                throw FhirInputException.Unprocessable($"ServiceRequest.identifier: {e.Message}").InEntry(request.Index);
            }
        }

        if (request.IfNoneExist is not { } condition)
        {
            return new ServiceRequestCondition(identifier, IfNoneExist: false);
        }

        // The condition must name the identifier the referral will keep: a condition on anything else could match a
        // referral this request would not have made, and the record made could not be found by it next time.
        var named = FhirIfNoneExist.IdentifierIn(condition)
            ?? throw FhirInputException.Malformed(
                $"ifNoneExist takes identifier={{system}}|{{value}} here (the ServiceRequest's own identifier), nothing else; '{condition}' is not that.").InEntry(request.Index);
        if (identifier is null)
        {
            throw FhirInputException.Unprocessable(
                "ifNoneExist names an identifier, but the ServiceRequest carries none: send it in ServiceRequest.identifier too, so the referral keeps it "
                + "and a retry finds it.").InEntry(request.Index);
        }

        if (named.System.Trim() != identifier.System || named.Value.Trim() != identifier.Value)
        {
            throw FhirInputException.Unprocessable(
                $"ifNoneExist names {named.System}|{named.Value}, which is not the ServiceRequest's identifier ({identifier}): the condition is on the "
                + "identifier the referral keeps.").InEntry(request.Index);
        }

        return new ServiceRequestCondition(identifier, IfNoneExist: true);
    }

    /// <summary>
    /// The record an earlier request with the same identifier made, when the create is conditional and the caller sees
    /// exactly one; null when the caller sees none and one is to be made. Only the records the caller may see are looked
    /// at (the caller's query goes through PathwayAccess): another organisation using the same identifier is neither
    /// found nor shown. A record found answers the Bundle only if it is for the same person: a requester that gives two
    /// people's referrals one identifier is told so rather than answered with the wrong referral.
    /// </summary>
    /// <param name="db">Where the person a record is for is read.</param>
    /// <param name="at">The ServiceRequest's entry, named in every refusal.</param>
    /// <param name="subjectId">The person the Bundle names as Patient/{id}, if it does.</param>
    /// <param name="sentNhsNumber">The NHS number of the Bundle's Patient entry, if it has one.</param>
    /// <param name="held">The records the caller may see that carry an identifier, in id order.</param>
    /// <param name="name">How a refusal names a record: where the caller reads it.</param>
    /// <param name="cancellationToken">Cancels the lookups.</param>
    public async Task<Match?> MatchAsync(
        LinkworkDbContext db, int at, Guid? subjectId, string? sentNhsNumber, Func<RequesterIdentifier, IQueryable<Held>> held, Func<Guid, string> name,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(held);
        ArgumentNullException.ThrowIfNull(name);
        if (Identifier is not { } identifier)
        {
            return null;
        }

        var found = await held(identifier).Take(2).ToListAsync(cancellationToken);
        if (found.Count == 0)
        {
            return null;
        }

        if (!IfNoneExist)
        {
            throw new FhirInputException(StatusCodes.Status409Conflict, FhirProblem.Conflict,
                [$"ServiceRequest.identifier {identifier} is already held: {name(found[0].Id)}. One identifier makes one referral; to be answered with the one "
                 + $"held instead, send request.ifNoneExist identifier={identifier}."]).InEntry(at);
        }

        if (found.Count > 1)
        {
            throw new FhirInputException(StatusCodes.Status412PreconditionFailed, FhirProblem.MultipleMatches,
                [$"ifNoneExist matches more than one referral: {string.Join(", ", found.Select(f => name(f.Id)))}. Nothing was made."]).InEntry(at);
        }

        var match = found[0];
        var person = await db.People.AsNoTracking().Where(p => p.Id == match.PersonId).Select(p => new { p.Version, p.NhsNumber }).SingleAsync(cancellationToken);
        var otherPerson = (subjectId is { } subject && subject != match.PersonId)
            || (sentNhsNumber is not null && person.NhsNumber is { } heldNumber && !(NhsNumber.TryParse(sentNhsNumber, out var sent) && sent == heldNumber));
        if (otherPerson)
        {
            throw FhirInputException.Unprocessable(
                $"ServiceRequest.identifier {identifier} is held for a referral of someone else ({name(match.Id)}): a retry refers the same person. "
                + "Give this referral an identifier of its own.").InEntry(at);
        }

        return new Match(match.Id, match.Version, match.PersonId, person.Version);
    }

    /// <summary>The records among <paramref name="visible"/> that carry <paramref name="identifier"/>, the first made first.</summary>
    /// <param name="visible">The episodes or onward referrals the caller may see.</param>
    /// <param name="identifier">The requester's identifier.</param>
    public static IQueryable<Held> HeldIn<TRecord, TState>(IQueryable<TRecord> visible, RequesterIdentifier identifier)
        where TRecord : PathwayRecord<TState>
        where TState : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(identifier);
        var (system, value) = (identifier.System, identifier.Value);
        return visible.AsNoTracking().Where(r => r.RequesterIdentifierSystem == system && r.RequesterIdentifierValue == value)
            .OrderBy(r => r.Id).Select(r => new Held(r.Id, r.Version, r.PersonId));
    }

    /// <summary>A record the caller sees that carries the identifier (in id order: the first made first).</summary>
    public sealed record Held(Guid Id, int Version, Guid PersonId);

    /// <summary>The one record a conditional create matched, with the version of the person it is for.</summary>
    public sealed record Match(Guid Id, int Version, Guid PersonId, int PersonVersion);
}
