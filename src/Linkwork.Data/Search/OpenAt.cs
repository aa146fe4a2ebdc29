namespace Linkwork.Data.Search;

/// <summary>A moment in the week, in local time, for the open-at filter.</summary>
public readonly record struct OpenAt(DayOfWeek Day, TimeOnly Time);
