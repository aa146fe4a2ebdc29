using Xunit;

namespace Linkwork.Web.Tests.Support;

/// <summary>What ./test.sh provided. Under CI a missing dependency fails the tests instead of skipping them.</summary>
public static class TestEnvironment
{
    public static string? PostgresConnectionString => Environment.GetEnvironmentVariable("LINKWORK_TEST_POSTGRES");

    /// <summary>A python3 that has Debian's aiosmtpd, for the local SMTP sink of the email tests.</summary>
    public static string? SmtpSinkPython => Environment.GetEnvironmentVariable("LINKWORK_TEST_SMTP_PYTHON");

    public static bool RequireAll => Environment.GetEnvironmentVariable("LINKWORK_TEST_REQUIRE_ALL") == "1";

    public static void SkipUnlessPostgres()
    {
        if (PostgresConnectionString is null)
        {
            Assert.False(RequireAll, "LINKWORK_TEST_POSTGRES is not set, and CI requires the PostgreSQL tests to run.");
            Assert.Skip("PostgreSQL is not available (run ./test.sh, which starts a throwaway server).");
        }
    }

    public static void SkipUnlessSmtpSink()
    {
        if (SmtpSinkPython is null)
        {
            Assert.False(RequireAll, "LINKWORK_TEST_SMTP_PYTHON is not set, and CI requires the email delivery tests to run.");
            Assert.Skip("No local SMTP sink: Debian's python3-aiosmtpd is not installed (./test.sh installs it when run as root).");
        }
    }
}
