using Linkwork.Domain.Common;

namespace Linkwork.Web.Pages.App.Episodes;

/// <summary>What a pathway page says when a change is refused: the rule's own words, or why a reload is needed.</summary>
public static class EpisodeMessages
{
    public const string ChangedBySomeoneElse =
        "Someone else changed this since you opened the page, so nothing was saved. Reload the page to see their change, then try again.";

    public static string Explain(Exception refused) => refused switch
    {
        StaleVersionException or Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException => ChangedBySomeoneElse,
        _ => refused.Message,
    };
}
