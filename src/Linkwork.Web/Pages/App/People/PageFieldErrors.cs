using Linkwork.Web.Hosting;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Linkwork.Web.Pages.App.People;

/// <summary>Puts the API's field errors ("givenName") on the page's inputs ("Input.GivenName"), so each message sits by its box.</summary>
public static class PageFieldErrors
{
    public static void AddTo(ModelStateDictionary modelState, InvalidFieldsException invalid, string prefix = "Input")
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(invalid);
        foreach (var (field, messages) in invalid.Errors)
        {
            var key = field.Length == 0 ? "" : $"{prefix}.{char.ToUpperInvariant(field[0])}{field[1..]}";
            foreach (var message in messages)
            {
                modelState.AddModelError(key, message);
            }
        }
    }
}
