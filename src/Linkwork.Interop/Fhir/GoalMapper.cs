using System.Globalization;
using Hl7.Fhir.Model;

namespace Linkwork.Interop.Fhir;

/// <summary>
/// A goal of the person's plan as an SDOHCC Goal: in their words, expressed by them, in its SDOH category, with its
/// progress (scored 0–10; the first score is the baseline) as notes and an achievement status read from the scores.
/// </summary>
public static class GoalMapper
{
    private const string Achievement = "http://terminology.hl7.org/CodeSystem/goal-achievement";

    public static Goal Map(GoalFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var latest = facts.Progress.Count > 0 ? facts.Progress[^1] : ((int Score, string? Note, DateTimeOffset At)?)null;
        var goal = new Goal
        {
            Id = facts.Id.ToString(),
            Meta = FhirReferences.Meta(facts.Version, latest?.At ?? facts.CreatedAt, FhirCodes.SdohGoalProfile),
            LifecycleStatus = facts.EpisodeOpen ? Goal.GoalLifecycleStatus.Active : Goal.GoalLifecycleStatus.Completed,
            AchievementStatus = AchievementOf(facts.Progress.Select(p => p.Score).ToList()),
            Category = [FhirCategories.Sdoh(facts.Category)],
            Description = new CodeableConcept { Text = facts.Text },
            Subject = FhirReferences.To("Patient", facts.PersonId, facts.PersonName),
            Start = new Date(facts.CreatedAt.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ExpressedBy = FhirReferences.To("Patient", facts.PersonId, facts.PersonName),
        };
        if (facts.TargetDate is { } due)
        {
            goal.Target.Add(new Goal.TargetComponent { Due = new Date(due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) });
        }

        foreach (var (score, note, at) in facts.Progress)
        {
            goal.Note.Add(new Annotation
            {
                Time = at.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture),
                Text = new Markdown(note is null ? $"Progress {score}/10" : $"Progress {score}/10: {note}"),
            });
        }

        return goal;
    }

    /// <summary>Against the baseline (the first score): 10 is achieved; higher improving, lower worsening, equal no change.</summary>
    private static CodeableConcept? AchievementOf(IReadOnlyList<int> scores) => scores switch
    {
        [] => null,
        [.., 10] => FhirReferences.Concept(Achievement, "achieved", "Achieved"),
        [_] => FhirReferences.Concept(Achievement, "in-progress", "In Progress"),
        [var first, .., var last] when last > first => FhirReferences.Concept(Achievement, "improving", "Improving"),
        [var first, .., var last] when last < first => FhirReferences.Concept(Achievement, "worsening", "Worsening"),
        _ => FhirReferences.Concept(Achievement, "no-change", "No Change"),
    };
}
