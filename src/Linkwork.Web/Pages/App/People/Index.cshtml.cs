using Linkwork.Data;
using Linkwork.Domain.Common;
using Linkwork.Domain.Programmes;
using Linkwork.Web.Features.Access;
using Linkwork.Web.Features.People;
using Linkwork.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Pages.App.People;

/// <summary>Find a person, page through the programme's people, or add someone, seeing first who they might already be.</summary>
[Authorize(Policy = Policies.PeopleRecords)]
public sealed class IndexModel(SearchPeople search, RegisterPerson register, LinkworkDbContext db) : PageModel
{
    public SearchPeople.Page Results { get; private set; } = null!;
    public IReadOnlyList<CodedConcept> EthnicityCodes { get; private set; } = [];
    public IReadOnlyList<FindDuplicates.Candidate> PossibleDuplicates { get; private set; } = [];
    public Guid? ExistingPersonId { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    // Read from the query by hand: "page" is also Razor Pages' own route value (the page's path), which model binding would try first.
    public int PageNumber => int.TryParse(Request.Query["page"], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var page) ? Math.Max(1, page) : 1;

    [BindProperty]
    public NewPersonForm Input { get; set; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Q = null;
        if (ModelState.IsValid)
        {
            try
            {
                var result = await register.HandleAsync(User, Input.ToInput(), cancellationToken);
                if (result.Created is { } person)
                {
                    TempData["StatusMessage"] = $"{person.GivenName} {person.FamilyName} is added.";
                    return RedirectToPage("Details", new { id = person.Id });
                }

                if (result.CertainDuplicate is { } certain)
                {
                    ExistingPersonId = certain.PersonId;
                    ModelState.AddModelError("", $"{certain.Reason} Open their record instead.");
                }
                else
                {
                    PossibleDuplicates = result.PossibleDuplicates;
                    ModelState.AddModelError("Input.ConfirmNotDuplicate",
                        "Someone born the same day has a similar name. Check the people listed; if this is someone else, tick the box and add them again.");
                }
            }
            catch (InvalidFieldsException invalid)
            {
                PageFieldErrors.AddTo(ModelState, invalid);
            }
            catch (DomainRuleException rule)
            {
                ModelState.AddModelError("", rule.Message);
            }
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Results = await search.HandleAsync(User, Q, PageNumber, SearchPeople.DefaultPageSize, cancellationToken);
        var programmeId = User.ProgrammeOf() ?? Guid.Empty;
        EthnicityCodes = (await db.Programmes.AsNoTracking().SingleAsync(p => p.Id == programmeId, cancellationToken)).EthnicityCodes;
    }

    /// <summary>The add-a-person form: the API's fields plus one record number, as a form posts them.</summary>
    public sealed record NewPersonForm : PersonInput
    {
        public string? IdentifierSystem { get; set; }
        public string? IdentifierValue { get; set; }
        public bool ConfirmNotDuplicate { get; set; }

        public NewPersonInput ToInput() => new()
        {
            GivenName = GivenName, FamilyName = FamilyName, PreferredName = PreferredName, DateOfBirth = DateOfBirth, Sex = Sex,
            Gender = Gender, EthnicityCode = EthnicityCode, PreferredLanguage = PreferredLanguage, InterpreterNeeded = InterpreterNeeded,
            NhsNumber = NhsNumber, Phone = Phone, Mobile = Mobile, Email = Email, AddressLine1 = AddressLine1, AddressLine2 = AddressLine2,
            AddressLine3 = AddressLine3, Postcode = Postcode, PreferredContactMethod = PreferredContactMethod, ContactNotes = ContactNotes,
            ConfirmNotDuplicate = ConfirmNotDuplicate,
            LocalIdentifiers = string.IsNullOrWhiteSpace(IdentifierSystem) && string.IsNullOrWhiteSpace(IdentifierValue)
                ? [] : [new IdentifierInput(IdentifierSystem, IdentifierValue)],
        };
    }
}
