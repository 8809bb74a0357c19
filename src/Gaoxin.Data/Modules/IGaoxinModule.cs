using System.Reflection;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Gaoxin.Data.Modules;

/// <summary>
/// A module's one door into the platform: its model part, services, endpoints, pages and navigation.
/// The host lists modules in one place (Gaoxin.Composition.GaoxinModules).
/// </summary>
public interface IGaoxinModule
{
    /// <summary>Stable identifier, e.g. "funding"; also the API segment /api/v1/{Key}.</summary>
    string Key { get; }

    /// <summary>Adds the module's tables. Tables are prefixed with the module key so ownership is visible in the schema.</summary>
    void BuildModel(ModelBuilder modelBuilder);

    /// <summary>
    /// The module's own migrations (its migration-only contexts, one per provider, in its Data/ folder), applied after
    /// the platform's in the order of <c>GaoxinModules.All</c>; null for a module without tables.
    /// </summary>
    MigrationPart? Migrations => null;

    void AddServices(IServiceCollection services, IConfiguration configuration);

    void MapEndpoints(IEndpointRouteBuilder api);

    /// <summary>The assembly holding the module's routable Blazor pages, if any.</summary>
    Assembly? PagesAssembly => null;

    /// <summary>Entries for the side navigation; only modules that exist show up.</summary>
    IReadOnlyList<NavEntry> Navigation => [];

    /// <summary>The area of the side navigation the module's entries are grouped under.</summary>
    NavArea NavigationArea => NavArea.Other;

    /// <summary>Verbs the module adds to the `gaoxin` command line.</summary>
    IReadOnlyList<CliCommand> CliCommands => [];
}

/// <summary>The areas the side navigation groups the modules' pages into, in the order they are shown.</summary>
public enum NavArea
{
    /// <summary>成果转化: achievements, the relay, the pilot base, innovation platforms.</summary>
    Relay = 1,
    /// <summary>企业服务: the enterprise registry, cultivation, policies, services.</summary>
    Enterprises = 2,
    /// <summary>产业招商: industries and chains, leads, major projects.</summary>
    Industry = 3,
    /// <summary>场景应用: the scenes marketplace and unmanned vehicles.</summary>
    Scenes = 4,
    /// <summary>经济运行: the cockpit, indicators, open data.</summary>
    Economy = 5,
    /// <summary>资金管理: the pilot fund and venture capital.</summary>
    Fund = 6,
    /// <summary>Anything a module does not place.</summary>
    Other = 9,
}

/// <summary>A link in the side navigation. <paramref name="TitleKey"/> is looked up in the module's resources by the layout.</summary>
public sealed record NavEntry(string Href, string Title, string Icon, int Order, IReadOnlyList<string>? Roles = null);

/// <summary>
/// A figure for the home page, supplied by whichever module owns the data. <paramref name="ZoneInternal"/> marks the zone's
/// own books (fund balance, revenue, accounts): users acting for an enterprise, institute or vehicle operator never see it.
/// </summary>
public sealed record HeadlineFigure(string Label, string Value, string? Unit, int Order, string? Note = null, bool ZoneInternal = false);

public interface IHeadlineFigureSource
{
    Task<IReadOnlyList<HeadlineFigure>> GetAsync(Guid zoneId, CancellationToken cancellationToken);
}

/// <summary>
/// One line of a person's to-do list on the home page (待办): what waits for them, how many, where to do it, and the
/// nearest date it is due by when it has one. Texts are display names in the current language.
/// </summary>
public sealed record ToDo(string Title, int Count, string Href, int Order, DateOnly? DueBy = null, string? Note = null);

/// <summary>A module's part of the home page's to-dos: only what the actor has to act on, already filtered by role and organisation.</summary>
public interface IToDoSource
{
    Task<IReadOnlyList<ToDo>> ForAsync(Gaoxin.Kernel.Access.Actor actor, CancellationToken cancellationToken);
}
