namespace Linkwork.Web.Tests.Support;

/// <summary>A clock the tests can move forward, to reach token expiry and lockout ends without waiting.</summary>
public sealed class TestClock : TimeProvider
{
    private TimeSpan _offset;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + _offset;

    public void Advance(TimeSpan by) => _offset += by;
}
