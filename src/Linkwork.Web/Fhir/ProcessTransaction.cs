using System.Security.Claims;
using Linkwork.Data;
using Linkwork.Domain.Access;
using Linkwork.Domain.Common;
using Linkwork.Domain.Pathway;
using Linkwork.Interop.Fhir;
using Linkwork.Web.Features.Access;
using Linkwork.Web.Features.Pathway;
using Linkwork.Web.Features.Pathway.Episodes;
using Linkwork.Web.Features.Pathway.Referrals;
using Linkwork.Web.Features.People;
using Linkwork.Web.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Fhir;

/// <summary>
/// A transaction Bundle of a Patient, a ServiceRequest and a Task, all or nothing, through the use cases the REST API
/// and pages use. A ServiceRequest without a performer refers the person into the programme (<see cref="ReferWithDetails"/>,
/// its NHS number and duplicate rules: an EHR's referral). One whose performer is a HealthcareService refers them on
/// from their open episode (<see cref="DraftReferral"/>, then <see cref="SendReferral"/> with its consent rule when the
/// Task is requested: a link worker's system). Everything runs in one database transaction; the first failure rolls
/// all of it back and is answered naming its entry.
/// The ServiceRequest's identifier is kept on the record made. With ifNoneExist on it, a record the caller sees that
/// already carries it answers the whole Bundle instead (<c>200 OK</c>, nothing made): an EHR that sends a Bundle again
/// after a timeout does not make a second referral. Without ifNoneExist, an identifier already held is 409.
/// </summary>
public sealed class ProcessTransaction(
    LinkworkDbContext db, CreatePatientResource patients, ReferWithDetails refer, ReceiveEpisode receive, DraftReferral draft, SendReferral send)
{
    private const string Created = "201 Created";
    private const string Found = "200 OK";

    public async Task<IReadOnlyList<TransactionResult>> HandleAsync(
        ClaimsPrincipal user, IReadOnlyList<TransactionEntry> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var shape = Shape.Of(entries);
        var condition = ServiceRequestCondition.Of(shape.Request);
        var results = new TransactionResult[entries.Count];
        await using var transaction = await WriteTransaction.BeginAsync(db, cancellationToken);
        if (condition.Identifier is { } identifier)
        {
            // A retry after a timeout may arrive while the first request is still running: the two look the identifier
            // up in turn, so the second finds what the first made rather than both making one.
            await transaction.LockAsync($"requester-identifier|{user.ProgrammeOf()}|{identifier}", cancellationToken);
        }

        if (shape.Request.ServiceRequest!.Performer is null)
        {
            await IntoProgrammeAsync(user, shape, condition, results, cancellationToken);
        }
        else
        {
            await OnwardAsync(user, shape, condition, results, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return results;
    }

    /// <summary>
    /// An EHR's referral into the programme. The Patient's entry is answered without a location: a referrer cannot read
    /// people, and whether the NHS number was already known must not show (nor, on a retry answered by the episode
    /// held, whom it is for). The referrer follows the episode as the ServiceRequest and Task with its id.
    /// </summary>
    private async Task IntoProgrammeAsync(
        ClaimsPrincipal user, Shape shape, ServiceRequestCondition condition, TransactionResult[] results, CancellationToken cancellationToken)
    {
        var request = shape.Request.ServiceRequest!;
        if (shape.Task?.Task!.Owner is { } owner)
        {
            var programmeTeam = owner.Id is { } ownerId && await db.Organisations.AnyAsync(
                o => o.Id == ownerId && o.ProgrammeId == user.ProgrammeOf() && o.Kind == OrganisationKind.Programme, cancellationToken);
            if (!programmeTeam)
            {
                throw FhirInputException.Unprocessable(
                    "Task.owner of a referral into the programme is the programme's own organisation (or leave it out); to refer on to a community service, "
                    + "name the HealthcareService in ServiceRequest.performer.").InEntry(shape.Task.Index);
            }
        }

        var source = SourceOf(request.SourceCode, shape.Request.Index);
        var reasons = request.Reasons ?? request.Note;
        var held = await condition.MatchAsync(db, shape.Request.Index, shape.SubjectId, shape.Patient?.Patient!.NhsNumber,
            identifier => ServiceRequestCondition.HeldIn<Episode, EpisodeState>(db.Episodes.VisibleTo(user), identifier),
            id => Location(id).Request, cancellationToken);
        if (held is not null)
        {
            if (shape.Patient is { } matchedPatient)
            {
                results[matchedPatient.Index] = new TransactionResult(Found, null, null);
            }

            Answer(shape, results, Found, Location(held.Id), held.Version);
            return;
        }

        Episode episode;
        if (shape.Patient is { } patientEntry)
        {
            var patient = patientEntry.Patient!;
            var person = new PersonInput
            {
                GivenName = patient.GivenName, FamilyName = patient.FamilyName, PreferredName = patient.PreferredName, DateOfBirth = patient.BirthDate,
                Sex = patient.Sex, NhsNumber = patient.NhsNumber, Phone = patient.Phone, Mobile = patient.Mobile, Email = patient.Email,
                AddressLine1 = patient.AddressLines.ElementAtOrDefault(0), AddressLine2 = patient.AddressLines.ElementAtOrDefault(1),
                AddressLine3 = patient.AddressLines.ElementAtOrDefault(2), Postcode = patient.Postcode, PreferredLanguage = patient.Language,
                InterpreterNeeded = patient.InterpreterNeeded,
            };
            episode = await StepAsync(shape, shape.Request.Index,
                () => refer.HandleAsync(user, new ReferWithDetails.Command(person, source, reasons, PersonConsentsToSharing: false, condition.Identifier), cancellationToken));
            results[patientEntry.Index] = new TransactionResult(Created, null, null);
        }
        else
        {
            var personId = shape.SubjectId!.Value;
            episode = await StepAsync(shape, shape.Request.Index,
                () => receive.HandleAsync(user, new ReceiveEpisode.Command(personId, source, reasons ?? "", RequesterIdentifier: condition.Identifier), cancellationToken));
        }

        Answer(shape, results, Created, Location(episode.Id), episode.Version);
    }

    /// <summary>Where the ServiceRequest and Task of a referral are read: both have its id, the episode's or the onward referral's.</summary>
    private static (string Request, string Task) Location(Guid id) => ($"ServiceRequest/{id}", $"Task/{id}");

    /// <summary>A link worker's system refers someone on from their open episode to a community service.</summary>
    private async Task OnwardAsync(ClaimsPrincipal user, Shape shape, ServiceRequestCondition condition, TransactionResult[] results, CancellationToken cancellationToken)
    {
        var request = shape.Request.ServiceRequest!;
        if (!user.WorksCaseload())
        {
            throw new FhirInputException(StatusCodes.Status403Forbidden, FhirProblem.Forbidden,
                ["The programme's link workers and supervisors refer people on to community services; a referrer leaves ServiceRequest.performer out "
                 + "to refer someone into the programme."]).InEntry(shape.Request.Index);
        }
        if (request.Performer is not { Type: "HealthcareService", Id: { } serviceId })
        {
            throw FhirInputException.Unprocessable(
                "ServiceRequest.performer of an onward referral is the HealthcareService referred to (HealthcareService/{id}); "
                + "leave it out to refer someone into the programme.").InEntry(shape.Request.Index);
        }

        var held = await condition.MatchAsync(db, shape.Request.Index, shape.SubjectId, shape.Patient?.Patient!.NhsNumber,
            identifier => ServiceRequestCondition.HeldIn<OnwardReferral, OnwardReferralState>(db.OnwardReferrals.VisibleTo(user), identifier),
            id => Location(id).Request, cancellationToken);
        if (held is not null)
        {
            // Nothing is made, the Patient entry included: it is answered as the person the referral held is for.
            if (shape.Patient is { } matchedPatient)
            {
                results[matchedPatient.Index] = new TransactionResult(Found, $"Patient/{held.PersonId}", held.PersonVersion);
            }

            Answer(shape, results, Found, Location(held.Id), held.Version);
            return;
        }

        Guid personId;
        if (shape.Patient is { } patientEntry)
        {
            var patient = await StepAsync(shape, patientEntry.Index,
                () => patients.HandleAsync(user, patientEntry.Patient!, patientEntry.IfNoneExist, notDuplicate: false, cancellationToken));
            personId = patient.PersonId;
            results[patientEntry.Index] = new TransactionResult(patient.Created ? Created : Found, $"Patient/{personId}", patient.Version);
        }
        else
        {
            personId = shape.SubjectId!.Value;
        }

        var episodeId = await db.Episodes.AsNoTracking().VisibleTo(user)
            .Where(e => e.PersonId == personId && (e.State == EpisodeState.Accepted || e.State == EpisodeState.Assessing || e.State == EpisodeState.Active))
            .OrderByDescending(e => e.CreatedAt).Select(e => (Guid?)e.Id).FirstOrDefaultAsync(cancellationToken)
            ?? throw FhirInputException.Unprocessable(
                $"Patient/{personId} has no open episode (accepted, assessing or active) to refer on from: accept their referral into the programme first.").InEntry(shape.Request.Index);
        var referral = await StepAsync(shape, shape.Request.Index,
            () => draft.HandleAsync(user, new DraftReferral.Command(episodeId, serviceId, request.Note ?? "", condition.Identifier), cancellationToken));
        if (shape.Task is { } taskEntry)
        {
            var task = taskEntry.Task!;
            if (task.Owner?.Id != referral.OrganisationId)
            {
                throw FhirInputException.Unprocessable($"Task.owner is the organisation that runs the service: Organization/{referral.OrganisationId}.").InEntry(taskEntry.Index);
            }

            referral = task.Status switch
            {
                "requested" => await StepAsync(shape, taskEntry.Index, () => send.HandleAsync(user, referral.Id, referral.Version, cancellationToken)),
                "draft" => referral,
                _ => throw FhirInputException.Unprocessable("A new Task is requested (sent to the provider now) or draft (kept to send later).").InEntry(taskEntry.Index),
            };
        }

        Answer(shape, results, Created, Location(referral.Id), referral.Version);
    }

    /// <summary>The answer to the ServiceRequest's entry and, when sent, the Task's: one record answers both.</summary>
    private static void Answer(Shape shape, TransactionResult[] results, string status, (string Request, string Task) location, int version)
    {
        results[shape.Request.Index] = new TransactionResult(status, location.Request, version);
        if (shape.Task is { } task)
        {
            results[task.Index] = new TransactionResult(status, location.Task, version);
        }
    }

    private static ReferralSource SourceOf(string? code, int index) =>
        code is null
            ? ReferralSource.Other
            : Enum.GetValues<ReferralSource>().Cast<ReferralSource?>()
                .FirstOrDefault(s => string.Equals(s.ToString(), code.Replace("-", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase))
              ?? throw FhirInputException.Unprocessable($"'{code}' is not a referral source of {FhirTransaction.ReferralSourceSystem}.").InEntry(index);

    /// <summary>Runs one entry's use case; whatever it refuses is answered naming that entry (or, for a person's details, the Patient's).</summary>
    private static async Task<T> StepAsync<T>(Shape shape, int index, Func<Task<T>> step)
    {
        try
        {
            return await step();
        }
        catch (InvalidFieldsException e)
        {
            var first = e.Errors.Keys.FirstOrDefault() ?? "";
            var at = FhirFieldPaths.ResourceOf(first) == "Patient" && shape.Patient is { } patient ? patient.Index : index;
            throw new FhirInputException(StatusCodes.Status422UnprocessableEntity, FhirProblem.BusinessRule, FhirFieldPaths.Diagnostics(e)).InEntry(at);
        }
        catch (DomainRuleException e)
        {
            throw FhirInputException.Unprocessable(e.Message).InEntry(index);
        }
        catch (RecordNotFoundException e)
        {
            throw FhirInputException.Unprocessable($"{e.Message} (not held here, or not yours to see)").InEntry(index);
        }
        catch (NotPermittedException e)
        {
            throw new FhirInputException(StatusCodes.Status403Forbidden, FhirProblem.Forbidden, [e.Message]).InEntry(index);
        }
        catch (IllegalTransitionException e)
        {
            throw new FhirInputException(StatusCodes.Status409Conflict, FhirProblem.BusinessRule, [e.Message]).InEntry(index);
        }
        catch (FhirInputException e)
        {
            throw e.InEntry(index);
        }
    }

    /// <summary>The one shape taken: one ServiceRequest for one person, with at most one Patient and one Task that point at it.</summary>
    private sealed record Shape(TransactionEntry Request, TransactionEntry? Patient, TransactionEntry? Task, Guid? SubjectId)
    {
        public static Shape Of(IReadOnlyList<TransactionEntry> entries)
        {
            var requests = entries.Where(e => e.Type == "ServiceRequest").ToList();
            if (requests.Count != 1)
            {
                throw FhirInputException.Unprocessable($"A transaction here refers one person: one ServiceRequest with its Patient and Task, not {requests.Count}.");
            }

            var request = requests[0];
            var patient = Single(entries, "Patient");
            var task = Single(entries, "Task");
            var subject = request.ServiceRequest!.Subject
                ?? throw FhirInputException.Unprocessable("ServiceRequest.subject is required: the Patient entry (urn:uuid:...) or Patient/{id}.").InEntry(request.Index);
            if (subject.Entry is { } subjectEntry && subjectEntry != patient?.Index)
            {
                throw FhirInputException.Unprocessable("ServiceRequest.subject refers to an entry that is not a Patient.").InEntry(request.Index);
            }

            if (patient is not null && subject.Entry != patient.Index)
            {
                throw FhirInputException.Unprocessable("This Patient is not the ServiceRequest's subject.").InEntry(patient.Index);
            }

            if (task is not null)
            {
                var (focus, forPatient) = (task.Task!.Focus, task.Task.For);
                if (focus?.Entry != request.Index)
                {
                    throw FhirInputException.Unprocessable("Task.focus is the ServiceRequest of this Bundle (its urn:uuid fullUrl).").InEntry(task.Index);
                }

                if (forPatient is not null && (forPatient.Entry != subject.Entry || forPatient.Id != subject.Id))
                {
                    throw FhirInputException.Unprocessable("Task.for is the ServiceRequest's subject.").InEntry(task.Index);
                }
            }

            return new Shape(request, patient, task, subject.Id);
        }

        private static TransactionEntry? Single(IReadOnlyList<TransactionEntry> entries, string type)
        {
            var found = entries.Where(e => e.Type == type).ToList();
            return found.Count > 1 ? throw FhirInputException.Unprocessable($"One {type} per transaction here.").InEntry(found[1].Index) : found.FirstOrDefault();
        }
    }
}
