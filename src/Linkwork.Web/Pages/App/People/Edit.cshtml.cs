using Linkwork.Data;
using Linkwork.Domain.Common;
using Linkwork.Domain.People;
using Linkwork.Domain.Programmes;
using Linkwork.Web.Features.Access;
using Linkwork.Web.Features.People;
using Linkwork.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Pages.App.People;

/// <summary>Correct a person's details. The version read travels with the form, so a colleague's change in between is never overwritten.</summary>
[Authorize(Policy = Policies.PeopleRecords)]
public sealed class EditModel(GetPerson get, UpdatePerson update, LinkworkDbContext db) : PageModel
{
    public Person Person { get; private set; } = null!;
    public IReadOnlyList<CodedConcept> EthnicityCodes { get; private set; } = [];

    [BindProperty]
    public PersonInput Input { get; set; } = new();

    [BindProperty]
    public int Version { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Input = PersonInput.From<PersonInput>(Person);
        Version = Person.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            try
            {
                if (await update.HandleAsync(User, id, Input, Version, cancellationToken) is null)
                {
                    return NotFound();
                }

                TempData["StatusMessage"] = "The details are saved.";
                return RedirectToPage("Details", new { id });
            }
            catch (InvalidFieldsException invalid)
            {
                PageFieldErrors.AddTo(ModelState, invalid);
            }
            catch (DomainRuleException rule)
            {
                ModelState.AddModelError("", rule.Message);
            }
            catch (Exception ex) when (ex is StaleVersionException or DbUpdateConcurrencyException)
            {
                ModelState.AddModelError("", "Someone else changed this record since you opened it, so nothing was saved. Open it again to see their change.");
            }
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
        return true;
    }
}
