using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Gaoxin.Composition;
using Gaoxin.Data;
using Gaoxin.Data.Http;
using Gaoxin.Data.Identity;
using Gaoxin.Data.Modules;
using Gaoxin.Data.Seeding;
using Gaoxin.Web.Api;
using Gaoxin.Web.Components;
using Gaoxin.Web.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using MudBlazor.Services;
using Scalar.AspNetCore;

namespace Gaoxin.Web.Hosting;

/// <summary>Builds and runs the web host: services, middleware, endpoints, pages, start-up checks.</summary>
public static class GaoxinWebHost
{
    public static readonly CultureInfo[] Cultures = [new("zh-CN"), new("en")];

    public const string CultureCookie = ".Gaoxin.Culture";

    public static WebApplicationBuilder AddGaoxinWeb(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var settings = DatabaseSettings.From(builder.Configuration, builder.Environment.ContentRootPath);
        services.AddGaoxinData(settings, builder.Configuration);

        // Chinese must reach the browser as text, not as &#x…; entities.
        services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.AddHttpContextAccessor();
        services.AddScoped<Gaoxin.Data.Audit.IAuditActor, HttpAuditActor>();

        services.AddGaoxinIdentity();
        services.AddGaoxinForwardedHeaders(builder.Configuration);
        services.Configure<SignInThrottleOptions>(builder.Configuration.GetSection(SignInThrottle.SectionName));
        services.AddSingleton<SignInThrottle>();
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, RevalidatingIdentityStateProvider>();
        // Messages go to the bottom right, at most three at once and no repeats, so they never cover the app bar's sign-out.
        services.AddMudServices(o =>
        {
            o.SnackbarConfiguration.PositionClass = MudBlazor.Defaults.Classes.Position.BottomRight;
            o.SnackbarConfiguration.MaxDisplayedSnackbars = 3;
            o.SnackbarConfiguration.PreventDuplicates = true;
        });

        services.AddProblemDetails(o => o.CustomizeProblemDetails = c =>
        {
            // The trace id, as the request's log lines carry it (RequestLogScope): what a person reports finds the logs.
            c.ProblemDetails.Extensions["traceId"] = System.Diagnostics.Activity.Current?.TraceId.ToHexString() ?? c.HttpContext.TraceIdentifier;
            c.ProblemDetails.Title ??= ProblemTitles.For(c.ProblemDetails.Status);
        });
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.AddOpenApi("v1", o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "Gaoxin API";
            doc.Info.Description = "高新区与创新中心管理平台的接口。认证：浏览器会话 Cookie，或 Authorization: Bearer gx_… 个人访问令牌。";
            return Task.CompletedTask;
        }));
        services.AddGaoxinHealth(builder.Configuration);
        builder.AddGaoxinObservability();
        services.AddScoped<IHeadlineFigureSource, PlatformHeadlineFigures>();
        services.AddScoped<CurrentPrincipal>();
        services.AddScoped<UserAdministration>();
        services.AddScoped<OrganisationDirectory>();
        services.AddScoped<AccessTokenService>();
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        return builder;
    }

    public static async Task<int> RunGaoxinAsync(this WebApplication app)
    {
        var seedDemo = GaoxinEnvironment.SeedDemo(app.Configuration, app.Environment);
        try
        {
            // A deployment may migrate apart, as the owner role (gaoxin migrate); /readyz then names what is pending.
            if (app.Configuration.GetValue("Database:MigrateAtStart", true))
            {
                await GaoxinDatabase.PrepareAsync(app.Services, seedDemo);
            }
            else
            {
                await GaoxinDatabase.EnsureReachableAsync(app.Services);
            }
        }
        catch (Exception ex) when (ex is DatabaseUnavailableException or InvalidOperationException)
        {
            await Console.Error.WriteLineAsync(ex.Message);
            return 1;
        }

        app.UseGaoxinPipeline();
        if (app.Environment.IsDevelopment())
        {
            app.Lifetime.ApplicationStarted.Register(() => PrintWelcome(app, seedDemo));
        }

        await app.RunAsync();
        return 0;
    }

    private static void UseGaoxinPipeline(this WebApplication app)
    {
        var modules = app.Services.GetServices<IGaoxinModule>().ToList();
        // Before all: every log line of the request carries its trace id and the acting user (read when written).
        app.Use(RequestLogScope.Begin);
        // First: the scheme (cookies' Secure flag, HSTS) and the client's address (the sign-in throttle) behind a trusted proxy.
        app.UseForwardedHeaders();
        // /metrics for this machine or a scraper with the token only: decided on the address the proxy vouched for.
        app.Use(MetricsAccess.Gate(app.Configuration));
        app.UseExceptionHandler();
        app.UseWhen(ApiOrPageStatus.IsApi, api => api.UseStatusCodePages(ApiOrPageStatus.WriteProblem));
        app.UseWhen(ctx => !ApiOrPageStatus.IsApi(ctx), pages => pages.UseStatusCodePagesWithReExecute("/not-found"));
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.Use(SecurityHeaders.Add);
        app.UseRequestLocalization(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(Cultures[0]);
            o.SupportedCultures = Cultures;
            o.SupportedUICultures = Cultures;
            // The zone works in Chinese: the browser's language does not switch it, only the person's choice does.
            o.RequestCultureProviders = [new CookieRequestCultureProvider { CookieName = CultureCookie }];
        });
        // Routing after the status-code pages, so a re-executed 404 is routed to the not-found page.
        app.UseRouting();
        app.UseAuthentication();
        app.Use(TokenScopes.Check);
        app.Use(OriginCheck.Check);
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapStaticAssets().AllowAnonymous();
        app.MapGaoxinHealth();
        app.MapGaoxinMetrics();
        app.MapOpenApi("/openapi/{documentName}.json");
        // No web fonts: the zone's network may have no internet, and the page must not reach out (#22).
        app.MapScalarApiReference("/api/docs", o => o.WithTitle("Gaoxin API").WithOpenApiRoutePattern("/openapi/{documentName}.json").DisableDefaultFonts());

        // One input contract for every JSON body, both databases alike (RequestValidation).
        var api = app.MapGroup("/api/v1").RequireAuthorization().CheckRequestBodies();
        PlatformEndpoints.Map(api);
        foreach (var module in modules)
        {
            module.MapEndpoints(api.MapGroup("/" + module.Key).WithTags(module.Key));
        }

        AccountEndpoints.Map(app);
        app.MapRazorComponents<App>()
            // The one Content-Security-Policy is SecurityHeaders' (frame-ancestors 'none'); Blazor's own second header would duplicate it.
            .AddInteractiveServerRenderMode(o => o.ContentSecurityFrameAncestorsPolicy = null)
            .AddAdditionalAssemblies([.. modules.Select(m => m.PagesAssembly).OfType<System.Reflection.Assembly>().Distinct()]);
    }

    private static void PrintWelcome(WebApplication app, bool seeded)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var settings = app.Services.GetRequiredService<DatabaseSettings>();
        var lines = new List<string>
        {
            string.Empty,
            "高新区管理平台 Gaoxin 已启动",
            "  地址：" + string.Join("  ", addresses),
            "  数据库：" + settings.Describe(),
        };
        if (seeded)
        {
            lines.Add($"  演示账号（密码均为 {DemoData.Password}）：");
            lines.AddRange(DemoData.Users.Select(u => $"    {u.Email,-24} {u.Role,-16} {u.DisplayName}（{u.Organisation}）"));
        }

        lines.Add(string.Empty);
        Console.WriteLine(string.Join(Environment.NewLine, lines));
    }
}
