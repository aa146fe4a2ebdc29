using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Linkwork.Web.Pages;

/// <summary>The page people see for a missing page or a fault; it never shows technical detail.</summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public string Heading { get; private set; } = "";
    public string Explanation { get; private set; } = "";

    public void OnGet(int status) => Describe(status);

    public void OnPost(int status) => Describe(status);

    private void Describe(int status)
    {
        (Heading, Explanation) = status switch
        {
            404 => ("Page not found", "There is no page at this address. Check the address, or start again from the directory."),
            403 => ("You do not have access to this page", "Your role or organisation does not allow you to see this page."),
            429 => ("Please try again later", "Several forms have just been sent from this connection, so to keep the service safe from misuse "
                + "this one was not sent. Nothing you typed was kept. Please try again in an hour, or contact the team another way."),
            >= 500 => ("Sorry, something went wrong", "The problem has been recorded. Please try again in a few minutes."),
            _ => ("Something was not right with that request", "Please go back and try again."),
        };
        Response.StatusCode = status is >= 400 and < 600 ? status : StatusCodes.Status400BadRequest;
    }
}
