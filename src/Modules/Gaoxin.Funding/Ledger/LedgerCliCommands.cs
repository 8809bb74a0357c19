using Gaoxin.Data;
using Gaoxin.Data.Modules;
using Microsoft.Extensions.DependencyInjection;

namespace Gaoxin.Funding.Ledger;

/// <summary>The fund's verbs on the `gaoxin` command line.</summary>
internal static class LedgerCliCommands
{
    public static readonly CliCommand Verify = new(["ledger", "verify"], "校验中试专项资金台账的哈希链，报告第一个断裂的分录", VerifyAsync);

    private static async Task<int> VerifyAsync(CliInvocation cli)
    {
        await using var scope = cli.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GaoxinDbContext>();
        var result = await LedgerVerification.VerifyAsync(db, cli.CancellationToken);
        if (result.Intact)
        {
            await cli.Out.WriteLineAsync($"资金台账哈希链完整：已校验 {result.Checked} 条分录。");
            return CliExit.Ok;
        }

        await cli.Error.WriteLineAsync(result.BrokenAtSequence is { } at
            ? $"资金台账哈希链断裂：第 {at} 条分录（funding_ledger_entries.Sequence = {at}）：{result.Reason}"
            : $"资金台账哈希链无法校验：{result.Reason}");
        return CliExit.ChainBroken;
    }
}
