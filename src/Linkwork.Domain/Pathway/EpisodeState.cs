namespace Linkwork.Domain.Pathway;

/// <summary>The person's time with the social prescribing service (architecture §2).</summary>
public enum EpisodeState
{
    Received,
    Contacting,
    Accepted,
    Declined,
    UnableToContact,
    Assessing,
    Active,
    Discharged,
    EnteredInError,
}

public static class EpisodeMoves
{
    public static StateMachine<EpisodeState> Table { get; } = new("episode", new Dictionary<EpisodeState, EpisodeState[]>
    {
        // A referral can be accepted or declined straight from the referral letter, or after contact.
        [EpisodeState.Received] = [EpisodeState.Contacting, EpisodeState.Accepted, EpisodeState.Declined, EpisodeState.EnteredInError],
        [EpisodeState.Contacting] = [EpisodeState.Accepted, EpisodeState.Declined, EpisodeState.UnableToContact, EpisodeState.EnteredInError],
        [EpisodeState.Accepted] = [EpisodeState.Assessing, EpisodeState.Discharged, EpisodeState.EnteredInError],
        [EpisodeState.Assessing] = [EpisodeState.Active, EpisodeState.Discharged, EpisodeState.EnteredInError],
        [EpisodeState.Active] = [EpisodeState.Discharged, EpisodeState.EnteredInError],
        [EpisodeState.Declined] = [EpisodeState.EnteredInError],
        [EpisodeState.UnableToContact] = [EpisodeState.EnteredInError],
        [EpisodeState.Discharged] = [EpisodeState.EnteredInError],
    });

    /// <summary>States in which the link worker is still working with the person.</summary>
    public static bool IsOpen(this EpisodeState state) =>
        state is EpisodeState.Received or EpisodeState.Contacting or EpisodeState.Accepted or EpisodeState.Assessing or EpisodeState.Active;
}
