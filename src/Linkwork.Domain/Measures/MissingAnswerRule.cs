namespace Linkwork.Domain.Measures;

/// <summary>
/// What a part does with unanswered items: up to <see cref="MaxMissing"/> are allowed (the part's score is then the sum
/// of the answered ones); beyond that the whole instrument is refused, naming each unanswered item, unless
/// <see cref="LeaveUnscored"/> says only this part goes without a score (a De Jong Gierveld subscale).
/// <see cref="Description"/> says in words what the publisher's guidance is, or that there is none and Linkwork refuses.
/// </summary>
public sealed record MissingAnswerRule(int MaxMissing, bool LeaveUnscored, string Description, string? Source = null)
{
    public static MissingAnswerRule Refuse(string description, string? source = null) => new(0, false, description, source);
}
