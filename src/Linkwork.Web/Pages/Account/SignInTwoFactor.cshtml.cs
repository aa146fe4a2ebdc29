using System.ComponentModel.DataAnnotations;
using Linkwork.Data;
using Linkwork.Web.Features.Access;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Linkwork.Web.Pages.Account;

public sealed class SignInTwoFactorModel(SignInManager<UserAccount> signIn, AuditTrail audit) : PageModel
{
    [BindProperty, Required(ErrorMessage = "Enter the 6-digit code from your authenticator app.")]
    public string Code { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool RememberMe { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Account/SignIn") : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return RedirectToPage("/Account/SignIn");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await signIn.TwoFactorAuthenticatorSignInAsync(AuthenticatorCode.Normalise(Code), RememberMe, rememberClient: false);
        if (result.Succeeded)
        {
            await audit.RecordNowAsync("sign-in.succeeded", nameof(UserAccount), user.Id, signingIn: user, cancellationToken: cancellationToken);
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : RoleHome.For(user.Role));
        }

        await audit.RecordNowAsync(result.IsLockedOut ? "sign-in.locked-out" : "sign-in.second-factor-failed", nameof(UserAccount), user.Id, programmeId: user.ProgrammeId, cancellationToken: cancellationToken);
        ModelState.AddModelError("", result.IsLockedOut
            ? "This account is locked after too many failed attempts. Try again in 15 minutes."
            : "That code is not right. Check the time on your phone and try the newest code.");
        return Page();
    }
}
