using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Gaoxin.Data.Seeding;
using Gaoxin.Kernel.Access;

namespace Gaoxin.Platform.Tests;

/// <summary>
/// Issue #13's authorization matrix: every operation of the OpenAPI document × anonymous and the seven demo roles, held
/// against the one declared table (<see cref="AuthorizationMatrix"/>). Anonymous gets 401, a role the table does not
/// allow gets 403, an allowed role passes the gate (any answer but 401/403: a dummy body or an unknown id may well be
/// 400/404/422). An operation missing from the table, or a table entry the API no longer has, fails. Route ids are
/// unknown GUIDs, so no permitted write finds a record to change; the app is a fresh one per database all the same.
/// </summary>
public sealed partial class AuthorizationMatrixTests
{
    public static readonly IReadOnlyDictionary<string, string> Users = new Dictionary<string, string>
    {
        [Roles.ZoneAdmin] = "admin@zigong.demo",
        [Roles.CenterOperator] = "operator@zigong.demo",
        [Roles.Reviewer] = "reviewer@zigong.demo",
        [Roles.EnterpriseUser] = "enterprise@zigong.demo",
        [Roles.InstituteUser] = "institute@zigong.demo",
        [Roles.VehicleOperator] = "vehicle@zigong.demo",
        [Roles.Viewer] = "viewer@zigong.demo",
        [Roles.DepartmentOfficer] = "officer@zigong.demo",
    };

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Every_operation_answers_every_role_as_the_declared_table_says(Db db)
    {
        TestDatabase.SkipUnlessAvailable(db);
        await using var app = await GaoxinApp.StartAsync(db);
        var operations = await ApiOperations.ReadAsync(app);
        var keys = operations.Select(o => o.Key).ToHashSet();

        var undeclared = keys.Where(k => !AuthorizationMatrix.Table.ContainsKey(k)).Order(StringComparer.Ordinal).ToList();
        var stale = AuthorizationMatrix.Table.Keys.Where(k => !keys.Contains(k)).Order(StringComparer.Ordinal).ToList();

        var clients = new Dictionary<string, HttpClient>();
        foreach (var (role, email) in Users)
        {
            clients[role] = await app.SignedInAsync(email, DemoData.Password);
        }

        var anonymous = app.Client();
        HttpClient? operatorToken = null;
        var ids = new IdsFromLists(clients);
        var violations = new List<string>();
        var observed = new StringBuilder();
        var cells = 0;
        // Deletes last, so nothing a permitted delete might reach is missing for a later cell.
        foreach (var operation in operations.OrderBy(o => o.Method == "DELETE").ThenBy(o => o.Key, StringComparer.Ordinal))
        {
            var declared = AuthorizationMatrix.Table.GetValueOrDefault(operation.Key);
            var route = await ids.ForAsync(operation, Roles.ZoneAdmin);
            var status = (int)(await SendAsync(anonymous, operation, route)).StatusCode;
            cells++;
            var anonymousAllowed = declared?.Anonymous == true;
            // Outside /api the cookie's challenge is the sign-in page, not a 401.
            var challenged = status == 401 || (!operation.Path.StartsWith("/api/", StringComparison.Ordinal) && status == 302);
            if (anonymousAllowed ? status is 401 or 403 : !challenged)
            {
                violations.Add($"{operation.Key} anonymous: {status}, expected {(anonymousAllowed ? "to pass" : "401")}");
            }

            var allowed = new List<string>();
            foreach (var role in Roles.All)
            {
                status = (int)(await SendAsync(clients[role], operation, route)).StatusCode;
                cells++;
                var passed = status is not (401 or 403);
                if (passed)
                {
                    allowed.Add(role);
                }

                if (declared is null)
                {
                    continue;
                }

                var permitted = declared.Roles.Contains(role);
                // A signed-in person is not the machine scheme a token-only operation asks for: challenged (401), not forbidden.
                var refusal = declared.OperatorToken ? 401 : 403;
                if (permitted && !passed)
                {
                    violations.Add($"{operation.Key} {role}: {status}, the table allows it");
                }
                else if (!permitted && status != refusal)
                {
                    violations.Add($"{operation.Key} {role}: {status}, expected {refusal}");
                }
            }

            if (declared?.OperatorToken == true)
            {
                operatorToken ??= await OperatorTokenClientAsync(app, clients[Roles.VehicleOperator]);
                status = (int)(await SendAsync(operatorToken, operation, route)).StatusCode;
                cells++;
                if (status is 401 or 403)
                {
                    violations.Add($"{operation.Key} operator token: {status}, the table allows it");
                }

                using var forged = app.Client();
                forged.DefaultRequestHeaders.Authorization = new("Bearer", "gxo_" + new string('x', 43));
                status = (int)(await SendAsync(forged, operation, route)).StatusCode;
                cells++;
                if (status != 401)
                {
                    violations.Add($"{operation.Key} forged operator token: {status}, expected 401");
                }
            }

            // Organisation-bound roles against a record of another organisation (one the admin lists and they do not) and one of their own.
            var bound = false;
            foreach (var role in BoundRoles.Where(allowed.Contains))
            {
                if (await ids.OwnAndOtherAsync(operation, role) is not var (own, other))
                {
                    continue;
                }

                bound = true;
                var response = await SendAsync(clients[role], operation, other);
                cells++;
                // Where the body is checked before the record (BodyFirst), the dummy body's 400 comes first: no data either way.
                if ((int)response.StatusCode is not (403 or 404) && !(declared?.BodyFirst == true && response.StatusCode == HttpStatusCode.BadRequest))
                {
                    violations.Add($"{operation.Key} {role} on another organisation's record: {(int)response.StatusCode}, expected 403/404");
                }

                if (own is not null)
                {
                    var mine = (int)(await SendAsync(clients[role], operation, own)).StatusCode;
                    cells++;
                    if (mine is 401 or 403)
                    {
                        violations.Add($"{operation.Key} {role} on its own record: {mine}");
                    }
                }
            }

            if (declared is not null && declared.OrganisationBound != bound)
            {
                violations.Add($"{operation.Key}: the table says organisation-bound {declared.OrganisationBound}, the lists say {bound}");
            }

            observed.AppendLine($"[\"{operation.Key}\"] = Allow({string.Join(", ", allowed.Select(r => "R." + r))}){(bound ? ".Bound" : "")},");
        }

        TestContext.Current.SendDiagnosticMessage($"authorization matrix ({db}): {operations.Count} operations × {Roles.All.Count + 1} principals = {cells} cells, {violations.Count} violations");
        undeclared.ShouldBeEmpty($"operations missing from AuthorizationMatrix.Table; as observed now:\n{observed}");
        stale.ShouldBeEmpty("AuthorizationMatrix.Table names operations the API no longer has");
        violations.ShouldBeEmpty(string.Join("\n", violations));
    }

