using Linkwork.Domain.Directory;
using Linkwork.Domain.Pathway;

namespace Linkwork.Domain.Tests.Pathway;

internal static class PathwayFixtures
{
    public static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);
    public static readonly Guid LinkWorker = Guid.CreateVersion7();
    public static readonly Guid Provider = Guid.CreateVersion7();

    public static Episode Received(ReferralSource source = ReferralSource.GeneralPractice) =>
        Episode.Receive(Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), source, "Lonely since bereavement", Guid.CreateVersion7(), LinkWorker, Now);

    public static Episode Assessing()
    {
        var episode = Received();
        episode.Accept(LinkWorker, Now);
        episode.RecordWhatMatters("Getting out of the house", [new IdentifiedNeed(Coding.SdohCategory.SocialConnection, null)], "Loves gardening", LinkWorker, Now);
        return episode;
    }

    public static Service Service(ReferralMode mode = ReferralMode.AcceptsReferrals, ServiceStatus status = ServiceStatus.Active) =>
        Directory.Service.Create(Guid.CreateVersion7(), Guid.CreateVersion7(), new ServiceDetails
        {
            Name = "Garden club", Description = "Gardening together.", ReferralMode = mode, Status = status,
        }, Now);

    public static OnwardReferral Sent(int deadlineDays = 14)
    {
        var referral = OnwardReferral.Draft(Guid.CreateVersion7(), Assessing(), Service(), "Keen gardener", LinkWorker, Now);
        referral.Send(consentToShare: true, deadlineDays, LinkWorker, Now);
        return referral;
    }
}
