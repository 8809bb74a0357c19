using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace Gaoxin.Data.Http;

/// <summary>
/// The user a unit of work acts for when there is no HTTP request to read it from (an interactive page's circuit).
/// The audit trail reads it first.
/// </summary>
public sealed class CurrentPrincipal
{
    public ClaimsPrincipal? User { get; set; }
}

/// <summary>
/// Base for interactive pages that change data: each operation runs in its own DI scope (its own DbContext, so
/// no context is shared across a long-lived circuit) and acts as the signed-in user, so the audit names them.
/// </summary>
public abstract class ActingComponentBase : ComponentBase
{
    [Inject] private IServiceScopeFactory Scopes { get; set; } = default!;

    [CascadingParameter] private Task<AuthenticationState>? AuthenticationState { get; set; }

    protected async Task<ClaimsPrincipal> UserAsync() =>
        AuthenticationState is null ? new ClaimsPrincipal() : (await AuthenticationState).User;

    protected async Task<T> InScopeAsync<T>(Func<IServiceProvider, ClaimsPrincipal, Task<T>> work)
    {
        var user = await UserAsync();
        await using var scope = Scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentPrincipal>().User = user;
        return await work(scope.ServiceProvider, user);
    }
}
