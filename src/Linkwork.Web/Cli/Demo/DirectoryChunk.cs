using Linkwork.Domain.Access;
using Linkwork.Domain.Directory;

namespace Linkwork.Web.Cli.Demo;

/// <summary>
/// Whole provider organisations with their locations and services: everything a service refers to is in the
/// same chunk, so each chunk can be saved on its own.
/// </summary>
public sealed record DirectoryChunk(IReadOnlyList<Organisation> Organisations, IReadOnlyList<Location> Locations, IReadOnlyList<Service> Services);
