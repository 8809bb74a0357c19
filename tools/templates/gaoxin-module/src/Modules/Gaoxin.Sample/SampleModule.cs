using System.Reflection;
using Gaoxin.Data.Http;
using Gaoxin.Data.Modules;
using Gaoxin.Sample.Requests;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Gaoxin.Sample;

/// <summary>The module's one door: its tables, migrations, services, routes, pages and navigation.</summary>
public sealed class SampleModule : IGaoxinModule
{
    public string Key => "sample";

    public void BuildModel(ModelBuilder modelBuilder) => Data.SampleModel.Build(modelBuilder);

    public MigrationPart Migrations => MigrationPart.Of<Data.SampleSqliteMigrations, Data.SamplePostgresMigrations>(Key);

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
    }

    /// <summary>The table of contents: one line per route; each handler lives in the feature folder it serves.</summary>
    public void MapEndpoints(IEndpointRouteBuilder api)
    {
        var requests = api.MapGroup("/requests").ProducesRefusals().RequireAuthorization(p => p.RequireRole(SampleAccess.Deciders));
        requests.MapPost("/", OpenRequest.Handle).Validate<OpenRequestInput>();
        requests.MapPost("/{id:guid}/approve", ApproveRequest.Handle);
    }

    public Assembly? PagesAssembly => typeof(SampleModule).Assembly;

    /// <summary>The navigation area the module's pages are grouped under; pick the one its users look in.</summary>
    public NavArea NavigationArea => NavArea.Other;

    public IReadOnlyList<NavEntry> Navigation =>
    [
        new("/sample", SampleText.Get("Nav.Sample"), MudBlazor.Icons.Material.Filled.Extension, 90, SampleAccess.Deciders),
    ];
}
