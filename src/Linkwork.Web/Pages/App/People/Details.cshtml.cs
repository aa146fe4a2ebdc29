using Linkwork.Data;
using Linkwork.Domain.Common;
using Linkwork.Domain.People;
using Linkwork.Domain.Programmes;
using Linkwork.Web.Features.Access;
using Linkwork.Web.Features.Measures;
using Linkwork.Web.Features.Pathway;
using Linkwork.Web.Features.People;
using Linkwork.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Pages.App.People;

/// <summary>A person's record: details, record numbers, household contacts, and consent with its history.</summary>
[Authorize(Policy = Policies.PeopleRecords)]
public sealed class DetailsModel(GetPerson get, PersonMeasureChange measures, LinkworkDbContext db) : PageModel
{
    public Person Person { get; private set; } = null!;
    public IReadOnlyList<CodedConcept> EthnicityCodes { get; private set; } = [];
    public IReadOnlyDictionary<Guid, string> RecorderNames { get; private set; } = new Dictionary<Guid, string>();

    /// <summary>The person's scores over time, per instrument; for the programme's caseload workers only.</summary>
    public IReadOnlyList<PersonMeasureChange.InstrumentChange> Measures { get; private set; } = [];

    [TempData]
    public string? StatusMessage { get; set; }

    [BindProperty]
    public HouseholdContactForm Contact { get; set; } = new();

    public bool CanMerge => User.RoleOf() == Domain.Access.Role.Supervisor;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostConsentAsync(Guid id, ConsentKind kind, bool given, string? note, int version, [FromServices] RecordConsent record, CancellationToken cancellationToken) =>
        ChangeAsync(id, () => record.HandleAsync(User, id, new RecordConsent.Command(kind, given, note), version, cancellationToken),
            $"{ConsentLabels.Of(kind)}: consent {(given ? "given" : "withdrawn")}.", cancellationToken);

    public Task<IActionResult> OnPostAddContactAsync(Guid id, int version, [FromServices] AddHouseholdContact add, CancellationToken cancellationToken) =>
        ChangeAsync(id, async () => (await add.HandleAsync(User, id, Contact.ToDetails(), version, cancellationToken)).Person, "The contact is added.", cancellationToken, "Contact");

    public Task<IActionResult> OnPostRemoveContactAsync(Guid id, Guid contactId, int version, [FromServices] RemoveHouseholdContact remove, CancellationToken cancellationToken) =>
        ChangeAsync(id, () => remove.HandleAsync(User, id, contactId, version, cancellationToken), "The contact is removed.", cancellationToken);

    public Task<IActionResult> OnPostAddIdentifierAsync(Guid id, string? system, string? value, int version, [FromServices] AddLocalIdentifier add, CancellationToken cancellationToken) =>
        ChangeAsync(id, () => add.HandleAsync(User, id, new IdentifierInput(system, value), version, cancellationToken), "The record number is added.", cancellationToken, "Identifier");

    public Task<IActionResult> OnPostRemoveIdentifierAsync(Guid id, Guid identifierId, int version, [FromServices] RemoveLocalIdentifier remove, CancellationToken cancellationToken) =>
        ChangeAsync(id, () => remove.HandleAsync(User, id, identifierId, version, cancellationToken), "The record number is removed.", cancellationToken);

    /// <summary>Runs a change; on success back to the record (post, redirect, get), otherwise the record again with what went wrong.</summary>
    private async Task<IActionResult> ChangeAsync(Guid id, Func<Task<Person?>> change, string done, CancellationToken cancellationToken, string prefix = "")
    {
        try
        {
            if (await change() is null)
            {
                return NotFound();
            }

            StatusMessage = done;
            return RedirectToPage(new { id });
        }
        catch (InvalidFieldsException invalid)
        {
            PageFieldErrors.AddTo(ModelState, invalid, prefix);
        }
        catch (DomainRuleException rule)
        {
            ModelState.AddModelError("", rule.Message);
        }
        catch (Exception ex) when (ex is StaleVersionException or DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", "Someone else changed this record while you had it open. It is shown as it is now: check it and try again.");
        }

        db.ChangeTracker.Clear();
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var person = await get.HandleAsync(User, id, cancellationToken);
        if (person is null)
        {
            return false;
        }

        Person = person;
        EthnicityCodes = (await db.Programmes.AsNoTracking().SingleAsync(p => p.Id == person.ProgrammeId, cancellationToken)).EthnicityCodes;
        var recorders = person.ConsentDecisions.Select(d => d.RecordedBy).OfType<Guid>().Distinct().ToList();
        RecorderNames = await db.Users.AsNoTracking().Where(u => recorders.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        Measures = User.WorksCaseload() ? await measures.ForAsync(person.ProgrammeId, person.Id, cancellationToken) : [];
        return true;
    }

    public sealed record HouseholdContactForm
    {
        public string? Name { get; set; }
        public string? Relationship { get; set; }
        public string? Phone { get; set; }
        public string? Email { get; set; }
        public bool IsCarer { get; set; }
        public bool MayBeContacted { get; set; }

        public HouseholdContactDetails ToDetails() => new(Name, Relationship, Phone, Email, IsCarer, MayBeContacted);
    }
}
