using System.Net;
using System.Text.Json;
using Gaoxin.Kernel.Zones;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gaoxin.Scenes.Tests.Demands;

/// <summary>Helpers of the demand and supply tests: texts no other test shares (so the duplicate check sees only its own), bodies, reads.</summary>
internal static class DemandTestKit
{
    public const string DemandsPath = "/api/v1/scenes/demands";

    /// <summary>Random CJK text: two of these share almost no character bigrams, so tests sharing one app never look like duplicates of each other.</summary>
    public static string Unique(int length)
    {
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = (char)Random.Shared.Next(0x4E00, 0x9FA5);
        }

        return new string(chars);
    }

    public static DateOnly Today(GaoxinApp app) => ZoneClock.Of(app.Services.GetRequiredService<TimeProvider>()).Today;

    public static Dictionary<string, object?> Body(GaoxinApp app, string? title = null, string? problem = null) => new()
    {
        ["title"] = title ?? "需求" + Unique(12),
        ["problem"] = problem ?? "难题" + Unique(60),
        ["industry"] = "NewEnergy",
        ["chainLink"] = "正极材料",
        ["budgetMin"] = 100_000m,
        ["budgetMax"] = 500_000m,
        ["deadline"] = Today(app).AddDays(90).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
    };

    public static async Task<JsonElement> OkAsync(HttpResponseMessage response, HttpStatusCode status = HttpStatusCode.OK)
    {
        response.StatusCode.ShouldBe(status, await response.Content.ReadAsStringAsync());
        return await response.ReadJsonAsync();
    }

    public static Task<Guid> OrganisationAsync(GaoxinApp app, string name) =>
        app.InScopeAsync(db => db.Organisations.Where(o => o.Name == name).Select(o => o.Id).SingleAsync());

    public static Task<int> CountAsync<T>(GaoxinApp app) where T : class => app.InScopeAsync(db => db.Set<T>().CountAsync());
}
