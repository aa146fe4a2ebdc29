using Linkwork.Domain.Common;
using Linkwork.Domain.Directory;
using Xunit;

namespace Linkwork.Domain.Tests;

/// <summary>The listing form's fields: every value a form shows reads back to the same listing, and bad choices are refused by name.</summary>
public sealed class ServiceFieldTests
{
    private static readonly ServiceDetails Listing = new()
    {
        Name = "Walk and talk",
        Description = "A gentle walk.",
        Status = ServiceStatus.TemporarilyClosed,
        ReferralMode = ReferralMode.AcceptsReferrals,
        Need = NeedCategory.Walking,
        MinimumAge = 18,
    };

    [Fact]
    public void Every_field_round_trips_through_its_form_value()
    {
        var rebuilt = Enum.GetValues<ServiceField>().Aggregate(new ServiceDetails { Name = "x" }, (details, field) => field.With(details, field.ValueIn(Listing)));

        Assert.All(Enum.GetValues<ServiceField>(), field => Assert.Equal(field.ValueIn(Listing), field.ValueIn(rebuilt)));
        Assert.Equal(ServiceStatus.TemporarilyClosed, rebuilt.Status);
        Assert.Equal(NeedCategory.Walking, rebuilt.Need);
    }

    [Theory]
    [InlineData(ServiceField.Status, "closed-ish", "Status is active, temporarily closed")]
    [InlineData(ServiceField.ReferralMode, "Sometimes", "Referrals: 'Sometimes' is not one of the choices")]
    [InlineData(ServiceField.Need, "7", "Kind of support: '7' is not one of the choices")]
    [InlineData(ServiceField.MaximumAge, "-1", "Maximum age must be a whole number of years")]
    public void A_value_that_is_not_a_choice_is_refused_by_name(ServiceField field, string value, string message)
    {
        var refused = Assert.Throws<DomainRuleException>(() => field.With(Listing, value));
        Assert.StartsWith(message, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_blank_need_clears_it_but_a_blank_status_is_refused()
    {
        Assert.Null(ServiceField.Need.With(Listing, " ").Need);
        Assert.Throws<DomainRuleException>(() => ServiceField.Status.With(Listing, ""));
    }
}
