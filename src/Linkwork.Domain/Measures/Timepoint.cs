namespace Linkwork.Domain.Measures;

/// <summary>When in an episode a measure is taken (architecture §2): at assessment, weeks into the plan, at discharge.</summary>
public enum Timepoint
{
    Baseline,
    FollowUp,
    Discharge,
}
