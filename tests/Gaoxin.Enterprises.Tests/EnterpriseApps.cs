using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

[assembly: AssemblyFixture(typeof(Gaoxin.Enterprises.Tests.EnterpriseApps))]

namespace Gaoxin.Enterprises.Tests;

/// <summary>One seeded demo app per provider for the module's HTTP tests.</summary>
public sealed class EnterpriseApps : IAsyncDisposable
{
    private readonly ConcurrentDictionary<Db, Lazy<Task<GaoxinApp>>> _apps = new();

    public Task<GaoxinApp> GetAsync(Db db)
    {
        TestDatabase.SkipUnlessAvailable(db);
        return _apps.GetOrAdd(db, d => new Lazy<Task<GaoxinApp>>(() => GaoxinApp.StartAsync(d))).Value;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var app in _apps.Values.Where(a => a.IsValueCreated && a.Value.IsCompletedSuccessfully))
        {
            await (await app.Value).DisposeAsync();
        }
    }
}

internal static class Json
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>(Options))!;
}
