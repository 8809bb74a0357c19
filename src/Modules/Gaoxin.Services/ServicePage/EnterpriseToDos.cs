using System.Globalization;
using Gaoxin.Contracts.Enterprises;
using Gaoxin.Data.Modules;
using Gaoxin.Kernel.Access;
using Gaoxin.Kernel.Zones;
using Microsoft.Extensions.DependencyInjection;

namespace Gaoxin.Services.ServicePage;

/// <summary>
/// An enterprise user's to-dos, from its service page (一企一页): the policies it now qualifies for (免申即享) and what falls
/// due within <see cref="HorizonDays"/> days or is already late (certificates, evaluations, annual data, milestones).
/// </summary>
internal sealed class EnterpriseToDos(EnterpriseServicePage page, TimeProvider time, IServiceProvider services) : IToDoSource
{
    /// <summary>How far ahead a deadline counts as a to-do (the 90 days).</summary>
    public const int HorizonDays = 90;

    public async Task<IReadOnlyList<ToDo>> ForAsync(Actor actor, CancellationToken cancellationToken)
    {
        if (!actor.IsIn(Roles.EnterpriseUser) && !actor.IsIn(Roles.VehicleOperator) || actor.OrganisationId is not { } organisation)
        {
            return [];
        }

        var today = ZoneClock.Of(time).Today;
        var agenda = services.GetService<IEnterpriseAgenda>() is { } source ? await source.ForOrganisationAsync(actor.ZoneId, organisation, cancellationToken) : null;
        var due = (await page.DueAsync(new ZoneId(actor.ZoneId), organisation, today, agenda, cancellationToken))
            .Where(d => d.DaysLeft <= HorizonDays).ToList();
        var list = new List<ToDo>();
        if (agenda is { MatchedPolicies.Count: > 0 } a)
        {
            var amount = a.MatchedPolicies.Sum(p => p.Amount ?? 0);
            list.Add(new ToDo(ServicesText.Get("ToDo.Policies"), a.MatchedPolicies.Count, "/services/my", 40,
                Note: amount > 0 ? string.Format(CultureInfo.CurrentCulture, ServicesText.Get("ToDo.PoliciesAmount"), amount / 10_000m, amount) : null));
        }

        if (due.Count > 0)
        {
            list.Add(new ToDo(string.Format(CultureInfo.CurrentCulture, ServicesText.Get("ToDo.Due"), HorizonDays), due.Count, "/services/my", 41, due.Min(d => d.DueOn)));
        }

        return list;
    }
}
