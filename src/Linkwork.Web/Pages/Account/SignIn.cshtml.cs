using System.ComponentModel.DataAnnotations;
using Linkwork.Data;
using Linkwork.Web.Features.Access;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Linkwork.Web.Pages.Account;

public sealed class SignInModel(SignInManager<UserAccount> signIn, UserManager<UserAccount> users, AuditTrail audit) : PageModel
{
    [BindProperty, Required(ErrorMessage = "Enter your email address."), EmailAddress(ErrorMessage = "Enter an email address like name@example.org.")]
    public string Email { get; set; } = "";

    [BindProperty, Required(ErrorMessage = "Enter your password."), DataType(DataType.Password)]
    public string Password { get; set; } = "";

    [BindProperty]
    public bool RememberMe { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.FindByEmailAsync(Email);
        var result = user is null
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.PasswordSignInAsync(user, Password, RememberMe, lockoutOnFailure: true);

        if (result.Succeeded)
        {
            await audit.RecordNowAsync("sign-in.succeeded", nameof(UserAccount), user!.Id, signingIn: user, cancellationToken: cancellationToken);
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : RoleHome.For(user.Role));
        }

        if (result.RequiresTwoFactor)
        {
            await audit.RecordNowAsync("sign-in.password-accepted", nameof(UserAccount), user!.Id, signingIn: user, cancellationToken: cancellationToken);
            return RedirectToPage("/Account/SignInTwoFactor", new { ReturnUrl, RememberMe });
        }

        if (result.IsLockedOut)
        {
            await audit.RecordNowAsync("sign-in.locked-out", nameof(UserAccount), user!.Id, programmeId: user.ProgrammeId, cancellationToken: cancellationToken);
            ModelState.AddModelError("", "This account is locked after too many failed attempts. Try again in 15 minutes, or ask an administrator.");
            return Page();
        }

        // Unknown account or wrong password get the same answer, so the form does not reveal who has an account.
        // Whoever typed the password is not known to be the account's owner: the actor stays anonymous.
        await audit.RecordNowAsync("sign-in.failed", user is null ? null : nameof(UserAccount), user?.Id, programmeId: user?.ProgrammeId, cancellationToken: cancellationToken);
        ModelState.AddModelError("", "The email address or password is incorrect.");
        return Page();
    }
}
