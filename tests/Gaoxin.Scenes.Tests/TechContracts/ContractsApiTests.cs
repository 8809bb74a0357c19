using System.Globalization;
using System.Net;
using Gaoxin.Scenes.Deals;
using Gaoxin.Scenes.Demands;
using Gaoxin.Scenes.SceneBoard;
using Gaoxin.Scenes.TechContracts;
using Gaoxin.Scenes.Tests.Deals;
using Gaoxin.Contracts.Scenes;
using Gaoxin.Contracts.TechTransfer;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gaoxin.Scenes.Tests.TechContracts;

/// <summary>Technology contracts through the HTTP API on both databases: the loop from a deal, adoption by contract, the rules, the races, scoping.</summary>
public sealed class ContractsApiTests(SharedApps apps) : IClassFixture<SharedApps>
{
    internal const string Contracts = "/api/v1/scenes/contracts";

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal static string NewNumber() => "T" + DateTime.UtcNow.Ticks.ToString(CultureInfo.InvariantCulture) + Random.Shared.Next(1000, 9999).ToString(CultureInfo.InvariantCulture);

    internal static object Body(Guid buyer, Guid seller, DateOnly signed, decimal amount = 900_000m, decimal[]? payments = null, string? number = null, DateOnly? registeredOn = null,
        Guid? dealId = null, Guid? sceneProposalId = null, Guid? relayProjectId = null, decimal? technologyAmount = null, string kind = "Development") => new
    {
        kind,
        title = "测试技术合同 " + Guid.NewGuid().ToString("N")[..6],
        buyerOrganisationId = buyer,
        sellerOrganisationId = seller,
        amount,
        technologyAmount = technologyAmount ?? amount,
        signedOn = Day(signed),
        payments = (payments ?? [amount / 2, amount / 2]).Select((p, n) => new { dueOn = Day(signed.AddDays(30 * (n + 1))), amount = p }).ToArray(),
        registrationNumber = number,
        registeredOn = registeredOn is { } r ? Day(r) : null,
        dealId,
        sceneProposalId,
        relayProjectId,
    };

    /// <summary>A scene of the committee with a TrialPassed proposal of 九识智能 of its own.</summary>
    internal static Task<(Guid Scene, Guid Proposal)> PassedProposalAsync(GaoxinApp app) => app.InScopeAsync(async db =>
    {
        var committee = await db.Organisations.SingleAsync(o => o.Name == "自贡高新区管委会");
        var proposer = await db.Organisations.SingleAsync(o => o.Name == "九识智能");
        var code = "T" + Guid.NewGuid().ToString("N")[..10];
        var today = DealsApiTests.Today(app);
        var scene = new Scene { ZoneId = committee.ZoneId, Code = code, Title = "测试场景 " + code, Problem = "测试。", Place = "园区", OwnerOrganisationId = committee.Id, ProposalsDueOn = today.AddDays(30), MinReadiness = 5 };
        scene.Publish(today);
        var proposal = new SceneProposal { ZoneId = committee.ZoneId, SceneId = scene.Id, ProposerOrganisationId = proposer.Id, Summary = "无人车配送方案。", Readiness = 8, SubmittedOn = today };
        proposal.Move(ProposalStatus.TrialPassed);
        scene.Proposals.Add(proposal);
        db.Add(scene);
        await db.SaveChangesAsync();
        return (scene.Id, proposal.Id);
    });

