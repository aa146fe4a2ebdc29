using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Linkwork.Web.Pages.Account;

public sealed class AccessDeniedModel : PageModel
{
    /// <summary>Answers 403, not 200, so that scripts and assistive tools know the request was refused.</summary>
    public void OnGet() => Response.StatusCode = StatusCodes.Status403Forbidden;
}
