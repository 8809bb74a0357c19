namespace Gaoxin.Platform.Tests;

/// <summary>The suites that walk every operation read the OpenAPI document, so it must list every API route the app maps.</summary>
public sealed class OpenApiTests(SharedApps apps)
{
    [Fact]
    public async Task The_openapi_document_lists_every_mapped_api_route()
    {
        var app = await apps.GetAsync(Db.Sqlite);
        var documented = (await ApiOperations.ReadAsync(app)).Select(o => o.Key).ToHashSet(StringComparer.Ordinal);
        var mapped = ApiOperations.MappedApiRoutes(app);

        mapped.Count.ShouldBeGreaterThan(50);
        mapped.Where(r => !documented.Contains(r)).ShouldBeEmpty();
    }
}
