namespace Linkwork.Domain.Measures;

/// <summary>
/// An answer that needs a same-day safety response whatever the total (PHQ-9 item 9 above 0). It is checked on every
/// scoring, even one refused for other answers, so the alert is never lost to a missing item.
/// </summary>
public sealed record SafeguardingRule(string ItemLinkId, decimal MinValue, string Message, string Source);
