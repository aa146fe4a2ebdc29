namespace Linkwork.Domain.Directory;

/// <summary>Whether a link worker can send a tracked referral to the service or only point people to it.</summary>
public enum ReferralMode
{
    SignpostOnly,
    AcceptsReferrals,
}
