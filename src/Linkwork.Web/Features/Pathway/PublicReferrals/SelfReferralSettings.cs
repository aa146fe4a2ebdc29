namespace Linkwork.Web.Features.Pathway.PublicReferrals;

/// <summary>
/// The "Linkwork:SelfReferral" settings: how the public referral form keeps out automated abuse without a CAPTCHA
/// (which shuts out people using screen readers), and what it tells people about the programme's reply.
/// </summary>
public sealed class SelfReferralSettings
{
    /// <summary>A person needs longer than this to fill in the form; a faster submission is a script.</summary>
    public int MinimumSecondsToFill { get; set; } = 5;

    /// <summary>How long a form stays usable after it is shown; long enough for someone who stops to find a date of birth.</summary>
    public int FormLifetimeMinutes { get; set; } = 240;

    /// <summary>
    /// Submissions allowed from one address in <see cref="WindowMinutes"/>. Every submission counts, corrected ones too,
    /// and a surgery or library may share one address: so a handful, not one.
    /// </summary>
    public int PermitsPerWindow { get; set; } = 10;

    public int WindowMinutes { get; set; } = 60;

    /// <summary>Working days within which the team contacts a new referral, told on the confirmation; unset says only "soon".</summary>
    public int? ContactWithinWorkingDays { get; set; }
}
