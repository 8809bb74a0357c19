using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text.Json;
using Gaoxin.Contracts.TechTransfer;
using Microsoft.Extensions.DependencyInjection;

namespace Gaoxin.Funding.Tests;

/// <summary>What a test asks of a relay project: whose it is, its screening score, its title and the stage it must reach.</summary>
public sealed record ProjectSpec(Guid OrganisationId, decimal Score, string Title = "钠离子电池中试线", RelayStage Stage = RelayStage.PilotIncubation);

/// <summary>
/// The one place that knows how relay projects come to exist for the fund's tests: through TechTransfer's HTTP API, as
/// the zone's staff would. The operator registers an achievement of the lead institute, proposes the project with the
/// company and the support asked, opens a screening round for a batch of projects, every reviewer of the zone scores, the
/// operator decides and publishes; for the pilot stage the plans and their milestones are saved and the project is moved.
/// </summary>
public sealed class RelayDriver(GaoxinApp app, Guid zoneId, IReadOnlyDictionary<string, Guid> organisations)
{
    private const string Api = "/api/v1/tech-transfer";

    /// <summary>Leads every test project; no demo reviewer belongs to it, so no reviewer is excluded.</summary>
    private const string Lead = "四川轻化工大学";

    private const int RoundSize = 10;

    private readonly SemaphoreSlim _signIn = new(1, 1);
    private readonly ConcurrentDictionary<Guid, Task<(Guid Id, string Name)>> _enterprises = new();
    private Staff? _staff;
    private int _counter;

    private sealed record Staff(HttpClient Operator, IReadOnlyList<(string Id, HttpClient Client)> Reviewers);

    /// <summary>A project of <paramref name="organisationId"/> (its company) screened at exactly <paramref name="score"/>, at <paramref name="stage"/>.</summary>
    public async Task<RelayProject> CreateAsync(Guid organisationId, decimal score, string title = "钠离子电池中试线", RelayStage stage = RelayStage.PilotIncubation) =>
        (await CreateManyAsync([new ProjectSpec(organisationId, score, title, stage)]))[0];

    /// <summary>
    /// Many projects, in the order asked, each as the fund sees it through IRelayProjects. They are screened in rounds of at
    /// most <see cref="RoundSize"/> (every scoring and decision request reads its whole round), a few rounds at a time.
    /// </summary>
    public async Task<IReadOnlyList<RelayProject>> CreateManyAsync(IReadOnlyList<ProjectSpec> specs)
    {
        var staff = await StaffAsync();
        var ids = new Guid[specs.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, specs.Count).Chunk(RoundSize), new ParallelOptions { MaxDegreeOfParallelism = 3 }, async (batch, _) =>
        {
            var made = await BatchAsync(staff, batch.Select(i => specs[i]).ToList());
            foreach (var (i, id) in batch.Zip(made))
            {
                ids[i] = id;
            }
        });

        await using var scope = app.Services.CreateAsyncScope();
        var relay = scope.ServiceProvider.GetRequiredService<IRelayProjects>();
        var projects = new List<RelayProject>();
        foreach (var (id, spec) in ids.Zip(specs))
        {
            var p = await relay.FindAsync(zoneId, id, CancellationToken.None);
            p.ShouldNotBeNull();
            p.ScreeningScore.ShouldBe(spec.Score);
            p.Stage.ShouldBe(spec.Stage);
            projects.Add(p);
        }

