using Linkwork.Domain.Measures;
using Xunit;

namespace Linkwork.Domain.Tests.Measures;

public sealed class ScoreChangeTests
{
    private static readonly MeaningfulChange ThreePoints = new(3, "test source");

    [Fact]
    public void One_score_is_no_change_yet()
    {
        Assert.Null(ScoreChange.Across([20m], ThreePoints));
        Assert.Null(ScoreChange.Across([], ThreePoints));
    }

    [Theory]
    [InlineData(19.98, 22.98, 3, true)]
    [InlineData(19.98, 22.97, 2.99, false)]
    [InlineData(23, 20, -3, true)]
    [InlineData(23, 21, -2, false)]
    public void The_change_runs_from_the_first_score_to_the_latest_and_is_meaningful_at_the_threshold_either_way(double first, double latest, double points, bool meaningful)
    {
        var change = ScoreChange.Across([(decimal)first, 40m, (decimal)latest], ThreePoints)!;
        Assert.Equal(((decimal)first, (decimal)latest, (decimal)points, (bool?)meaningful), (change.Baseline, change.Latest, change.Points, change.Meaningful));
    }

    [Fact]
    public void Without_a_sourced_threshold_nothing_is_called_meaningful()
    {
        Assert.Null(ScoreChange.Across([5m, 9m], null)!.Meaningful);
    }
}
