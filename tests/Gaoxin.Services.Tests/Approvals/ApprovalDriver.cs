using System.Globalization;
using System.Net;
using System.Text.Json;
using Gaoxin.Kernel.Registry;
using Gaoxin.Services.Approvals;
using Gaoxin.Services.Catalogue;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Services.Tests.Approvals;

/// <summary>Applies for catalogue items of the demo zone through the API with a form that passes every field's rule.</summary>
internal static class ApprovalDriver
{
    public const string Applications = "/api/v1/services/applications";

    public sealed record Item(Guid Id, string Code, string Name, string ResultName, List<ItemMaterial> Materials, List<FormField> Fields);

    public static Task<Item> ItemAsync(GaoxinApp app, string code) => app.InScopeAsync(async db =>
    {
        var item = await db.Set<ServiceItem>().SingleAsync(i => i.Code == code);
        return new Item(item.Id, item.Code, item.Name, item.ResultName,
            await db.Set<ItemMaterial>().Where(m => m.ItemId == item.Id).OrderBy(m => m.Order).ToListAsync(),
            await db.Set<FormField>().Where(f => f.ItemId == item.Id).OrderBy(f => f.Order).ToListAsync());
    });

    public static string Good(FormField f) => f.Kind switch
    {
        FieldKind.Number => (f.Min ?? 0).ToString(CultureInfo.InvariantCulture),
        FieldKind.Date => "2026-12-01",
        FieldKind.Choice => f.Choices!.Split('|')[0],
        FieldKind.CreditCode => CreditCode,
        _ => "测试",
    };

    public static string CreditCode
    {
        get
        {
            const string first = "91510300MA62XK0T4";
            return first + UnifiedSocialCreditCode.CheckCharacter(first);
        }
    }

    /// <summary>A body for the items: every field filled well, every material provided unless left out or deferred.</summary>
    public static object Body(IReadOnlyList<Item> items, Func<ItemMaterial, bool>? leaveOut = null, IReadOnlyDictionary<Guid, DateOnly>? defer = null,
        IReadOnlyDictionary<string, string?>? fields = null, Guid? organisationId = null)
    {
        var values = items.SelectMany(i => i.Fields).GroupBy(f => f.Key).ToDictionary(g => g.Key, g => (string?)Good(g.First()));
        foreach (var (k, v) in fields ?? new Dictionary<string, string?>())
        {
            values[k] = v;
        }

        return new
        {
            itemIds = items.Select(i => i.Id).ToArray(),
            fields = values,
            materials = items.Select(i => new
            {
                itemId = i.Id,
                provided = i.Materials.Where(m => !(leaveOut?.Invoke(m) ?? false) && !(defer?.ContainsKey(m.Id) ?? false)).Select(m => m.Id).ToArray(),
                deferred = i.Materials.Where(m => defer?.ContainsKey(m.Id) ?? false).Select(m => new { materialId = m.Id, promisedOn = defer![m.Id] }).ToArray(),
            }).ToArray(),
            organisationId,
        };
    }

    public static async Task<JsonElement> ApplyAsync(HttpClient client, object body)
    {
        var response = await client.PostJsonAsync(Applications, body);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.ReadJsonAsync();
    }

    public static JsonElement ItemOf(JsonElement application, Guid serviceItemId) =>
        application.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("serviceItemId").GetGuid() == serviceItemId);

    public static string ItemUrl(JsonElement application, JsonElement item) =>
        $"{Applications}/{application.GetProperty("id").GetGuid()}/items/{item.GetProperty("id").GetGuid()}";

    public static async Task<JsonElement> GetAsync(HttpClient client, JsonElement application)
    {
        var response = await client.GetAsync($"{Applications}/{application.GetProperty("id").GetGuid()}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.ReadJsonAsync();
    }

    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, text);
        return JsonDocument.Parse(text).RootElement;
    }
}
