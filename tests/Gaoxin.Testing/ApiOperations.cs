using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Gaoxin.Testing;

/// <summary>One operation of the API as the OpenAPI document declares it.</summary>
/// <param name="Method">Upper-case HTTP method.</param>
/// <param name="Path">The path template, e.g. <c>/api/v1/funding/awards/{id}</c>.</param>
/// <param name="BodyContentTypes">The request body's media types (empty when the operation takes no body).</param>
/// <param name="BodySchema">The JSON body's schema with references resolved one level, when it has one.</param>
public sealed record ApiOperation(string Method, string Path, IReadOnlyList<string> BodyContentTypes, JsonElement? BodySchema)
{
    /// <summary>"POST /api/v1/…", the key a policy table uses.</summary>
    public string Key => $"{Method} {Path}";

    public bool TakesJson => BodyContentTypes.Any(t => t.Contains("json", StringComparison.OrdinalIgnoreCase));

    /// <summary>A form upload, or a file that is the body itself (the imports' .xlsx).</summary>
    public bool TakesFile => BodyContentTypes.Any(t => t.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase)
        || t.Contains("spreadsheetml", StringComparison.OrdinalIgnoreCase) || t.Equals("application/octet-stream", StringComparison.OrdinalIgnoreCase));

    /// <summary>The route parameter names in the template, in order.</summary>
    public IReadOnlyList<string> RouteParameters =>
        [.. ApiOperations.RouteParameterNames().Matches(Path).Select(m => m.Groups[1].Value)];

    public override string ToString() => Key;
}

/// <summary>
/// Reads the app's own OpenAPI document, so the suites that walk every operation (authorization matrix, input fuzz)
/// grow with the API instead of with a hand-kept list.
/// </summary>
public static partial class ApiOperations
{
    private static readonly string[] Methods = ["get", "post", "put", "patch", "delete"];

    public static async Task<JsonDocument> DocumentAsync(GaoxinApp app)
    {
        // The document is for signed-in people (the fallback policy holds for it too).
        using var client = await app.SignedInAsync("admin@zigong.demo");
        var response = await client.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    public static async Task<IReadOnlyList<ApiOperation>> ReadAsync(GaoxinApp app)
    {
        using var document = await DocumentAsync(app);
        return Read(document.RootElement.Clone());
    }

    public static IReadOnlyList<ApiOperation> Read(JsonElement document)
    {
        var operations = new List<ApiOperation>();
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var method in Methods)
            {
                if (!path.Value.TryGetProperty(method, out var operation))
                {
                    continue;
                }

                var types = new List<string>();
                JsonElement? schema = null;
                if (operation.TryGetProperty("requestBody", out var body) && body.TryGetProperty("content", out var content))
                {
                    foreach (var type in content.EnumerateObject())
                    {
                        types.Add(type.Name);
                        if (type.Name.Contains("json", StringComparison.OrdinalIgnoreCase) && type.Value.TryGetProperty("schema", out var s))
                        {
                            schema = Resolve(document, s);
                        }
                    }
                }

                operations.Add(new ApiOperation(method.ToUpperInvariant(), path.Name, types, schema));
            }
        }

        return operations;
    }

    /// <summary>Follows a <c>$ref</c> into <c>components/schemas</c>; other schemas are returned as they are.</summary>
    public static JsonElement Resolve(JsonElement document, JsonElement schema)
    {
        if (schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("$ref", out var reference))
        {
            var name = reference.GetString()!.Split('/')[^1];
            return document.GetProperty("components").GetProperty("schemas").GetProperty(name);
        }

        return schema;
    }

    /// <summary>The API routes the running app maps ("METHOD /api/v1/…"), to prove the document misses none.</summary>
    public static IReadOnlyList<string> MappedApiRoutes(GaoxinApp app)
    {
        var sources = app.Services.GetServices<EndpointDataSource>();
        return [.. sources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/v1/", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["ANY"])
                .Select(m => $"{m} {Normalise(e.RoutePattern.RawText!)}"))
            .Distinct()
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>"/api/v1/x/{id:guid}" → "/api/v1/x/{id}", the form OpenAPI uses.</summary>
    public static string Normalise(string template) => RouteConstraint().Replace(template.TrimEnd('/'), "{$1}");

    [GeneratedRegex(@"\{(\w+)[^}]*\}")]
    private static partial Regex RouteConstraint();

    /// <summary>Route parameters anywhere in a segment, e.g. both of <c>/years/{year}.xlsx</c> and <c>/{id:guid}</c>.</summary>
    internal static Regex RouteParameterNames() => RouteConstraint();
}
