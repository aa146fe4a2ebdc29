using Linkwork.Domain.Common;

namespace Linkwork.Domain.Measures;

/// <summary>
/// A questionnaire a programme loaded itself, as FHIR Questionnaire JSON: either its own instrument with its own scoring,
/// or the wording of a built-in one whose words Linkwork may not ship ((S)WEMWBS) or a translation. Which of the two is
/// decided by the id: a built-in's id means wording only, and the built-in's scoring stays as published.
/// </summary>
public sealed class ProgrammeInstrument
{
    public const int QuestionnaireMaxLength = 500_000;

    private ProgrammeInstrument() { }

    public Guid Id { get; private set; }
    public Guid ProgrammeId { get; private set; }
    public string InstrumentId { get; private set; } = "";

    /// <summary>The Questionnaire as the programme gave it; checked by mapping it to an instrument before it is kept.</summary>
    public string QuestionnaireJson { get; private set; } = "";
    public Guid? UpdatedBy { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public int Version { get; private set; }

    public static ProgrammeInstrument Add(Guid id, Guid programmeId, string instrumentId, string questionnaireJson, Guid? by, DateTimeOffset now)
    {
        var checkedId = new ScheduledMeasure(instrumentId, Timepoint.Baseline).Checked().InstrumentId;
        var loaded = new ProgrammeInstrument { Id = id, ProgrammeId = programmeId, InstrumentId = checkedId, Version = 0 };
        loaded.Replace(questionnaireJson, by, now);
        return loaded;
    }

    /// <summary>A new version of the same questionnaire; questionnaires already answered keep the answers they were given.</summary>
    public void Replace(string questionnaireJson, Guid? by, DateTimeOffset now)
    {
        (QuestionnaireJson, UpdatedBy, UpdatedAt, Version) = (Text.Required(questionnaireJson, "The Questionnaire", QuestionnaireMaxLength), by, now, Version + 1);
    }
}
