namespace Linkwork.Web.Cli.Demo;

/// <summary>How big a demo programme to generate, and the seed that makes it repeatable.</summary>
public sealed record DemoSize(int People, int Services, int Seed);