    private static Task<int> ContractCountAsync(GaoxinApp app) => app.InScopeAsync(db => db.Set<TechContract>().CountAsync());

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_contract_from_a_deal_closes_the_deal_and_solves_the_demand(Db db)
    {
        var app = await apps.GetAsync(db);
        var admin = await app.SignedInAsync("admin@zigong.demo");
        var demandId = await DealsApiTests.PublishedDemandAsync(app, "兴储世纪");
        var dealId = await DealsApiTests.OpenAsync(app, admin, demandId, "四川轻化工大学");
        var today = DealsApiTests.Today(app);
        await DealsApiTests.OkAsync(await admin.PostJsonAsync($"{DealsApiTests.Deals}/{dealId}/steps", new { stage = "Negotiating", on = Day(today), note = "谈判。" }), HttpStatusCode.Created);
        var buyer = await DealsApiTests.OrganisationAsync(app, "兴储世纪");
        var seller = await DealsApiTests.OrganisationAsync(app, "四川轻化工大学");
        var number = NewNumber();
        var zoneId = await app.InScopeAsync(d => d.Organisations.Where(o => o.Id == buyer).Select(o => o.ZoneId).SingleAsync());
        RelayProject project;
        await using (var relayScope = app.Services.CreateAsyncScope())
        {
            // A relay project of one of the parties (the university leads the demo's projects; 兴储世纪 may be a project's company).
            var relay = relayScope.ServiceProvider.GetRequiredService<IRelayProjects>();
            project = (await relay.ListAsync(zoneId.Value, seller, CancellationToken.None)).Concat(await relay.ListAsync(zoneId.Value, buyer, CancellationToken.None)).First();
        }

        async Task<ScenesFigures> FiguresAsync()
        {
            await using var scope = app.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<IScenesFigures>().ForYearAsync(zoneId.Value, today.Year, CancellationToken.None);
        }

        var before = await FiguresAsync();

        var created = await DealsApiTests.OkAsync(await admin.PostJsonAsync(Contracts, Body(buyer, seller, today, 900_000m, [300_000m, 300_000m, 300_000m], number, today, dealId,
            relayProjectId: project.Id, technologyAmount: 800_000m)), HttpStatusCode.Created);
        created.GetProperty("registrationNumber").GetString().ShouldBe(number);
        created.GetProperty("dealId").GetGuid().ShouldBe(dealId);
        created.GetProperty("payments").GetArrayLength().ShouldBe(3);
        var contractId = created.GetProperty("id").GetGuid();

        var deal = await DealsApiTests.OkAsync(await admin.GetAsync($"{DealsApiTests.Deals}/{dealId}"));
        deal.GetProperty("deal").GetProperty("stage").GetString().ShouldBe("Contracted");
        deal.GetProperty("deal").GetProperty("contractId").GetGuid().ShouldBe(contractId);
        deal.GetProperty("steps").EnumerateArray().Last().GetProperty("stage").GetString().ShouldBe("Contracted");
        (await app.InScopeAsync(d => d.Set<Demand>().Where(x => x.Id == demandId).Select(x => x.Status).SingleAsync())).ShouldBe(DemandStatus.Solved);

        // Counted: the relay project's timeline shows the contract, and the marketplace's figures (the cockpit's panel) its turnover.
        var timeline = await admin.GetAsync($"/api/v1/tech-transfer/projects/{project.Id}/timeline");
        timeline.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await timeline.Content.ReadAsStringAsync()).ShouldContain(number);
        var after = await FiguresAsync();
        (after.RegisteredContracts - before.RegisteredContracts).ShouldBe(1);
        (after.Turnover - before.Turnover).ShouldBe(900_000m);
        (after.TechnologyAmount - before.TechnologyAmount).ShouldBe(800_000m);
        (after.ByMonth[today.Month - 1].Turnover - before.ByMonth[today.Month - 1].Turnover).ShouldBe(900_000m);
        (after.ByKind.Single(k => k.Kind == "Development").Turnover - before.ByKind.Single(k => k.Kind == "Development").Turnover).ShouldBe(900_000m);
        (after.DemandsSolved - before.DemandsSolved).ShouldBe(1);
        var cockpit = await admin.GetAsync("/api/v1/indicators/cockpit");
        cockpit.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await cockpit.ReadJsonAsync()).GetProperty("scenes").GetProperty("figures").GetProperty("turnover").GetDecimal().ShouldBe(after.Turnover);

        // A second contract for the same deal is refused: the deal is contracted.
        (await admin.PostJsonAsync(Contracts, Body(buyer, seller, today, dealId: dealId))).StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Payments_that_do_not_add_up_are_refused_and_nothing_is_saved(Db db)
    {
        var app = await apps.GetAsync(db);
        var admin = await app.SignedInAsync("admin@zigong.demo");
        var demandId = await DealsApiTests.PublishedDemandAsync(app, "兴储世纪");
        var dealId = await DealsApiTests.OpenAsync(app, admin, demandId, "四川轻化工大学");
        var buyer = await DealsApiTests.OrganisationAsync(app, "兴储世纪");
        var seller = await DealsApiTests.OrganisationAsync(app, "四川轻化工大学");
        var today = DealsApiTests.Today(app);
        var before = await ContractCountAsync(app);

        var response = await admin.PostJsonAsync(Contracts, Body(buyer, seller, today, 900_000m, [450_000m, 449_999.99m], NewNumber(), today, dealId));
        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await response.Content.ReadAsStringAsync()).ShouldContain(nameof(PaymentsAddUpRule));
        (await admin.PostJsonAsync(Contracts, Body(buyer, seller, today, 900_000m, technologyAmount: 900_000.01m, dealId: dealId))).StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await admin.PostJsonAsync(Contracts, Body(buyer, buyer, today, dealId: dealId))).StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await admin.PostJsonAsync(Contracts, Body(buyer, seller, today, number: NewNumber(), registeredOn: today.AddDays(1), dealId: dealId))).StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await admin.PostJsonAsync(Contracts, Body(buyer, seller, today, number: "12-34", registeredOn: today, dealId: dealId))).StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await admin.PostJsonAsync(Contracts, Body(buyer, seller, today, 20_000_000_000m, [10_000_000_000m, 10_000_000_000m]))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await admin.PostJsonAsync(Contracts, Body(buyer, seller, today, 100m, [100.001m]))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        // The deal's parties must be the contract's.
        (await admin.PostJsonAsync(Contracts, Body(seller, buyer, today, dealId: dealId))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        (await ContractCountAsync(app)).ShouldBe(before);
        (await DealsApiTests.OkAsync(await admin.GetAsync($"{DealsApiTests.Deals}/{dealId}"))).GetProperty("deal").GetProperty("stage").GetString().ShouldBe("Matched");
        (await app.InScopeAsync(d => d.Set<Demand>().Where(x => x.Id == demandId).Select(x => x.Status).SingleAsync())).ShouldBe(DemandStatus.Published);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_registration_number_is_unique_in_the_zone_and_is_recorded_once(Db db)
    {
        var app = await apps.GetAsync(db);
        var admin = await app.SignedInAsync("admin@zigong.demo");
        var buyer = await DealsApiTests.OrganisationAsync(app, "兴储世纪");
        var seller = await DealsApiTests.OrganisationAsync(app, "四川轻化工大学");
        var today = DealsApiTests.Today(app);
        var number = NewNumber();
        await DealsApiTests.OkAsync(await admin.PostJsonAsync(Contracts, Body(buyer, seller, today, number: number, registeredOn: today)), HttpStatusCode.Created);
        var before = await ContractCountAsync(app);
        (await admin.PostJsonAsync(Contracts, Body(buyer, seller, today, number: number, registeredOn: today))).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await ContractCountAsync(app)).ShouldBe(before);

        // Registered later: the same taken number is refused, a new one is recorded, and only once.
        var unregistered = (await DealsApiTests.OkAsync(await admin.PostJsonAsync(Contracts, Body(buyer, seller, today.AddDays(-3))), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        (await admin.PostJsonAsync($"{Contracts}/{unregistered}/register", new { registrationNumber = number, registeredOn = Day(today) })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await admin.PostJsonAsync($"{Contracts}/{unregistered}/register", new { registrationNumber = NewNumber(), registeredOn = Day(today.AddDays(-4)) })).StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var registered = await DealsApiTests.OkAsync(await admin.PostJsonAsync($"{Contracts}/{unregistered}/register", new { registrationNumber = NewNumber(), registeredOn = Day(today) }));
        registered.GetProperty("registeredOn").GetString().ShouldBe(Day(today));
        (await admin.PostJsonAsync($"{Contracts}/{unregistered}/register", new { registrationNumber = NewNumber(), registeredOn = Day(today) })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_contract_adopts_a_passed_proposal_and_of_two_at_once_one_wins(Db db)
    {
        var app = await apps.GetAsync(db);
        var admin = await app.SignedInAsync("admin@zigong.demo");
        var op = await app.SignedInAsync("operator@zigong.demo");
        var (sceneId, proposalId) = await PassedProposalAsync(app);
        var buyer = await DealsApiTests.OrganisationAsync(app, "自贡高新区管委会");
        var seller = await DealsApiTests.OrganisationAsync(app, "九识智能");
        var today = DealsApiTests.Today(app);
        var before = await ContractCountAsync(app);

        var responses = await Task.WhenAll(
            admin.PostJsonAsync(Contracts, Body(buyer, seller, today, 1_200_000m, number: NewNumber(), registeredOn: today, sceneProposalId: proposalId, kind: "Service")),
            op.PostJsonAsync(Contracts, Body(buyer, seller, today, 1_200_000m, number: NewNumber(), registeredOn: today, sceneProposalId: proposalId, kind: "Service")));
        responses.Select(r => r.StatusCode).ShouldBe([HttpStatusCode.Created, HttpStatusCode.Conflict], ignoreOrder: true);
        (await ContractCountAsync(app)).ShouldBe(before + 1);

        var (proposal, scene) = await app.InScopeAsync(async d => (await d.Set<SceneProposal>().AsNoTracking().SingleAsync(p => p.Id == proposalId), await d.Set<Scene>().AsNoTracking().SingleAsync(s => s.Id == sceneId)));
        proposal.Status.ShouldBe(ProposalStatus.Adopted);
        proposal.Adoption.ShouldBe(AdoptionKind.Contract);
        proposal.ContractId.ShouldNotBeNull();
        scene.Status.ShouldBe(SceneStatus.Adopted);

        // A proposal that has not passed its trial cannot be adopted.
        var (_, fresh) = await PassedProposalAsync(app);
        await app.InScopeAsync(async d =>
        {
            var p = await d.Set<SceneProposal>().SingleAsync(x => x.Id == fresh);
            p.Move(ProposalStatus.InTrial);
            return await d.SaveChangesAsync();
        });
        (await admin.PostJsonAsync(Contracts, Body(buyer, seller, today, sceneProposalId: fresh))).StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_firm_registers_only_its_own_sales_and_sees_only_its_contracts(Db db)
    {
        var app = await apps.GetAsync(db);
        var enterprise = await app.SignedInAsync("enterprise@zigong.demo");
        var institute = await app.SignedInAsync("institute@zigong.demo");
        var own = await DealsApiTests.OrganisationAsync(app, "兴储世纪");
        var university = await DealsApiTests.OrganisationAsync(app, "四川轻化工大学");
        var today = DealsApiTests.Today(app);

        (await enterprise.PostJsonAsync(Contracts, Body(own, university, today))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var sold = (await DealsApiTests.OkAsync(await institute.PostJsonAsync(Contracts, Body(own, university, today)), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        (await enterprise.GetAsync($"{Contracts}/{sold}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await institute.PostJsonAsync(Contracts, Body(own, university, today, relayProjectId: Guid.NewGuid()))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await institute.PostJsonAsync(Contracts, Body(own, Guid.NewGuid(), today))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var admin = await app.SignedInAsync("admin@zigong.demo");
        (await admin.PostJsonAsync(Contracts, Body(own, Guid.NewGuid(), today))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var vehicle = await app.SignedInAsync("vehicle@zigong.demo");
        (await vehicle.GetAsync($"{Contracts}/{sold}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var list = await DealsApiTests.OkAsync(await enterprise.GetAsync($"{Contracts}?pageSize=100"));
        list.GetProperty("items").EnumerateArray().ShouldAllBe(c => c.GetProperty("buyerOrganisationId").GetGuid() == own || c.GetProperty("sellerOrganisationId").GetGuid() == own);
        (await admin.GetAsync($"{Contracts}/export")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
