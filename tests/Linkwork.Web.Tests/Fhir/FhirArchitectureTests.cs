using Xunit;

namespace Linkwork.Web.Tests.Fhir;

public sealed class FhirArchitectureTests
{
    [Fact]
    public void Firely_stays_inside_interop()
    {
        // The rule of the house: the web host calls Interop's mappers and serialisers; it never compiles against the SDK.
        var references = typeof(Program).Assembly.GetReferencedAssemblies().Select(a => a.Name ?? "").ToList();

        Assert.DoesNotContain(references, name => name.StartsWith("Hl7.", StringComparison.Ordinal));
        Assert.Contains("Linkwork.Interop", references);
    }
}
