using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using Gaoxin.PilotBase.Facilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Gaoxin.PilotBase.Tests.Runs;

/// <summary>Who sees which runs, the zone's edge, the measurement boundary and the report files' limits.</summary>
public sealed class RunAccessTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Organisations_see_only_their_own_projects_runs_and_another_zones_project_is_not_found(Db db)
    {
        await using var app = await GaoxinApp.StartAsync(db, services: s => s.AddSingleton<TimeProvider>(new FakeTimeProvider(RunRelayTests.AsOf)));
        var admin = await app.SignedInAsync("admin@zigong.demo");
        var all = (await (await admin.GetAsync("/api/v1/pilot-base/runs?size=200")).ReadJsonAsync());
        var total = all.GetProperty("total").GetInt32();
        total.ShouldBe(24, "one demo run behind each with-pilot project of zone A");

        // The institute (四川轻化工大学) sees the runs of the projects it leads, and no other.
        var institute = await app.SignedInAsync("institute@zigong.demo");
        var own = (await (await institute.GetAsync("/api/v1/pilot-base/runs?size=200")).ReadJsonAsync()).GetProperty("items").EnumerateArray().ToList();
        var ownProjects = (await (await institute.GetAsync("/api/v1/tech-transfer/projects?size=200")).ReadJsonAsync()).GetProperty("items").EnumerateArray()
            .Select(p => p.GetProperty("id").GetGuid()).ToHashSet();
        own.ShouldNotBeEmpty();
        own.ShouldAllBe(r => ownProjects.Contains(r.GetProperty("projectId").GetGuid()));
        var others = all.GetProperty("items").EnumerateArray().Where(r => !ownProjects.Contains(r.GetProperty("projectId").GetGuid())).ToList();
        others.Count.ShouldBe(total - own.Count);
        var foreign = others[0].GetProperty("id").GetGuid();
        (await institute.GetAsync($"/api/v1/pilot-base/runs/{foreign}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await institute.GetAsync($"/api/v1/pilot-base/runs/{own[0].GetProperty("id").GetGuid()}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await institute.PostJsonAsync($"/api/v1/pilot-base/runs/{own[0].GetProperty("id").GetGuid()}/accept", new { })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var export = await institute.GetAsync("/api/v1/pilot-base/runs/export");
        export.StatusCode.ShouldBe(HttpStatusCode.OK);

        // 兴储世纪's one project went to industry without the pilot: its user sees no run at all, not even by id.
        var enterprise = await app.SignedInAsync("enterprise@zigong.demo");
        (await (await enterprise.GetAsync("/api/v1/pilot-base/runs")).ReadJsonAsync()).GetProperty("total").GetInt32().ShouldBe(0);
        (await enterprise.GetAsync($"/api/v1/pilot-base/runs/{foreign}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // A project moved to another zone is not found for this zone's operator, and a run cannot be recorded on it.
        var op = await app.SignedInAsync("operator@zigong.demo");
        var option = (await (await op.GetAsync("/api/v1/pilot-base/runs/projects")).ReadJsonAsync()).EnumerateArray().First();
        var projectId = option.GetProperty("id").GetGuid();
        var line = await app.InScopeAsync(ctx => ctx.Set<Resource>().Where(r => r.Code == "A-PL-01").Select(r => r.Id).SingleAsync());
        var otherZone = Guid.NewGuid();
        await app.InScopeAsync(ctx => ctx.Database.ExecuteSqlAsync($"UPDATE tech_transfer_projects SET \"ZoneId\" = {otherZone} WHERE \"Id\" = {projectId}"));
        var moved = await op.PostJsonAsync("/api/v1/pilot-base/runs", Body(projectId, line, "ZONE-01"));
        moved.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await moved.ReadJsonAsync()).GetProperty("detail").GetString()!.ShouldContain("项目");

        // Another zone's resource is refused too.
        await app.InScopeAsync(ctx => ctx.Database.ExecuteSqlAsync($"UPDATE tech_transfer_projects SET \"ZoneId\" = (SELECT \"ZoneId\" FROM pilot_base_areas LIMIT 1) WHERE \"Id\" = {projectId}"));
        (await op.PostJsonAsync("/api/v1/pilot-base/runs", Body(projectId, Guid.NewGuid(), "ZONE-02"))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_measurement_exactly_at_its_target_max_meets_it_and_report_files_keep_to_their_limits(Db db)
    {
        await using var app = await GaoxinApp.StartAsync(db, services: s => s.AddSingleton<TimeProvider>(new FakeTimeProvider(RunRelayTests.AsOf)));
        var op = await app.SignedInAsync("operator@zigong.demo");
        var projectId = (await (await op.GetAsync("/api/v1/pilot-base/runs/projects")).ReadJsonAsync()).EnumerateArray().First().GetProperty("id").GetGuid();
        var line = await app.InScopeAsync(ctx => ctx.Set<Resource>().Where(r => r.Code == "A-PL-01").Select(r => r.Id).SingleAsync());

        // Exactly at the max (92): met, and a run may be recorded as passed; one ten-thousandth above: refused as a pass.
        var run = await RunRelayTests.RecordAsync(op, projectId, null, line, "EDGE-01", actual: 92m);
        var detail = await (await op.GetAsync($"/api/v1/pilot-base/runs/{run}")).ReadJsonAsync();
        detail.GetProperty("measurements")[0].GetProperty("met").GetBoolean().ShouldBeTrue();
        var over = await op.PostJsonAsync("/api/v1/pilot-base/runs", Body(projectId, line, "EDGE-02", 92.0001m));
        over.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await over.ReadJsonAsync()).GetProperty("rule").GetString().ShouldBe("PassNeedsTargetsMetRule");
        (await op.PostJsonAsync("/api/v1/pilot-base/runs", Body(projectId, line, "EDGE-03", 92.0001m, "Failed"))).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await op.PostJsonAsync("/api/v1/pilot-base/runs", Body(projectId, line, "EDGE-01"))).StatusCode.ShouldBe(HttpStatusCode.Conflict, "the batch code is taken");
        var badYield = await op.PostJsonAsync("/api/v1/pilot-base/runs", Body(projectId, line, "EDGE-04") with { yieldPercent = 100.01m });
        badYield.StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        // Files: a PDF is kept with its SHA-256 and comes back byte for byte; text is refused; past 10 MB is 413.
        var pdf = "%PDF-1.4\n%测试报告\n"u8.ToArray().Concat(new byte[2048]).ToArray();
        var uploaded = await (await Upload(op, run, "检测报告.pdf", pdf, "application/pdf")).ReadJsonAsync();
        uploaded.GetProperty("sha256").GetString().ShouldBe(Convert.ToHexStringLower(SHA256.HashData(pdf)));
        var download = await op.GetAsync($"/api/v1/pilot-base/runs/{run}/reports/{uploaded.GetProperty("id").GetGuid()}");
        download.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        (await download.Content.ReadAsByteArrayAsync()).ShouldBe(pdf);
        (await Upload(op, run, "说明.txt", "纯文本"u8.ToArray(), "text/plain")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Upload(op, run, "数据.xlsx", [0x50, 0x4B, 0x03, 0x04, .. new byte[10]], "application/octet-stream")).StatusCode.ShouldBe(HttpStatusCode.OK, "an .xlsx is told by its zip signature");
        (await Upload(op, run, "数据.zip", [0x50, 0x4B, 0x03, 0x04, .. new byte[10]], "application/octet-stream")).StatusCode.ShouldBe(HttpStatusCode.BadRequest, "a zip is not a workbook");
        (await Upload(op, run, "大文件.pdf", [.. pdf[..8], .. new byte[10 * 1024 * 1024]], "application/pdf")).StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        var viewer = await app.SignedInAsync("viewer@zigong.demo");
        (await Upload(viewer, run, "检测报告.pdf", pdf, "application/pdf")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    private sealed record RunBody(Guid projectId, string batchCode, string startedOn, string endedOn, string inputs, decimal? yieldPercent, string outcome, string summary,
        Guid[] resourceIds, object[] measurements);

    private static RunBody Body(Guid projectId, Guid resource, string batch, decimal actual = 90m, string outcome = "Passed") =>
        new(projectId, batch, "2026-11-01", "2026-11-20", "物料", 95m, outcome, "小结", [resource],
            [new { name = "首次库伦效率", unit = "%", targetMin = 85m, targetMax = 92m, actual }]);

    private static async Task<HttpResponseMessage> Upload(HttpClient client, Guid run, string name, byte[] bytes, string type)
    {
        using var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(type);
        return await client.PostAsync(new Uri($"/api/v1/pilot-base/runs/{run}/reports?fileName={Uri.EscapeDataString(name)}", UriKind.Relative), content);
    }
}
