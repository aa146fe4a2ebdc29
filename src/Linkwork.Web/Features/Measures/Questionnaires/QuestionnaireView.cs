using Linkwork.Domain.Coding;
using Linkwork.Domain.Measures;
using Linkwork.Domain.Programmes;

namespace Linkwork.Web.Features.Measures.Questionnaires;

/// <summary>
/// A questionnaire as staff and the API see it: the items with their answer options and the answers kept so far, and,
/// once finished, the score and the needs its positive screens found, each coded in the programme's coding profile.
/// </summary>
public sealed record QuestionnaireView(
    Guid Id,
    Guid EpisodeId,
    string Instrument,
    string Title,
    Timepoint Timepoint,
    int? WeeksAfterPlan,
    AdministrationState State,
    IReadOnlyList<QuestionnaireView.ItemView> Items,
    decimal? Score,
    string? Band,
    bool? Positive,
    IReadOnlyList<QuestionnaireView.NeedView> Needs,
    bool SafeguardingAlerted,
    DateTimeOffset StartedAt,
    DateTimeOffset? CompletedAt,
    DateTimeOffset? LinkExpiresAt,
    int Version)
{
    /// <summary>An item; <c>Answer</c> is the answer kept: the chosen options' values (several for a choose-all item) or the number, empty when unanswered.</summary>
    public sealed record ItemView(int Number, string LinkId, string Label, string? Text, bool Repeats, int? Min, int? Max, IReadOnlyList<OptionView> Options, IReadOnlyList<string> Answer);

    /// <summary>An answer an item offers; <c>Value</c> is what to send back for it: its LOINC code, or its label where it has none.</summary>
    public sealed record OptionView(string Value, string Label);

    /// <summary>A need with its Gravity category; <c>Condition</c> is the condition code in the programme's coding profile, where one is sourced.</summary>
    public sealed record NeedView(SdohCategory Category, string Code, string Label, NeedCodes.Code? Condition);

    public static QuestionnaireView Of(Administration questionnaire, Instrument instrument, CodingProfile profile)
    {
        ArgumentNullException.ThrowIfNull(questionnaire);
        ArgumentNullException.ThrowIfNull(instrument);
        return new QuestionnaireView(
            questionnaire.Id, questionnaire.EpisodeId, instrument.Id, instrument.Title, questionnaire.Timepoint, questionnaire.WeeksAfterPlan,
            questionnaire.State, ItemsOf(instrument, questionnaire.Answers), questionnaire.Score, questionnaire.Band, questionnaire.Positive,
            [.. questionnaire.Needs.Select(need => Need(need, profile))], questionnaire.SafeguardingAlerted, questionnaire.StartedAt,
            questionnaire.CompletedAt, questionnaire.LinkExpiresAt, questionnaire.Version);
    }

    public static NeedView Need(SdohCategory need, CodingProfile profile) => new(need, need.Code(), need.Label(), NeedCodes.For(need, profile));

    /// <summary>The items with the answers kept so far; the person's own page shows the same.</summary>
    public static IReadOnlyList<ItemView> ItemsOf(Instrument instrument, IReadOnlyList<string?> answers)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        ArgumentNullException.ThrowIfNull(answers);
        return [.. instrument.Items.Select(item => new ItemView(
            item.Number, item.LinkId, item.ShortLabel, item.Text, item.Repeats, item.Min, item.Max,
            [.. item.Options.Select(o => new OptionView(o.Code ?? o.Label, o.Label))],
            KeptAnswers.Parts(item.Number <= answers.Count ? answers[item.Number - 1] : null)))];
    }
}
