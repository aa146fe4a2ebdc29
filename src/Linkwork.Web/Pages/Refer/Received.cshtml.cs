using Linkwork.Web.Features.Access;
using Linkwork.Web.Features.Programmes;
using Linkwork.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Linkwork.Web.Pages.Refer;

/// <summary>
/// The confirmation after the public form: the reference to quote and what happens next. It reads the same whoever was
/// named, because the form never says whether someone is already known. Reached only straight after sending.
/// </summary>
public sealed class ReferralReceivedModel(GetProgramme programmes, IOptions<LinkworkSettings> settings) : PageModel
{
    public const string ReferenceKey = "PublicReferral.Reference";
    public const string ForSomeoneElseKey = "PublicReferral.ForSomeoneElse";

    public string Reference { get; private set; } = "";
    public bool ForSomeoneElse { get; private set; }
    public string ProgrammeName { get; private set; } = "";
    public int? ContactWithinWorkingDays => settings.Value.SelfReferral.ContactWithinWorkingDays;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (TempData[ReferenceKey] is not string reference)
        {
            return RedirectToPage("Index");
        }

        Reference = reference;
        ForSomeoneElse = TempData[ForSomeoneElseKey] is true;
        ProgrammeName = (await programmes.HandleAsync(User.ProgrammeOf(), cancellationToken))?.Name ?? "The programme";
        return Page();
    }
}
