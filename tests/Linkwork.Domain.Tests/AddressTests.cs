using Linkwork.Domain.Directory.Parts;
using Xunit;

namespace Linkwork.Domain.Tests;

public sealed class AddressTests
{
    [Fact]
    public void A_place_is_known_by_its_physical_postcode_else_its_first()
    {
        static Address At(string postcode, string type) => new()
        {
            Id = Guid.CreateVersion7(), Address1 = "1 High Street", City = "Rotherham", StateProvince = "South Yorkshire",
            PostalCode = postcode, Country = "GB", AddressType = type,
        };

        Assert.Equal("S60 1AA", Address.PostcodeOf([At("S1 2BB", "postal"), At("S60 1AA", "physical")]));
        Assert.Equal("S1 2BB", Address.PostcodeOf([At("S1 2BB", "postal")]));
        Assert.Null(Address.PostcodeOf([]));
    }
}