    /// <summary>A client holding a real operator token, issued by the demo's VehicleOperator user for its organisation.</summary>
    private static async Task<HttpClient> OperatorTokenClientAsync(GaoxinApp app, HttpClient vehicleOperator)
    {
        using var body = new StringContent("{\"name\":\"authorization matrix\"}", Encoding.UTF8, "application/json");
        var issued = await vehicleOperator.PostAsync(new Uri(AuthorizationMatrix.OperatorTokenIssue, UriKind.Relative), body);
        issued.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await issued.Content.ReadAsStringAsync());
        var client = app.Client();
        client.DefaultRequestHeaders.Authorization = new("Bearer", json.RootElement.GetProperty("token").GetString());
        return client;
    }

    private static readonly string[] BoundRoles = [Roles.EnterpriseUser, Roles.InstituteUser, Roles.VehicleOperator];

    internal static async Task<HttpResponseMessage> SendAsync(HttpClient client, ApiOperation operation, IReadOnlyDictionary<string, string>? ids = null)
    {
        var path = IdsFromLists.Parameter().Replace(operation.Path, m => Fill(m.Groups[1].Value, ids));
        using var request = new HttpRequestMessage(new HttpMethod(operation.Method), path);
        if (operation.Method is "POST" or "PUT" or "PATCH")
        {
            if (operation.TakesJson || operation.BodyContentTypes.Count == 0)
            {
                request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
            }
            else if (operation.BodyContentTypes.Any(t => t.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase)))
            {
                request.Content = new MultipartFormDataContent();
            }
            else
            {
                request.Content = new ByteArrayContent([]);
                request.Content.Headers.ContentType = new(operation.BodyContentTypes[0]);
            }
        }

        return await client.SendAsync(request);
    }

    private static string Fill(string parameter, IReadOnlyDictionary<string, string>? ids) =>
        ids?.GetValueOrDefault(parameter) ?? parameter switch
        {
            "year" => "2025",
            "month" => "6",
            "number" => "1",
            "name" => "unknown",
            _ => Guid.CreateVersion7().ToString(),
        };
}

