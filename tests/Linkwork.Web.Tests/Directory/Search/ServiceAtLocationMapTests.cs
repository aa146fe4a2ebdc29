using Linkwork.Domain.Directory;
using Linkwork.Web.Features.Directory.Search;
using Xunit;

namespace Linkwork.Web.Tests.DirectorySearch;

public sealed class ServiceAtLocationMapTests
{
    private static readonly Guid A = SearchFixture.Id(1);
    private static readonly Guid B = SearchFixture.Id(2);
    private static readonly Guid C = SearchFixture.Id(3);

    [Fact]
    public void A_page_can_start_and_end_inside_a_service_s_places()
    {
        // A has 2 places, B 3 and C 1: places a0 a1 | b0 b1 b2 | c0.
        var order = ServiceAtLocationOrder.Create([(C, 1), (A, 2), (B, 3), (SearchFixture.Id(4), 0)]);

        Assert.Equal(6, order.Total);
        Assert.Equal([(A, 0, 2), (B, 0, 1)], order.Slice(0, 3));
        Assert.Equal([(B, 1, 2), (C, 0, 1)], order.Slice(3, 3));
        Assert.Equal([(A, 1, 1), (B, 0, 3), (C, 0, 1)], order.Slice(1, 10));
        Assert.Empty(order.Slice(6, 3));
    }

    [Fact]
    public void A_place_is_found_by_id_until_its_service_drops_it_or_is_no_longer_listed()
    {
        var map = new ServiceAtLocationMap();
        var (first, second, third) = (Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7());
        map.Set(Indexed(A, ServiceStatus.Active, first, second));
        map.Set(Indexed(B, ServiceStatus.TemporarilyClosed, third));

        Assert.Equal(A, map.ServiceOf(second));
        Assert.Equal(3, map.InOrder().Total);

        map.Set(Indexed(A, ServiceStatus.Active, first));
        Assert.Null(map.ServiceOf(second));
        Assert.Equal(2, map.InOrder().Total);

        // A place moved to another service belongs to that one, whichever is saved first.
        map.Set(Indexed(C, ServiceStatus.Active, first));
        map.Set(Indexed(A, ServiceStatus.Active, second));
        Assert.Equal(C, map.ServiceOf(first));

        map.Set(Indexed(B, ServiceStatus.Inactive, third));
        Assert.Null(map.ServiceOf(third));
        Assert.Equal([(A, 0, 1), (C, 0, 1)], map.InOrder().Slice(0, 10));
        Assert.Equal([(C, 0, 1)], map.InOrder([B, C]).Slice(0, 10));
    }

    private static IndexedService Indexed(Guid serviceId, ServiceStatus status, params Guid[] places) =>
        new(SearchFixture.Service(1, "Lunch club", null, "Hot meals.") with { ServiceId = serviceId, Status = status }, places);
}
