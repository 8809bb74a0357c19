using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Platform.Tests;

/// <summary>
/// Input fuzz: every operation with a JSON body, called by the first demo role that is not refused it, gets hostile values
/// generated from its body schema in the app's OpenAPI document (per string: NUL, a control character, a bidi override, 100 KB;
/// per number: 2^63−1, −1e18, 1e400, 1000.125, "NaN"; per date: 0001-01-01, 9999-12-31; per enum: 12345, "NoSuchValue"), and
/// bodies that are not JSON, empty, null, an array, 10,000 levels deep. Asserts: never a 5xx; the same status on SQLite and
/// PostgreSQL for each (operation, input); nothing written on a refusal (row counts of every table, audit log included).
/// Runs on fresh apps of its own, so no other test's writes move the fingerprint.
/// </summary>
public sealed class InputFuzzTests(ITestOutputHelper output)
{
    private static readonly string[] SignIns =
        ["admin@zigong.demo", "operator@zigong.demo", "reviewer@zigong.demo", "enterprise@zigong.demo", "institute@zigong.demo", "vehicle@zigong.demo", "viewer@zigong.demo", "officer@zigong.demo"];

    /// <summary>Route values that are not ids, and the random GUIDs used where no real id is found (the same on both databases).</summary>
    private static readonly Dictionary<string, string> Fixed = new(StringComparer.Ordinal)
    {
        ["year"] = (DateTime.UtcNow.Year - 1).ToString(CultureInfo.InvariantCulture),
        ["month"] = "9",
        ["number"] = "1",
    };

    private static readonly Guid RandomId = Guid.Parse("0190a5c2-7e1b-7000-8000-00000000f00d");

    [Fact]
    public async Task Hostile_bodies_never_answer_5xx_answer_alike_on_both_databases_and_write_nothing_when_refused()
    {
        var results = new Dictionary<Db, Dictionary<string, int>>();
        var figures = new StringBuilder();
        var failures = new List<string>();
        foreach (var db in new[] { Db.Sqlite, Db.Postgres })
        {
            if (db == Db.Postgres && TestDatabase.PostgresServer is null)
            {
                continue;
            }

            await using var app = await GaoxinApp.StartAsync(db);
            var run = await RunAsync(app, failures);
            results[db] = run.Statuses;
            figures.AppendLine(CultureInfo.InvariantCulture, $"{db}: {run.Operations} operations, {run.Statuses.Count} requests, 5xx {run.ServerErrors}, writes on refusal {run.WritesOnRefusal}, refused {run.Refused}");
        }

        var mismatches = results.Count < 2 ? [] : results[Db.Sqlite].Where(r => results[Db.Postgres].TryGetValue(r.Key, out var pg) && pg != r.Value)
            .Select(r => $"{r.Key}: SQLite {r.Value}, PostgreSQL {results[Db.Postgres][r.Key]}").ToList();
        figures.AppendLine(CultureInfo.InvariantCulture, $"mismatches between databases: {mismatches.Count}");
        output.WriteLine(figures.ToString());
        await File.WriteAllTextAsync(Path.Combine(Path.GetTempPath(), "gaoxin-input-fuzz.txt"), figures + string.Join(Environment.NewLine, failures.Concat(mismatches)), TestContext.Current.CancellationToken);
        failures.AddRange(mismatches);
        failures.ShouldBeEmpty(figures.ToString());
    }

    private sealed record Run(int Operations, Dictionary<string, int> Statuses, int ServerErrors, int WritesOnRefusal, int Refused);

