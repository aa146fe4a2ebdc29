using Linkwork.Data;
using Linkwork.Web.Features.Access;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Linkwork.Web.Pages.Account;

public sealed class ChangePasswordModel(UserManager<UserAccount> users, SignInManager<UserAccount> signIn, AuditTrail audit) : PageModel
{
    [BindProperty]
    public string? Current { get; set; }

    [BindProperty]
    public string? New { get; set; }

    [TempData]
    public string? StatusMessage { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(User) ?? throw new InvalidOperationException("The signed-in account no longer exists.");
        var result = await users.ChangePasswordAsync(user, Current ?? "", New ?? "");
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError("", error.Code == "PasswordMismatch" ? "Your current password is not right." : error.Description);
            }

            return Page();
        }

        await audit.RecordNowAsync("password.changed", nameof(UserAccount), user.Id, cancellationToken: cancellationToken);
        await signIn.RefreshSignInAsync(user);
        StatusMessage = "Your password is changed.";
        return RedirectToPage();
    }
}
