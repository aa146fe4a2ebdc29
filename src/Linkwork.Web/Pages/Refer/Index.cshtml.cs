using Linkwork.Domain.Common;
using Linkwork.Web.Features.Access;
using Linkwork.Web.Features.Directory;
using Linkwork.Web.Features.Pathway.PublicReferrals;
using Linkwork.Web.Features.Programmes;
using Linkwork.Web.Hosting;
using Linkwork.Web.Pages.App.People;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Linkwork.Web.Pages.Refer;

/// <summary>
/// The public referral form: no sign-in, no CAPTCHA. Scripts are kept out by the antiforgery token, a honeypot field,
/// a sealed "shown at" time (<see cref="PublicFormGuard"/>) and a per-address limit on submissions
/// (<see cref="PublicReferralRateLimit"/>). A refused form keeps what was typed and says what to do, in plain words.
/// </summary>
[EnableRateLimiting(PublicReferralRateLimit.Policy)]
public sealed class ReferModel(GetProgramme programmes, GetServiceListing listings, ReceivePublicReferral receive, PublicFormGuard guard) : PageModel
{
    public const string HoneypotField = "homepage";

    public string? ProgrammeName { get; private set; }
    public string? ServiceName { get; private set; }

    /// <summary>Why the last submission was turned away before it was read, in words for the person.</summary>
    public string? Refusal { get; private set; }

    [BindProperty]
    public ReceivePublicReferral.Command Input { get; set; } = new();

    /// <summary>When the form was shown, sealed; see <see cref="PublicFormGuard"/>.</summary>
    [BindProperty]
    public string? FormToken { get; set; }

    /// <summary>Hidden from people and assistive technology: a value here means a script filled in every box.</summary>
    [BindProperty(Name = HoneypotField)]
    public string? Honeypot { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid? service, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(service, cancellationToken))
        {
            return NotFound();
        }

        FormToken = guard.IssueToken();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(Input.ServiceId, cancellationToken))
        {
            return NotFound();
        }

        if (guard.Check(FormToken, Honeypot) is { } refused)
        {
            // A form sent too soon keeps its time, so sending it again in a moment works; any other gets a fresh one.
            Refusal = Explain(refused);
            FormToken = refused == PublicFormRefusal.TooFast ? FormToken : guard.IssueToken();
            Honeypot = null;
            ModelState.Clear();
            return Page();
        }

        if (ModelState.IsValid)
        {
            try
            {
                var received = await receive.HandleAsync(User, Input, cancellationToken);
                TempData[ReferralReceivedModel.ReferenceKey] = received.Reference;
                TempData[ReferralReceivedModel.ForSomeoneElseKey] = Input.Who == WhoIsReferring.SomeoneElse;
                return RedirectToPage("Received");
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
        else
        {
            ExplainUnreadableFields();
        }

        return Page();
    }

    private async Task<bool> LoadAsync(Guid? service, CancellationToken cancellationToken)
    {
        ProgrammeName = (await programmes.HandleAsync(User.ProgrammeOf(), cancellationToken))?.Name;
        if (service is { } serviceId && await listings.HandleAsync(serviceId, cancellationToken) is { } listing)
        {
            ServiceName = listing.Service.Name;
            Input.ServiceId = serviceId;
        }
        else
        {
            Input.ServiceId = null;
        }

        return ProgrammeName is not null;
    }

    private static string Explain(PublicFormRefusal refusal) => refusal switch
    {
        PublicFormRefusal.TooFast => "The form was sent very quickly, so we could not be sure a person sent it. Please check the details below and send it again.",
        PublicFormRefusal.ExpiredToken => "The form was open for a long time, so for safety it needs sending again. Please check the details below and send it again.",
        _ => "We could not accept the form as it was sent. Please check the details below and send it again.",
    };

    /// <summary>A value the model binder could not read (a date typed as text) gets words a person understands.</summary>
    private void ExplainUnreadableFields()
    {
        foreach (var (key, entry) in ModelState.Where(e => e.Value?.Errors.Count > 0).ToList())
        {
            entry!.Errors.Clear();
            ModelState.AddModelError(key, key == "Input.DateOfBirth"
                ? "Enter the date of birth as a date, for example 27 March 1950."
                : "Check this answer: it could not be read.");
        }
    }
}
