using Linkwork.Domain.Directory;
using Linkwork.Domain.Pathway;
using Linkwork.Web.Cli.Demo;
using Xunit;

namespace Linkwork.Web.Tests.Demo;

public sealed class DemoPathwayBuilderTests
{
    private static readonly DateTimeOffset AsOf = new(2026, 11, 24, 0, 0, 0, TimeSpan.Zero);

    private static readonly Guid DemoLinkWorker = Guid.CreateVersion7();

    private static List<DemoPathwayBuilder.Records> Build(int people = 2_000, int seed = 2026)
    {
        var generator = new DemoGenerator(new DemoSize(people, 1_000, seed), AsOf);
        var services = generator.DirectoryChunks().SelectMany(c => c.Services).Where(s => s.AcceptsReferrals).ToList();
        var cast = new DemoPathwayCast(
            generator.Programme, [Guid.CreateVersion7(), Guid.CreateVersion7()], DemoLinkWorker, Guid.CreateVersion7(),
            generator.ReferrerOrganisations[0].Id, Guid.CreateVersion7(),
            services.Where(s => s.OrganisationId == generator.DemoProvider.Id).ToList(), services.Take(300).ToList());
        var builder = new DemoPathwayBuilder(cast, AsOf, seed);
        return generator.PeopleChunks().SelectMany(c => c).Select((person, index) => builder.For(person, index)).ToList();
    }

    [Fact]
    public void The_demo_has_episodes_and_referrals_in_every_state()
    {
        var records = Build();

        Assert.Equal(Enum.GetValues<EpisodeState>(), records.SelectMany(r => r.Episodes).Select(e => e.State).Distinct().Order());
        Assert.Equal(Enum.GetValues<OnwardReferralState>(), records.SelectMany(r => r.Referrals).Select(r => r.State).Distinct().Order());
    }

    [Fact]
    public void Nothing_happens_after_the_demos_moment_and_no_unanswered_referral_is_past_its_deadline()
    {
        var records = Build();
        var events = records.SelectMany(r => r.Episodes.SelectMany(e => e.UnsavedEvents).Concat(r.Referrals.SelectMany(f => f.UnsavedEvents))).ToList();

        Assert.All(events, e => Assert.True(e.At <= AsOf, $"{e.ToState} at {e.At:O}"));
        Assert.All(records.SelectMany(r => r.Referrals).Where(r => r.State.AwaitsResponse()), r => Assert.True(r.RespondBy > AsOf));
        // About ten events a person is what the benchmark's "100,000 people, 1,000,000 events" relies on.
        Assert.InRange(events.Count / 2_000.0, 7, 14);
    }

    [Fact]
    public void The_demo_link_worker_has_follow_ups_due_today_overdue_and_done_and_two_open_safeguarding_concerns()
    {
        var records = Build(300);
        var today = DateOnly.FromDateTime(AsOf.UtcDateTime);
        var followUps = records.SelectMany(r => r.FollowUps).ToList();
        var concerns = records.SelectMany(r => r.SafeguardingConcerns).ToList();

        Assert.All(followUps, f => Assert.Equal(DemoLinkWorker, f.AssigneeId));
        Assert.Contains(followUps, f => f.State == FollowUpState.Open && f.DueOn == today);
        Assert.Contains(followUps, f => f.IsOverdue(today));
        Assert.Contains(followUps, f => f.State == FollowUpState.Open && f.DueOn > today);
        Assert.Contains(followUps, f => f.State == FollowUpState.Done && f.ClosedAt <= AsOf);
        Assert.Equal(2, concerns.Count(c => c.IsOpen));
        Assert.Single(concerns, c => !c.IsOpen);
        var flagged = records.SelectMany(r => r.Episodes).Where(e => concerns.Any(c => c.EpisodeId == e.Id)).ToList();
        Assert.All(flagged, e => Assert.Equal(DemoLinkWorker, e.LinkWorkerId));
        Assert.All(flagged, e => Assert.Contains(e.UnsavedEvents, ev => ev.ReasonCode == "safeguarding.raised"));
    }

    [Fact]
    public void The_same_seed_gives_the_same_pathway()
    {
        static IEnumerable<string> Lines(List<DemoPathwayBuilder.Records> records) =>
            records.SelectMany(r => r.Episodes.Select(e => $"{e.Id} {e.State} {e.Version}").Concat(r.Referrals.Select(f => $"{f.Id} {f.State} {f.ServiceId}")));

        Assert.Equal(Lines(Build(300)), Lines(Build(300)));
        Assert.NotEqual(Lines(Build(300)), Lines(Build(300, seed: 7)));
    }

    [Fact]
    public void Referrals_go_only_to_services_that_take_them()
    {
        var generator = new DemoGenerator(new DemoSize(500, 1_000, 2026), AsOf);
        var taking = generator.DirectoryChunks().SelectMany(c => c.Services).Where(s => s.AcceptsReferrals).Select(s => s.Id).ToHashSet();

        Assert.All(Build(500).SelectMany(r => r.Referrals), r => Assert.Contains(r.ServiceId, taking));
        Assert.NotEmpty(taking);
        Assert.Contains(ReferralMode.SignpostOnly, generator.DirectoryChunks().SelectMany(c => c.Services).Select(s => s.Details.ReferralMode));
    }
}
