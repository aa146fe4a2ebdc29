using Linkwork.Domain.Coding;
using Linkwork.Domain.Directory;
using Linkwork.Domain.Measures;
using Linkwork.Domain.Pathway;
using Xunit;
using static Linkwork.Domain.Tests.Pathway.PathwayFixtures;

namespace Linkwork.Domain.Tests.Measures;

/// <summary>Which needs an episode's screening shows, and which kind of directory service each calls for.</summary>
public sealed class ScreenedNeedsTests
{
    private static Administration Taken(Episode episode, string instrument, Timepoint timepoint, int minutes, params SdohCategory[] needs)
    {
        var taking = Administration.Start(Guid.CreateVersion7(), episode, new ScheduledMeasure(instrument, timepoint, timepoint == Timepoint.FollowUp ? 12 : null), LinkWorker, Now);
        taking.Complete([], 1, null, needs.Length > 0, needs, Now.AddMinutes(minutes));
        return taking;
    }

    [Fact]
    public void Each_instruments_latest_screen_speaks_for_it_and_a_need_found_twice_is_listed_once_with_the_latest_finding()
    {
        var episode = Assessing();
        var hungerAtBaseline = Taken(episode, "hunger-vital-sign", Timepoint.Baseline, 1, SdohCategory.FoodInsecurity);
        var hrsn = Taken(episode, "ahc-hrsn", Timepoint.Baseline, 2, SdohCategory.FoodInsecurity, SdohCategory.InadequateHousing);
        var loneliness = Taken(episode, "ucla3", Timepoint.Baseline, 3, SdohCategory.SocialConnection);
        var lonelinessLater = Taken(episode, "ucla3", Timepoint.FollowUp, 4);
        var unfinished = Administration.Start(Guid.CreateVersion7(), episode, new ScheduledMeasure("djg6", Timepoint.Baseline), LinkWorker, Now);

        var found = ScreenedNeeds.From([lonelinessLater, hungerAtBaseline, unfinished, hrsn, loneliness]);

        Assert.Equal(
            [(SdohCategory.FoodInsecurity, "ahc-hrsn"), (SdohCategory.InadequateHousing, "ahc-hrsn")],
            found.Select(f => (f.Category, f.InstrumentId)));
        Assert.Equal(Now.AddMinutes(2), found[0].At);
    }

    [Fact]
    public void No_finished_screen_means_no_needs() =>
        Assert.Empty(ScreenedNeeds.From([Administration.Start(Guid.CreateVersion7(), Assessing(), new ScheduledMeasure("ucla3", Timepoint.Baseline), LinkWorker, Now)]));

    [Fact]
    public void The_conversations_needs_count_once_it_is_recorded_and_the_screenings_before_that()
    {
        SdohCategory[] screened = [SdohCategory.FoodInsecurity, SdohCategory.FoodInsecurity, SdohCategory.SocialConnection];
        Assert.Equal([SdohCategory.FoodInsecurity, SdohCategory.SocialConnection], ScreenedNeeds.ThatCount(null, screened));

        var conversation = new WhatMatters("Company", [new IdentifiedNeed(SdohCategory.Stress, null), new IdentifiedNeed(SdohCategory.Stress, "evenings")], null, Now, LinkWorker);
        Assert.Equal([SdohCategory.Stress], ScreenedNeeds.ThatCount(conversation, screened));
        Assert.Empty(ScreenedNeeds.ThatCount(conversation with { Needs = [] }, screened));
    }

    [Theory]
    [InlineData(SdohCategory.FoodInsecurity, NeedCategory.Food)]
    [InlineData(SdohCategory.Homelessness, NeedCategory.Housing)]
    [InlineData(SdohCategory.InadequateHousing, NeedCategory.Housing)]
    [InlineData(SdohCategory.TransportationInsecurity, NeedCategory.Transport)]
    [InlineData(SdohCategory.UtilityInsecurity, NeedCategory.DebtAndBenefits)]
    [InlineData(SdohCategory.SocialConnection, NeedCategory.BefriendingAndGroups)]
    [InlineData(SdohCategory.Stress, NeedCategory.MentalHealthCounselling)]
    [InlineData(SdohCategory.DigitalAccess, NeedCategory.DigitalInclusion)]
    [InlineData(SdohCategory.EmploymentStatus, NeedCategory.JobTraining)]
    public void A_screened_need_calls_for_its_kind_of_directory_service(SdohCategory need, NeedCategory kind) =>
        Assert.Equal(kind, need.ServiceNeed());

    [Theory]
    [InlineData(SdohCategory.IntimatePartnerViolence)]
    [InlineData(SdohCategory.ElderAbuse)]
    [InlineData(SdohCategory.HealthInsuranceCoverageStatus)]
    [InlineData(SdohCategory.SdohCategoryUnspecified)]
    public void A_need_the_directory_has_no_kind_for_calls_for_none(SdohCategory need) => Assert.Null(need.ServiceNeed());
}
