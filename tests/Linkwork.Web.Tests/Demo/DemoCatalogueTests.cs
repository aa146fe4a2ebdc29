using Linkwork.Domain.Directory;
using Linkwork.Web.Cli.Demo;
using Xunit;

namespace Linkwork.Web.Tests.Demo;

public sealed class DemoCatalogueTests
{
    [Fact]
    public void Every_need_has_several_organisation_names_services_and_schedules()
    {
        Assert.All(Enum.GetValues<NeedCategory>(), need =>
        {
            var profile = DemoCatalogue.Need(need);
            Assert.Equal(need, profile.Need);
            Assert.True(profile.FixedNames.Length >= 2, need + " has too few borough-wide names");
            Assert.True(profile.AreaNames.Length >= 4, need + " has too few area name patterns");
            Assert.True(profile.Services.Length >= 5, need + " has too few service templates");
            Assert.True(profile.Schedules.Length >= 2, need + " has too few schedules");
            Assert.NotEmpty(profile.Descriptions);
            Assert.InRange(profile.ChargePercent, 0, 100);
            Assert.True(profile.ChargePercent == 0 || profile.Services.Any(t => t.Cost is not null), need + " charges but no service says what");
            Assert.All(profile.Services, t =>
            {
                Assert.InRange(t.MinimumAge, 0, t.MaximumAge);
                Assert.InRange(t.Schedule, 0, profile.Schedules.Length - 1);
            });
            Assert.All(profile.Schedules, s => Assert.InRange(s.DaysPicked, 1, s.Days.Length));
            Assert.DoesNotContain(need, profile.Related);
        });
    }

    [Fact]
    public void Organisation_names_made_from_the_catalogue_never_collide()
    {
        var names = new List<string>();
        foreach (var need in Enum.GetValues<NeedCategory>())
        {
            var profile = DemoCatalogue.Need(need);
            names.AddRange(profile.FixedNames.Select(f => f.Name));
            names.AddRange(profile.AreaNames.SelectMany(pattern => DemoCatalogue.Areas.Select(area => pattern.For(area.Place))));
        }

        var repeated = names.GroupBy(n => n, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.Empty(repeated);
    }

    [Fact]
    public void Fixed_names_have_real_home_areas_and_areas_lie_in_the_bounding_box()
    {
        Assert.All(
            Enum.GetValues<NeedCategory>().SelectMany(n => DemoCatalogue.Need(n).FixedNames),
            f => Assert.InRange(DemoCatalogue.AreaIndex(f.HomeArea), 0, DemoCatalogue.Areas.Length - 1));
        Assert.All(DemoCatalogue.Areas, a =>
        {
            Assert.True(DemoCatalogue.IsInBoundingBox(a.Latitude, a.Longitude), a.Name + " lies outside the box");
            Assert.InRange(a.TypicalDecile, 1, 10);
            Assert.NotEmpty(a.Sectors);
        });
        Assert.Equal(DemoCatalogue.Areas.Length, DemoCatalogue.Areas.Select(a => a.Place).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Ethnicities_are_the_19_census_groups_weighted_like_Rotherham()
    {
        Assert.Equal(19, DemoCatalogue.Ethnicities.Length);
        Assert.Equal(19, DemoCatalogue.Ethnicities.Select(e => e.Code).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(10_000, DemoCatalogue.Ethnicities.Sum(e => e.WeightPer10000));
        Assert.InRange(DemoCatalogue.Ethnicities.Single(e => e.Code == DemoCatalogue.WhiteBritishCode).WeightPer10000, 8_500, 9_000);
    }

    [Fact]
    public void Every_name_origin_has_names_for_both_sexes_and_parallel_family_names()
    {
        Assert.All(Enum.GetValues<NameOrigin>(), origin =>
        {
            foreach (var year in new[] { 1940, 1970, 2000 })
            {
                var pool = DemoCatalogue.NamesFor(origin, year);
                Assert.NotEmpty(pool.Female);
                Assert.NotEmpty(pool.Male);
                Assert.NotEmpty(pool.Family);
                Assert.Equal(pool.Family.Length, pool.FemaleFamily.Length);
                Assert.All(pool.Family.Concat(pool.FemaleFamily), n => Assert.DoesNotContain("|", n, StringComparison.Ordinal));
            }
        });
    }
}
