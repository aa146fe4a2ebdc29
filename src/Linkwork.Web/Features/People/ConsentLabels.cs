using Linkwork.Domain.People;

namespace Linkwork.Web.Features.People;

/// <summary>What each kind of consent means, in the words staff read it to the person.</summary>
public static class ConsentLabels
{
    public static string Of(ConsentKind kind) => kind switch
    {
        ConsentKind.ShareWithReferredOrganisations => "Share details with the organisations they are referred to",
        ConsentKind.ContactBySms => "Contact by text message",
        ConsentKind.ContactByEmail => "Contact by email",
        ConsentKind.Research => "Take part in research and evaluation",
        _ => kind.ToString(),
    };
}
