using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Gaoxin.Testing;

/// <summary>
/// One seeded demo app per provider, shared by a test assembly's tests that only read or change their own records.
/// Register it with [assembly: AssemblyFixture(typeof(SharedApps))].
/// </summary>
public sealed class SharedApps : IAsyncDisposable
{
    private readonly ConcurrentDictionary<Db, Lazy<Task<GaoxinApp>>> _apps = new();

    public Task<GaoxinApp> GetAsync(Db db)
    {
        TestDatabase.SkipUnlessAvailable(db);
        return _apps.GetOrAdd(db, d => new Lazy<Task<GaoxinApp>>(() => GaoxinApp.StartAsync(d))).Value;
    }

    public async ValueTask DisposeAsync()
    {
        // An app that failed to start has nothing to dispose; its test already reported why.
        foreach (var app in _apps.Values.Where(a => a.IsValueCreated && a.Value.IsCompletedSuccessfully))
        {
            await (await app.Value).DisposeAsync();
        }
    }
}

public static class JsonResponses
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>(Options))!;
}
