using Linkwork.Data;
using Xunit;

namespace Linkwork.Web.Tests.Support;

/// <summary>Base of every test class that runs once per database provider.</summary>
public abstract class AppTests<TApp> : IClassFixture<TApp>
    where TApp : LinkworkApp
{
    protected AppTests(TApp app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (app.Provider == DatabaseProvider.Postgres)
        {
            TestEnvironment.SkipUnlessPostgres();
        }

        App = app;
    }

    protected TApp App { get; }
}
