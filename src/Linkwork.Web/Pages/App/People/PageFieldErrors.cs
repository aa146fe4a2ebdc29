using Linkwork.Web.Hosting;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Linkwork.Web.Pages.App.People;

/// <summary>Puts the API's field errors ("givenName") on the page's inputs ("Input.GivenName"), so each message sits by its box.</summary>
public static class PageFieldErrors
{
    /// <summary>Each field's messages go on the box under <paramref name="prefix"/>, or on the page's own property for the <paramref name="pageFields"/>.</summary>
    public static void AddTo(ModelStateDictionary modelState, InvalidFieldsException invalid, string prefix = "Input", params string[] pageFields)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(invalid);
        foreach (var (field, messages) in invalid.Errors)
        {
            var property = field.Length == 0 ? "" : $"{char.ToUpperInvariant(field[0])}{field[1..]}";
            var key = property.Length == 0 || pageFields.Contains(property) ? property : $"{prefix}.{property}";
            foreach (var message in messages)
            {
                modelState.AddModelError(key, message);
            }
        }
    }
}