        return projects;
    }

    /// <summary>An achievement of the lead, the projects with their company, one screening round, and the pilot stage where asked.</summary>
    private async Task<Guid[]> BatchAsync(Staff staff, List<ProjectSpec> specs)
    {
        var op = staff.Operator;
        var lead = organisations[Lead];
        var tag = Guid.NewGuid().ToString("N")[..6];
        var achievement = (await OkAsync(op.PostJsonAsync($"{Api}/achievements", new
        {
            title = $"钠离子电池正极材料{tag}", summary = "实验室验证完成", ownerOrganisationId = lead, origin = "Local", kind = "InventionPatent", readiness = 6,
            industry = "NewEnergy", patents = new[] { "ZL200310102344.5" },
        }))).GetProperty("id").GetGuid();

        var ids = new Guid[specs.Count];
        for (var i = 0; i < specs.Count; i++)
        {
            var spec = specs[i];
            var company = await EnterpriseAsync(op, organisations.Single(o => o.Value == spec.OrganisationId).Key, spec.OrganisationId);
            var created = await OkAsync(op.PostJsonAsync($"{Api}/projects", new
            {
                title = $"{spec.Title}{Interlocked.Increment(ref _counter)}", team = "课题组 6 人", leadOrganisationId = lead, enterpriseId = company.Id, companyName = company.Name,
                industry = "NewEnergy", origin = "Local", achievementIds = new[] { achievement },
                support = new[] { new { kind = "Fund", details = "中试专项资金", amountAsked = (decimal?)5_000_000m } },
            }));
            ids[i] = created.GetProperty("id").GetGuid();
            // Only this step records the company's organisation, through which the enterprise's users reach the project.
            await OkAsync(op.PutJsonAsync($"{Api}/projects/{ids[i]}/company", new { enterpriseId = company.Id, companyOrganisationId = spec.OrganisationId, companyName = company.Name }));
        }

        await ScreenAsync(staff, $"基金测试筛选{tag}", ids, specs.Select(s => s.Score).ToList());
        for (var i = 0; i < specs.Count; i++)
        {
            if (specs[i].Stage == RelayStage.PilotIncubation)
            {
                await ToPilotAsync(op, ids[i]);
            }
        }

        return ids;
    }

    /// <summary>Evidence is submitted for the milestone named <paramref name="title"/> and the operator accepts it.</summary>
    public async Task AcceptAsync(Guid projectId, string title)
    {
        var op = (await StaffAsync()).Operator;
        var detail = await OkAsync(op.GetAsync($"{Api}/projects/{projectId}"));
        var milestone = detail.GetProperty("milestones").EnumerateArray().Single(m => m.GetProperty("title").GetString() == title).GetProperty("id").GetGuid();
        await OkAsync(op.PostJsonAsync($"{Api}/projects/{projectId}/milestones/{milestone}/evidence", new { evidence = $"{title}：检测报告与现场照片" }));
        await OkAsync(op.PostJsonAsync($"{Api}/projects/{projectId}/milestones/{milestone}/decision", new { accept = true, note = "验收合格" }));
    }

    /// <summary>
    /// One round for the batch. Each reviewer gives every criterion the same mark, so the reviewer's weighted total is that
    /// mark. With five or more reviewers the totals spread around the wanted score (+3, +1, 0, −1, −6, the rest 0): the
    /// highest and lowest are dropped and the mean of the rest is the score exactly; with fewer, all give the score.
    /// </summary>
    private async Task ScreenAsync(Staff staff, string title, Guid[] ids, List<decimal> scores)
    {
        var op = staff.Operator;
        var clock = app.Services.GetRequiredService<TimeProvider>();
        var round = (await OkAsync(op.PostJsonAsync($"{Api}/rounds", new
        {
            title, deadline = clock.GetUtcNow().AddDays(7), reviewerIds = staff.Reviewers.Select(r => r.Id), projectIds = ids,
        }))).GetProperty("id").GetGuid();

        decimal[] spread = [3, 1, 0, -1, -6];
        await Task.WhenAll(staff.Reviewers.Select(async (reviewer, n) =>
        {
            for (var i = 0; i < ids.Length; i++)
            {
                var total = staff.Reviewers.Count >= 5 && scores[i] + spread[0] <= 100 && scores[i] + spread[4] >= 0 && n < spread.Length ? scores[i] + spread[n] : scores[i];
                var marks = new Dictionary<string, decimal> { ["technology"] = total, ["market"] = total, ["team"] = total, ["chain-fit"] = total, ["pilot-feasibility"] = total, ["ip"] = total };
                await OkAsync(reviewer.Client.PutJsonAsync($"{Api}/rounds/{round}/projects/{ids[i]}/review", new { scores = marks, comment = "同意" }));
            }
        }));

        // Decisions one at a time: each saves the round under its version.
        var grades = (await OkAsync(op.GetAsync($"{Api}/rounds/{round}"))).GetProperty("entries").EnumerateArray()
            .ToDictionary(e => e.GetProperty("projectId").GetGuid(), e => e.GetProperty("grade").GetString());
        foreach (var id in ids)
        {
            // Below the support line the operator may still select, with a reason (the fund's tests need such projects).
            var reason = grades[id] == "N" ? "综合得分低于支持线，运营方研判后入选" : null;
            await OkAsync(op.PostJsonAsync($"{Api}/rounds/{round}/projects/{id}/decision", new { decision = "Selected", reason }));
        }

        await OkAsync(op.PostJsonAsync($"{Api}/rounds/{round}/publish", new { }));
    }

    /// <summary>同步规划: a pilot plan and an industrialization plan, each with a milestone, then the move to pilot incubation.</summary>
    private async Task ToPilotAsync(HttpClient op, Guid id)
    {
        var today = DateOnly.FromDateTime(app.Services.GetRequiredService<TimeProvider>().GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);
        await OkAsync(op.PutJsonAsync($"{Api}/projects/{id}/pilot-plan", new { objectives = "中试线良率 90%", facility = "BaseA", budget = 10_000_000m }));
        await OkAsync(op.PostJsonAsync($"{Api}/projects/{id}/milestones", new { plan = "Pilot", title = "中试线建成", due = Iso(today.AddMonths(6)), acceptanceCriteria = "中试线检测报告" }));
        await OkAsync(op.PutJsonAsync($"{Api}/projects/{id}/industrialization-plan", new { company = "承接企业", capacity = "年产 1 GWh", targetSales = 50_000_000m, targetOutput = 80_000_000m }));
        await OkAsync(op.PostJsonAsync($"{Api}/projects/{id}/milestones", new { plan = "Industrialization", title = "通过验收", due = Iso(today.AddMonths(18)), acceptanceCriteria = "验收报告" }));
        await OkAsync(op.PostJsonAsync($"{Api}/projects/{id}/move", new { to = "PilotIncubation" }));
    }

    /// <summary>The enterprise registered for the company organisation (the registry's record whose organisation it is).</summary>
    private Task<(Guid Id, string Name)> EnterpriseAsync(HttpClient op, string organisation, Guid organisationId) => _enterprises.GetOrAdd(organisationId, async _ =>
    {
        var page = await OkAsync(op.GetAsync($"/api/v1/enterprises/?search={Uri.EscapeDataString(organisation)}&size=50"));
        foreach (var item in page.GetProperty("items").EnumerateArray())
        {
            var id = item.GetProperty("id").GetGuid();
            var detail = await OkAsync(op.GetAsync($"/api/v1/enterprises/{id}"));
            if (detail.GetProperty("organisationId") is { ValueKind: JsonValueKind.String } org && org.GetGuid() == organisationId)
            {
                return (id, item.GetProperty("name").GetString()!);
            }
        }

        throw new InvalidOperationException($"企业库中没有 {organisation} 的企业：{page.GetRawText()}");
    });

    /// <summary>The operator and every reviewer of the zone, signed in once through the form.</summary>
    private async Task<Staff> StaffAsync()
    {
        await _signIn.WaitAsync();
        try
        {
            if (_staff is null)
            {
                var op = await app.SignedInAsync("operator@zigong.demo");
                var list = await OkAsync(op.GetAsync($"{Api}/reviewers"));
                var reviewers = new List<(string, HttpClient)>();
                foreach (var r in list.EnumerateArray())
                {
                    reviewers.Add((r.GetProperty("userId").GetString()!, await app.SignedInAsync(r.GetProperty("email").GetString()!)));
                }

                _staff = new Staff(op, reviewers);
            }

            return _staff;
        }
        finally
        {
            _signIn.Release();
        }
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task<JsonElement> OkAsync(Task<HttpResponseMessage> request)
    {
        using var response = await request;
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.ReadJsonAsync();
    }
}
