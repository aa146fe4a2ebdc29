using Linkwork.Domain.People;
using Linkwork.Web.Features.Access;
using Linkwork.Web.Features.People;
using Linkwork.Web.Features.Programmes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Linkwork.Web.Pages.Me;

public sealed class MyRecordModel(GetMyRecord records, GetProgramme programmes) : PageModel
{
    public Person Person { get; private set; } = null!;
    public string ProgrammeName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (User.PersonOf() is not { } personId || await records.HandleAsync(personId, cancellationToken) is not { } person)
        {
            return Forbid();
        }

        Person = person;
        ProgrammeName = (await programmes.HandleAsync(User.ProgrammeOf(), cancellationToken))?.Name ?? "The programme";
        return Page();
    }
}
