using Linkwork.Domain.Common;
using Linkwork.Domain.People;
using Xunit;

namespace Linkwork.Domain.Tests;

public sealed class PersonTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("1960-11-24", 66)]
    [InlineData("1960-11-25", 65)]
    [InlineData("2008-02-29", 18)]
    public void Age_counts_whole_years_lived(string born, int age)
    {
        var person = Person.Create(Guid.CreateVersion7(), Guid.CreateVersion7(), "Jean", "Smith", DateOnly.Parse(born, System.Globalization.CultureInfo.InvariantCulture), Sex.Female, Now);
        Assert.Equal(age, person.AgeOn(new DateOnly(2026, 11, 24)));
    }

    [Fact]
    public void Birth_dates_in_the_future_and_impossible_deciles_are_refused()
    {
        Assert.Throws<DomainRuleException>(() => Person.Create(Guid.CreateVersion7(), Guid.CreateVersion7(), "A", "B", new DateOnly(2027, 1, 1), Sex.Male, Now));
        Assert.Throws<DomainRuleException>(() => Person.Create(Guid.CreateVersion7(), Guid.CreateVersion7(), "A", "B", new DateOnly(1970, 1, 1), Sex.Male, Now, deprivationDecile: 11));
    }
}
