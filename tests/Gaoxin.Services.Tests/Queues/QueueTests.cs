using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Gaoxin.Services.Approvals;
using Gaoxin.Services.Queues;
using static Gaoxin.Services.Tests.Queues.QueueData;

namespace Gaoxin.Services.Tests.Queues;

/// <summary>
/// The department queue on Monday 28 September 2026, after the Mid-Autumn days off (Friday 25 – Sunday 27 September) and before the
/// National Day holiday (1–7 October off, Saturday 10 October worked; Sunday 20 September was worked): who sees what, the order by due day, remaining working days across the holiday, states, counts and paging.
/// </summary>
public sealed class QueueTests
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private sealed record Row(Guid Id, string Number, string Enterprise, string ItemName, string Department, DateOnly AcceptedOn, DateOnly DueOn,
        int Remaining, int LimitDays, decimal UsedShare, ItemStatus Status, ClockState State, string? DeferredMaterial, DateOnly? DeferredPromisedOn);

    private sealed record PageOf(List<Row> Items, int Number, int Size, int Total);

    private sealed record Counts(int All, int Normal, int Warning, int Overdue, int Paused);

    private sealed record View(PageOf Page, Counts Counts, DateOnly Today, bool CalendarCovers);

    private static async Task<View> GetAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync("/api/v1/services/queue" + query);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<View>(Json))!;
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_officer_sees_their_departments_open_items_by_due_day_with_remaining_working_days_states_counts_and_pages(Db db)
    {
        var today = D(2026, 9, 28);
        var data = await StartAsync(db, today);
        await using var _ = data.App;

        // 经济发展局 (officer@): six open items, one decided; 规划建设局: one.
        await data.AddAsync("QT-001", "兴储世纪", "SV-004", 5, D(2026, 9, 28));                  // due Sat 10 Oct (调休): 5 left across the holiday
        await data.AddAsync("QT-002", "兴储世纪", "SV-001", 3, D(2026, 9, 25));                  // due Wed 30 Sep: 2 left of 3
        await data.AddAsync("QT-003", "九识智能", "SV-004", 5, D(2026, 9, 21));                  // due Tue 29 Sep (25 Sep off): 1 left of 5 = 80% used
        await data.AddAsync("QT-004", "九识智能", "SV-001", 1, D(2026, 9, 25));                  // due today (the next working day): 0 left, not late
        await data.AddAsync("QT-005", "兴储世纪", "SV-001", 3, D(2026, 9, 21));                  // due Thu 24 Sep: 1 working day late (25 Sep off)
        await data.AddAsync("QT-006", "九识智能", "SV-002", 20, D(2026, 8, 27),                  // due Wed 23 Sep; returned for correction on 10 Sep
            i => i.PauseForCorrection(D(2026, 9, 10), Cn, "补充规划选址意见", "test", At(D(2026, 9, 10))));
        await data.AddAsync("QT-007", "兴储世纪", "SV-001", 3, D(2026, 9, 14),
            i => i.Decide(true, D(2026, 9, 16), Cn, null, "test", At(D(2026, 9, 16))));
        await data.AddAsync("QT-008", "兴储世纪", "SV-006", 20, D(2026, 9, 1));                  // 规划建设局
        await data.AddAsync("QT-009", "兴储世纪", "SV-003", 15, D(2026, 9, 21),
            i => i.Defer("节能审查意见", D(2026, 10, 15)));

        var officer = await data.App.SignedInAsync("officer@zigong.demo");
        var view = await GetAsync(officer, "");
        view.Today.ShouldBe(today);
        view.CalendarCovers.ShouldBeTrue();
        var rows = view.Page.Items;
        rows.Select(r => r.Number).ShouldBe(["QT-006", "QT-005", "QT-004", "QT-003", "QT-002", "QT-001", "QT-009"], "by due day; the paused item keeps its due day");
        rows.Select(r => r.DueOn).ShouldBeInOrder(SortDirection.Ascending);
        rows.ShouldAllBe(r => r.Department == "经济发展局");

        var holiday = rows.Single(r => r.Number == "QT-001");
        holiday.DueOn.ShouldBe(D(2026, 10, 10));
        holiday.Remaining.ShouldBe(5, "29, 30 Sep, 8, 9 and the make-up Saturday 10 Oct");
        holiday.State.ShouldBe(ClockState.Normal);
        holiday.Enterprise.ShouldBe("兴储世纪");
        holiday.ItemName.ShouldBe("工业企业技术改造项目备案");

        rows.Single(r => r.Number == "QT-002").ShouldSatisfyAllConditions(r => r.Remaining.ShouldBe(2), r => r.State.ShouldBe(ClockState.Normal));
        rows.Single(r => r.Number == "QT-003").ShouldSatisfyAllConditions(r => r.Remaining.ShouldBe(1), r => r.State.ShouldBe(ClockState.Warning), r => r.UsedShare.ShouldBe(0.8m));
        rows.Single(r => r.Number == "QT-004").ShouldSatisfyAllConditions(r => r.Remaining.ShouldBe(0), r => r.State.ShouldBe(ClockState.Warning));
        rows.Single(r => r.Number == "QT-005").ShouldSatisfyAllConditions(r => r.Remaining.ShouldBe(-1), r => r.State.ShouldBe(ClockState.Overdue));
        rows.Single(r => r.Number == "QT-006").ShouldSatisfyAllConditions(r => r.Status.ShouldBe(ItemStatus.Correction), r => r.State.ShouldBe(ClockState.Paused),
            r => r.DueOn.ShouldBe(D(2026, 9, 23)), r => r.Remaining.ShouldBe(10, "frozen at the pause: 11 Sep to 23 Sep with the make-up Sunday 20 Sep"));
        rows.Single(r => r.Number == "QT-009").ShouldSatisfyAllConditions(r => r.DeferredMaterial.ShouldBe("节能审查意见"), r => r.DeferredPromisedOn.ShouldBe(D(2026, 10, 15)));

        view.Counts.ShouldBe(new Counts(7, 3, 2, 1, 1));
        view.Page.Total.ShouldBe(7);

        // Each state's filter finds exactly what its count says, and what the rows' states say.
        foreach (var state in Enum.GetValues<ClockState>())
        {
            var filtered = await GetAsync(officer, $"?state={state}");
            filtered.Page.Total.ShouldBe(rows.Count(r => r.State == state), state.ToString());
            filtered.Page.Items.Select(r => r.Number).ShouldBe(rows.Where(r => r.State == state).Select(r => r.Number), state.ToString());
            filtered.Counts.ShouldBe(view.Counts, "counts ignore the state filter");
        }

        // Paging: page 2 of size 3, and the size is capped at 100.
        var second = await GetAsync(officer, "?page=2&size=3");
        second.Page.Items.Select(r => r.Number).ShouldBe(["QT-003", "QT-002", "QT-001"]);
        second.Page.Total.ShouldBe(7);
        (await GetAsync(officer, "?size=500")).Page.Size.ShouldBe(100);

        // Filters: status, catalogue item, number, enterprise name.
        (await GetAsync(officer, "?status=Correction")).Page.Items.Select(r => r.Number).ShouldBe(["QT-006"]);
        (await GetAsync(officer, "?status=Correction")).Counts.ShouldBe(new Counts(1, 0, 0, 0, 1));
        (await GetAsync(officer, "?search=QT-00")).Page.Total.ShouldBe(7);
        (await GetAsync(officer, "?search=QT-003")).Page.Items.Select(r => r.Number).ShouldBe(["QT-003"]);
        (await GetAsync(officer, "?search=" + Uri.EscapeDataString("九识"))).Page.Items.Select(r => r.Number).ShouldBe(["QT-006", "QT-004", "QT-003"]);
        var sv001 = await data.App.InScopeAsync(d => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstAsync(
            d.Set<Gaoxin.Services.Catalogue.ServiceItem>().Where(i => i.Code == "SV-001").Select(i => i.Id)));
        (await GetAsync(officer, $"?item={sv001}")).Page.Items.Select(r => r.Number).ShouldBe(["QT-005", "QT-004", "QT-002"]);

        // Scoping: another department is refused to the officer; the zone admin sees every department or the one chosen.
        var gjj = await data.DepartmentAsync("GJJ");
        (await officer.GetAsync($"/api/v1/services/queue?department={gjj}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await officer.GetAsync($"/api/v1/services/queue/export?department={gjj}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await GetAsync(officer, $"?department={await data.DepartmentAsync("JFJ")}")).Page.Total.ShouldBe(7);
        var admin = await data.App.SignedInAsync("admin@zigong.demo");
        (await GetAsync(admin, "")).Page.Total.ShouldBe(8);
        (await GetAsync(admin, $"?department={gjj}")).Page.Items.Select(r => r.Number).ShouldBe(["QT-008"]);
        var enterprise = await data.App.SignedInAsync("enterprise@zigong.demo");
        (await enterprise.GetAsync("/api/v1/services/queue")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var gjjOfficer = await data.App.SignedInAsync("gjj@zigong.demo");
        (await GetAsync(gjjOfficer, "")).Page.Items.Select(r => r.Number).ShouldBe(["QT-008"]);

        // The export carries the same rows as the list.
        var export = await officer.GetAsync("/api/v1/services/queue/export?state=Warning");
        export.StatusCode.ShouldBe(HttpStatusCode.OK);
        export.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var sheet = MiniExcelLibs.MiniExcel.Query(new MemoryStream(await export.Content.ReadAsByteArrayAsync()), useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        sheet.Select(r => r["办件编号"]).ShouldBe(["QT-004", "QT-003"]);
        sheet.Select(r => r["时限状态"]).ShouldBe(["预警", "预警"]);
    }
}
