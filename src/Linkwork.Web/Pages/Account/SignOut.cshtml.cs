using Linkwork.Data;
using Linkwork.Web.Features.Access;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Linkwork.Web.Pages.Account;

public sealed class SignOutModel(SignInManager<UserAccount> signIn, AuditTrail audit) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (User.Id() is { } id)
        {
            await audit.RecordNowAsync("sign-out", nameof(UserAccount), id, cancellationToken: cancellationToken);
        }

        await signIn.SignOutAsync();
        return Redirect("/");
    }
}
