using Linkwork.Domain.Pathway;

namespace Linkwork.Web.Features.Pathway.PublicReferrals;

/// <summary>What the public form logs: reasons and ids, never what people typed nor the address they sent it from.</summary>
internal static partial class PublicReferralLog
{
    [LoggerMessage(EventId = 7100, Level = LogLevel.Warning, Message = "A public referral form was refused: {Refusal}")]
    public static partial void Refused(ILogger logger, PublicFormRefusal refusal);

    [LoggerMessage(EventId = 7101, Level = LogLevel.Warning, Message = "A public referral form was refused: too many from one address")]
    public static partial void RateLimited(ILogger logger);

    [LoggerMessage(EventId = 7102, Level = LogLevel.Information, Message = "A public referral was received: episode {EpisodeId} ({Source})")]
    public static partial void Received(ILogger logger, Guid episodeId, ReferralSource source);
}