    private async Task<Run> RunAsync(GaoxinApp app, List<string> failures)
    {
        using var document = await ApiOperations.DocumentAsync(app);
        var root = document.RootElement;
        var operations = ApiOperations.Read(root).Where(o => o.TakesJson).OrderBy(o => o.Key, StringComparer.Ordinal).ToList();
        var clients = new Dictionary<string, HttpClient>();
        async Task<HttpClient> ClientAsync(string email) => clients.TryGetValue(email, out var c) ? c : clients[email] = await app.SignedInAsync(email);
        var fingerprint = await Fingerprint.ForAsync(app);
        var statuses = new Dictionary<string, int>(StringComparer.Ordinal);
        int serverErrors = 0, writes = 0, refused = 0;
        try
        {
            foreach (var operation in operations)
            {
                var admin = await ClientAsync(SignIns[0]);
                var path = await FillRouteAsync(admin, operation);
                HttpClient? caller = null;
                foreach (var email in SignIns)
                {
                    var probe = await SendAsync(await ClientAsync(email), operation.Method, path, "{}");
                    if (probe.StatusCode != HttpStatusCode.Forbidden)
                    {
                        caller = await ClientAsync(email);
                        break;
                    }
                }

                if (caller is null)
                {
                    continue;
                }

                foreach (var (name, body) in Inputs(root, operation))
                {
                    var before = await fingerprint.ReadAsync();
                    var response = await SendAsync(caller, operation.Method, path, body);
                    var status = (int)response.StatusCode;
                    var key = $"{operation.Key} {name}";
                    statuses[key] = status;
                    if (status >= 500)
                    {
                        serverErrors++;
                        failures.Add($"{app.Database.Kind} {key}: {status} {await response.Content.ReadAsStringAsync()}");
                    }
                    else if (status >= 400)
                    {
                        refused++;
                        var after = await fingerprint.ReadAsync();
                        if (after != before)
                        {
                            writes++;
                            failures.Add($"{app.Database.Kind} {key}: refused with {status} but wrote ({before} → {after})");
                        }
                    }
                }
            }
        }
        finally
        {
            foreach (var c in clients.Values)
            {
                c.Dispose();
            }
        }

        output.WriteLine($"{app.Database.Kind}: {operations.Count} operations with a JSON body");
        return new Run(operations.Count, statuses, serverErrors, writes, refused);
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string method, string path, string? body)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative));
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        return await client.SendAsync(request);
    }

    /// <summary>Fills <c>{id}</c> with a real id of the collection before it where a GET lists one; other ids with a fixed random GUID.</summary>
    private static async Task<string> FillRouteAsync(HttpClient admin, ApiOperation operation)
    {
        var segments = operation.Path.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            if (!segments[i].StartsWith('{'))
            {
                continue;
            }

            var name = segments[i].Trim('{', '}');
            if (Fixed.TryGetValue(name, out var value))
            {
                segments[i] = value;
                continue;
            }

            segments[i] = RandomId.ToString();
            if (name == "id")
            {
                var list = await admin.GetAsync(string.Join('/', segments[..i]));
                if (list.IsSuccessStatusCode && FirstId(await list.Content.ReadAsStringAsync()) is { } real)
                {
                    segments[i] = real;
                }
            }
        }

        return string.Join('/', segments);
    }

    private static string? FirstId(string json)
    {
        try
        {
            var node = JsonNode.Parse(json);
            var items = node is JsonArray a ? a : node?["items"] as JsonArray;
            return items?.FirstOrDefault()?["id"]?.GetValue<object>()?.ToString();
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>The hostile inputs of one operation: whole bodies, then each property of the body in turn.</summary>
    private static IEnumerable<(string Name, string? Body)> Inputs(JsonElement document, ApiOperation operation)
    {
        yield return ("not-json", "this is not json");
        yield return ("empty", null);
        yield return ("null", "null");
        yield return ("array", "[]");
        yield return ("deep", new string('[', 10_000) + new string(']', 10_000));
        if (operation.BodySchema is not { } schema)
        {
            yield break;
        }

        var properties = Schema.Properties(document, schema);
        var baseline = new JsonObject();
        foreach (var (name, kind) in properties)
        {
            baseline[name] = kind.Plausible();
        }

        foreach (var (name, kind) in properties)
        {
            foreach (var (label, value) in kind.Hostile())
            {
                var body = baseline.DeepClone().AsObject();
                body[name] = value?.DeepClone();
                yield return ($"{name}={label}", body.ToJsonString(JsonResponses.Options));
            }
        }
    }

    private enum Kind { Text, Date, DateTime, Integer, Number, Enum, Guid, Boolean, Other }

    private static class Schema
    {
        public static List<(string Name, KindOf Kind)> Properties(JsonElement document, JsonElement schema)
        {
            var result = new List<(string, KindOf)>();
            if (!Resolve(document, schema).TryGetProperty("properties", out var properties))
            {
                return result;
            }

            foreach (var p in properties.EnumerateObject())
            {
                result.Add((p.Name, KindOf.From(document, Resolve(document, p.Value))));
            }

            return result;
        }

        /// <summary>Follows <c>$ref</c> and picks the non-null branch of <c>anyOf</c>/<c>oneOf</c>.</summary>
        public static JsonElement Resolve(JsonElement document, JsonElement schema)
        {
            for (var i = 0; i < 5; i++)
            {
                schema = ApiOperations.Resolve(document, schema);
                var union = schema.TryGetProperty("anyOf", out var any) ? any : schema.TryGetProperty("oneOf", out var one) ? one : default;
                if (union.ValueKind != JsonValueKind.Array)
                {
                    return schema;
                }

                schema = union.EnumerateArray().FirstOrDefault(s => !(s.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String && t.GetString() == "null"));
            }

            return schema;
        }
    }

    private sealed record KindOf(Kind Kind, string? EnumValue)
    {
        public static KindOf From(JsonElement document, JsonElement schema)
        {
            if (schema.ValueKind != JsonValueKind.Object)
            {
                return new(Kind.Other, null);
            }

            if (schema.TryGetProperty("enum", out var values))
            {
                var first = values.EnumerateArray().FirstOrDefault(v => v.ValueKind != JsonValueKind.Null);
                return new(Kind.Enum, first.ValueKind == JsonValueKind.String ? first.GetString() : first.ToString());
            }

            var types = schema.TryGetProperty("type", out var t)
                ? t.ValueKind == JsonValueKind.Array ? t.EnumerateArray().Select(x => x.GetString()!).ToList() : [t.GetString()!]
                : [];
            var format = schema.TryGetProperty("format", out var f) ? f.GetString() : null;
            return format switch
            {
                "date" => new(Kind.Date, null),
                "date-time" => new(Kind.DateTime, null),
                "uuid" => new(Kind.Guid, null),
                _ when types.Contains("integer") => new(Kind.Integer, null),
                _ when types.Contains("number") => new(Kind.Number, null),
                _ when types.Contains("boolean") => new(Kind.Boolean, null),
                _ when types.Contains("string") => new(Kind.Text, null),
                _ => new(Kind.Other, null),
            };
        }

        public JsonNode? Plausible() => Kind switch
        {
            Kind.Text => "模糊测试",
            Kind.Date => "2025-06-01",
            Kind.DateTime => "2030-06-01T00:00:00+08:00",
            Kind.Integer => 1,
            Kind.Number => 1,
            Kind.Enum => EnumValue is { } v && int.TryParse(v, out var n) ? n : EnumValue,
            Kind.Guid => RandomId.ToString(),
            Kind.Boolean => false,
            _ => null,
        };

        public IEnumerable<(string Label, JsonNode? Value)> Hostile()
        {
            switch (Kind)
            {
                case Kind.Text:
                    yield return ("nul", "名\u0000称");
                    yield return ("bell", "名\u0007称");
                    yield return ("bidi", "名\u202E称");
                    yield return ("100kb", new string('x', 100_000));
                    break;
                case Kind.Integer or Kind.Number:
                    yield return ("long-max", JsonNode.Parse("9223372036854775807"));
                    yield return ("-1e18", JsonNode.Parse("-1e18"));
                    yield return ("1e400", JsonNode.Parse("1e400"));
                    yield return ("1000.125", JsonNode.Parse("1000.125"));
                    yield return ("nan", "NaN");
                    break;
                case Kind.Date:
                    yield return ("0001", "0001-01-01");
                    yield return ("9999", "9999-12-31");
                    break;
                case Kind.DateTime:
                    yield return ("0001", "0001-01-01T00:00:00Z");
                    yield return ("9999", "9999-12-31T23:59:59Z");
                    break;
                case Kind.Enum:
                    yield return ("12345", 12345);
                    yield return ("no-such", "NoSuchValue");
                    break;
            }
        }
    }

    /// <summary>Row counts of every table of the model (the audit log among them), read in one statement.</summary>
    private sealed class Fingerprint(GaoxinApp app, string sql)
    {
        public static async Task<Fingerprint> ForAsync(GaoxinApp app)
        {
            var sql = await app.InScopeAsync(ctx =>
            {
                var postgres = ctx.Database.ProviderName!.Contains("Npgsql", StringComparison.Ordinal);
                var tables = ctx.Model.GetEntityTypes().Select(e => (Table: e.GetTableName(), Schema: e.GetSchema())).Where(t => t.Table is not null).Distinct()
                    .Select(t => t.Schema is null ? $"\"{t.Table}\"" : $"\"{t.Schema}\".\"{t.Table}\"").Order(StringComparer.Ordinal).ToList();
                var counts = string.Join(postgres ? " || ',' || " : " || ',' || ", tables.Select(t => $"(SELECT COUNT(*) FROM {t})"));
                return Task.FromResult($"SELECT {counts} AS \"Value\"");
            });
            return new Fingerprint(app, sql);
        }

        public Task<string> ReadAsync() => app.InScopeAsync(ctx => ctx.Database.SqlQueryRaw<string>(sql).SingleAsync());
    }
}
