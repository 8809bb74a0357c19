using System.Security.Claims;
using Gaoxin.Data.Http;
using Gaoxin.Kernel.Paging;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gaoxin.Services.Notices;

public sealed record ReadAllResult(int Marked);

/// <summary>The caller's notices and their e-mail preference.</summary>
public static class NoticesApi
{
    public static async Task<Ok<NoticePage>> List(ClaimsPrincipal user, NoticeInbox inbox, bool? unread, int? page, int? size, CancellationToken ct) =>
        TypedResults.Ok(await inbox.ListAsync(user.ToActor(), unread == true, new PageRequest(page, size), ct));

    public static async Task<Ok<NoticeView>> Read(ClaimsPrincipal user, NoticeInbox inbox, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await inbox.ReadAsync(user.ToActor(), id, ct));

    public static async Task<Ok<ReadAllResult>> ReadAll(ClaimsPrincipal user, NoticeInbox inbox, CancellationToken ct) =>
        TypedResults.Ok(new ReadAllResult(await inbox.ReadAllAsync(user.ToActor(), ct)));

    public static async Task<Ok<NoticePreferencesView>> Preferences(ClaimsPrincipal user, NoticeInbox inbox, CancellationToken ct) =>
        TypedResults.Ok(await inbox.PreferencesAsync(user.ToActor(), ct));

    public static async Task<Ok<NoticePreferencesView>> Choose(ClaimsPrincipal user, NoticeInbox inbox, NoticePreferencesInput input, CancellationToken ct) =>
        TypedResults.Ok(await inbox.ChooseAsync(user.ToActor(), input, ct));
}
