using Linkwork.Tests;

namespace Linkwork.Interop.Tests.Hsds;

/// <summary>The published HSDS and Open Referral UK files the tests read (beside the repository, never copied into it).</summary>
internal static class Standards
{
    public static string Hsds => Path.Combine(RepositoryPaths.Standards, "hsds", "v3.0");

    public static string HsdsExamples => Path.Combine(Hsds, "examples");

    public static string UkExamples => Path.Combine(RepositoryPaths.Standards, "oruk", "uk-profile-3.0", "examples");

    public static string Mocks(string name) => Path.Combine(RepositoryPaths.Standards, "oruk", "validator-mocks", "V3.0-UK-" + name);

    public static string HsdsExample(string file) => Path.Combine(HsdsExamples, file);

    public static string UkExample(string file) => Path.Combine(UkExamples, file);
}
