using System.Security.Claims;
using Linkwork.Data;
using Linkwork.Domain.People;
using Linkwork.Interop.Fhir;
using Linkwork.Web.Features.Pathway;
using Linkwork.Web.Features.People;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Fhir;

/// <summary>
/// POST /fhir/Patient: the programme's team adds someone through the People module's own <see cref="RegisterPerson"/>
/// (the same field rules and duplicate rules as the REST API). With If-None-Exist on the NHS number, a person already
/// held is answered instead of a second record. Referrers and providers do not create Patients: a referrer sends a
/// transaction, whose answer never says whom the programme already knows.
/// </summary>
public sealed class CreatePatientResource(LinkworkDbContext db, RegisterPerson register)
{
    /// <summary>Sent with "true" after checking the possible duplicates a 409 named: this is someone else.</summary>
    public const string NotDuplicateHeader = "Linkwork-Not-Duplicate";

    public sealed record Result(Guid PersonId, int Version, bool Created);

    public async Task<Result> HandleAsync(ClaimsPrincipal user, PatientInputFacts patient, string? ifNoneExist, bool notDuplicate, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(patient);
        user.RequireCaseloadWorker();
        if (ifNoneExist is not null)
        {
            var nhsNumber = NhsNumberIn(ifNoneExist);
            var held = await db.People.AsNoTracking().OfCallersProgramme(user).Where(p => p.NhsNumber == nhsNumber && p.MergedIntoId == null)
                .Select(p => new { p.Id, p.Version }).SingleOrDefaultAsync(cancellationToken);
            if (held is not null)
            {
                return new Result(held.Id, held.Version, Created: false);
            }
        }

        var input = new NewPersonInput
        {
            GivenName = patient.GivenName,
            FamilyName = patient.FamilyName,
            PreferredName = patient.PreferredName,
            DateOfBirth = patient.BirthDate,
            Sex = patient.Sex,
            NhsNumber = patient.NhsNumber,
            Phone = patient.Phone,
            Mobile = patient.Mobile,
            Email = patient.Email,
            AddressLine1 = patient.AddressLines.ElementAtOrDefault(0),
            AddressLine2 = patient.AddressLines.ElementAtOrDefault(1),
            AddressLine3 = patient.AddressLines.ElementAtOrDefault(2),
            Postcode = patient.Postcode,
            PreferredLanguage = patient.Language,
            InterpreterNeeded = patient.InterpreterNeeded,
            LocalIdentifiers = patient.LocalIdentifiers.Select(i => new IdentifierInput(i.System, i.Value)).ToList(),
            ConfirmNotDuplicate = notDuplicate,
        };
        var result = await register.HandleAsync(user, input, cancellationToken);
        if (result.CertainDuplicate is { } same)
        {
            throw new FhirInputException(StatusCodes.Status409Conflict, FhirProblem.Conflict,
                [$"{same.Reason} It is Patient/{same.PersonId}. To match someone held rather than add them, send If-None-Exist: identifier={FhirCodes.NhsNumberSystem}|{{number}}."]);
        }

        if (result.PossibleDuplicates.Count > 0)
        {
            throw new FhirInputException(StatusCodes.Status409Conflict, FhirProblem.Conflict,
                [$"Someone born the same day with a close name is already held: {string.Join(", ", result.PossibleDuplicates.Select(c => $"Patient/{c.Id}"))}. "
                 + $"If this is someone else, send it again with the header {NotDuplicateHeader}: true."]);
        }

        return new Result(result.Created!.Id, result.Created.Version, Created: true);
    }

    /// <summary>If-None-Exist as "identifier=https://fhir.nhs.uk/Id/nhs-number|9434765919": the one search a conditional create takes here.</summary>
    private static NhsNumber NhsNumberIn(string ifNoneExist)
    {
        if (FhirIfNoneExist.IdentifierIn(ifNoneExist) is not { System: FhirCodes.NhsNumberSystem } identifier)
        {
            throw FhirInputException.Malformed($"If-None-Exist takes identifier={FhirCodes.NhsNumberSystem}|{{NHS number}} here, nothing else; '{ifNoneExist}' is not that.");
        }

        try
        {
            return NhsNumber.Parse(identifier.Value);
        }
        catch (Domain.Common.DomainRuleException e)
        {
            throw FhirInputException.Unprocessable($"If-None-Exist: {e.Message}");
        }
    }
}
