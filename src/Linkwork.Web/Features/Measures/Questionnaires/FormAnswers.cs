using Linkwork.Domain.Measures;

namespace Linkwork.Web.Features.Measures.Questionnaires;

/// <summary>Answers as the questionnaire pages post them: every value of the field item-N is item N's answer.</summary>
public static class FormAnswers
{
    public static IReadOnlyList<AnswerInput> Read(IFormCollection form, int itemCount)
    {
        ArgumentNullException.ThrowIfNull(form);
        return [.. Enumerable.Range(1, itemCount).Select(number =>
        {
            var given = form[$"item-{number}"].Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!).ToList();
            return given.Count switch
            {
                0 => AnswerInput.None,
                1 => AnswerInput.Of(given[0]),
                _ => AnswerInput.Of(given.Select(AnswerInput.Of)),
            };
        })];
    }
}
