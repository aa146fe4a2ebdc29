namespace Linkwork.Web.Pages.Shared;

/// <summary>The languages the public pages offer by name, with their ISO 639 codes: nobody filling in a form knows the codes.</summary>
public static class CommonLanguages
{
    public static IReadOnlyList<(string Code, string Name)> All { get; } =
    [
        ("en", "English"), ("ur", "Urdu"), ("pa", "Punjabi"), ("pl", "Polish"), ("sk", "Slovak"), ("cs", "Czech"), ("ro", "Romanian"),
        ("ar", "Arabic"), ("ku", "Kurdish"), ("bn", "Bengali"), ("zh", "Chinese"), ("fa", "Persian"),
    ];
}
