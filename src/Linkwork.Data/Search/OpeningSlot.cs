namespace Linkwork.Data.Search;

/// <summary>
/// One weekly opening in the service's local time: open from <paramref name="Opens"/> (inclusive) to
/// <paramref name="Closes"/> (exclusive) on <paramref name="Day"/>. A slot that closes at or before it opens
/// runs past midnight into the next day.
/// </summary>
public sealed record OpeningSlot(DayOfWeek Day, TimeOnly Opens, TimeOnly Closes);
