using System.Globalization;
using System.Net;
using Gaoxin.Kernel.Access;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Capital.Tests;

/// <summary>The capital API as the tests drive it, on the shared demo app: the operator keeps the registry and records rounds.</summary>
internal sealed class Capital
{
    private Capital(GaoxinApp app, HttpClient op, Guid enterpriseOrg, Guid otherEnterprise)
    {
        App = app;
        Operator = op;
        EnterpriseOrg = enterpriseOrg;
        OtherEnterprise = otherEnterprise;
    }

    public GaoxinApp App { get; }

    public HttpClient Operator { get; }

    /// <summary>兴储世纪, the organisation of the demo enterprise user.</summary>
    public Guid EnterpriseOrg { get; }

    /// <summary>Another enterprise of the zone, not the enterprise user's.</summary>
    public Guid OtherEnterprise { get; }

    public static async Task<Capital> ForAsync(GaoxinApp app)
    {
        var (mine, other) = await app.InScopeAsync(async ctx =>
        {
            var orgs = await ctx.Organisations.Where(o => o.Kind == OrganisationKind.Enterprise).OrderBy(o => o.Name).Select(o => new { o.Id, o.Name }).ToListAsync();
            return (orgs.Single(o => o.Name == "兴储世纪").Id, orgs.First(o => o.Name != "兴储世纪").Id);
        });
        return new Capital(app, await app.SignedInAsync("operator@zigong.demo"), mine, other);
    }

    public async Task<Guid> InvestorAsync(string? name = null)
    {
        var r = await Operator.PostJsonAsync("/api/v1/capital/investors", new { name = name ?? "测试创投" + Guid.NewGuid().ToString("N")[..8], kind = "VentureCapital", contact = "0813-0000000" });
        r.StatusCode.ShouldBe(HttpStatusCode.Created, await r.Content.ReadAsStringAsync());
        return (await r.ReadJsonAsync()).GetProperty("id").GetGuid();
    }

    public static object Round(Guid company, IEnumerable<(Guid Investor, decimal Amount)> parts, decimal pre = 100_000_000m, decimal? post = null, decimal shares = 10_000_000m, string name = "A 轮")
    {
        var list = parts.ToList();
        var amount = list.Sum(p => p.Amount);
        return new { companyOrganisationId = company, name, preMoney = pre, amount, postMoney = post ?? pre + amount, preMoneyShares = shares, investors = list.Select(p => new { investorId = p.Investor, amount = p.Amount }) };
    }

    public async Task<Guid> DraftAsync(Guid company, decimal amount = 20_000_000m)
    {
        var r = await Operator.PostJsonAsync("/api/v1/capital/rounds", Round(company, [(await InvestorAsync(), amount)]));
        r.StatusCode.ShouldBe(HttpStatusCode.Created, await r.Content.ReadAsStringAsync());
        return (await r.ReadJsonAsync()).GetProperty("id").GetGuid();
    }

    public static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Today in China, worked out here rather than by the code under test.</summary>
    public static DateOnly ChinaToday => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
}