/// <summary>
/// Real ids for route parameters: the first record of the list the path's prefix names (GET /api/v1/enterprises for
/// /api/v1/enterprises/{id}), as the admin sees it; a parameter without such a list gets an unknown GUID. For an
/// organisation-bound role: one record of its own list and one the admin lists but it does not (another organisation's).
/// </summary>
internal sealed partial class IdsFromLists(IReadOnlyDictionary<string, HttpClient> clients)
{
    private readonly Dictionary<(string Role, string Url), List<string>?> _lists = [];

    public async Task<Dictionary<string, string>> ForAsync(ApiOperation operation, string role)
    {
        var ids = new Dictionary<string, string>();
        foreach (var (parameter, prefix) in Prefixes(operation.Path))
        {
            var list = await ListAsync(role, Fill(prefix, ids));
            if (list is { Count: > 0 })
            {
                ids[parameter] = list[0];
            }
        }

        return ids;
    }

    public async Task<(Dictionary<string, string>? Own, Dictionary<string, string> Other)?> OwnAndOtherAsync(ApiOperation operation, string role)
    {
        var prefixes = Prefixes(operation.Path).ToList();
        if (prefixes.Count == 0)
        {
            return null;
        }

        var (parameter, prefix) = prefixes[0];
        var all = await ListAsync(Roles.ZoneAdmin, prefix);
        var mine = await ListAsync(role, prefix);
        if (all is null || mine is null)
        {
            return null;
        }

        var other = all.FirstOrDefault(id => !mine.Contains(id));
        if (other is null)
        {
            return null;
        }

        var own = mine.Count > 0 ? new Dictionary<string, string> { [parameter] = mine[0] } : null;
        return (own, new Dictionary<string, string> { [parameter] = other });
    }

    private static IEnumerable<(string Parameter, string Prefix)> Prefixes(string path)
    {
        foreach (Match m in Parameter().Matches(path))
        {
            var wholeSegment = path[m.Index - 1] == '/' && (m.Index + m.Length == path.Length || path[m.Index + m.Length] == '/');
            if (wholeSegment && m.Groups[1].Value is not ("year" or "month" or "number" or "name"))
            {
                yield return (m.Groups[1].Value, path[..(m.Index - 1)]);
            }
        }
    }

    private static string Fill(string prefix, Dictionary<string, string> ids) =>
        Parameter().Replace(prefix, m => ids.GetValueOrDefault(m.Groups[1].Value) ?? Guid.Empty.ToString());

    /// <summary>Every id on the list's first page of 200 (a list of records, or a page with items), or null when there is no list, or it is not complete.</summary>
    private async Task<List<string>?> ListAsync(string role, string url)
    {
        if (_lists.TryGetValue((role, url), out var known))
        {
            return known;
        }

        List<string>? ids = null;
        var response = await clients[role].GetAsync(new Uri(url + "?size=200", UriKind.Relative));
        if (response.IsSuccessStatusCode && response.Content.Headers.ContentType?.MediaType == "application/json")
        {
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            var root = json.RootElement;
            var items = root.ValueKind == JsonValueKind.Array ? root : root.ValueKind == JsonValueKind.Object && root.TryGetProperty("items", out var i) ? i : default;
            var complete = !(root.ValueKind == JsonValueKind.Object && root.TryGetProperty("total", out var total) && total.GetInt32() > items.GetArrayLength());
            if (items.ValueKind == JsonValueKind.Array && complete)
            {
                ids = [.. items.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object && e.TryGetProperty("id", out _)).Select(e => e.GetProperty("id").ToString())];
            }
        }

        _lists[(role, url)] = ids;
        return ids;
    }

    [GeneratedRegex("\\{([A-Za-z]+)\\}")]
    internal static partial Regex Parameter();
}
