using System.Diagnostics.Metrics;

namespace Gaoxin.Data.Operations;

/// <summary>
/// The app's own meter, "Gaoxin" (运行指标): what a zone's operators watch besides requests and the database. Modules count
/// through this singleton with System.Diagnostics.Metrics alone; only the host knows OpenTelemetry and exports it.
/// One meter per process, not one per container from IMeterFactory: OpenTelemetry matches meters by name, so with
/// several app instances in one process (the tests) a disposed container's meter would retire the metric for all.
/// </summary>
public sealed class GaoxinMetrics
{
    public const string MeterName = "Gaoxin";

    private static readonly Meter Meter = new(MeterName);
    private static readonly Counter<long> Refusals = Meter.CreateCounter<long>("gaoxin.refusals", "{refusal}", "Requests refused (拒绝), by kind and by the refusing rule");
    private static readonly Counter<long> Approvals = Meter.CreateCounter<long>("gaoxin.fund.approvals", "{approval}", "Fund applications approved (资金批准)");
    private static readonly Counter<long> Payments = Meter.CreateCounter<long>("gaoxin.fund.payments", "{payment}", "Tranche payments recorded (拨付), by outcome");
    private static readonly Counter<long> Imports = Meter.CreateCounter<long>("gaoxin.imports", "{import}", "Spreadsheet imports run, by what was imported");
    private static readonly Counter<long> TelemetryPoints = Meter.CreateCounter<long>("gaoxin.mobility.telemetry_points", "{point}", "MDS telemetry points accepted and stored");
    private static readonly Counter<long> EvaluationRefreshes = Meter.CreateCounter<long>("gaoxin.enterprises.evaluation_refreshes", "{refresh}", "Zone-wide enterprise evaluation refreshes (梯度评价刷新)");

    // Instance members over the process's instruments: modules take the singleton from DI like any service.
    private readonly Counter<long> _refusals = Refusals;
    private readonly Counter<long> _approvals = Approvals;
    private readonly Counter<long> _payments = Payments;
    private readonly Counter<long> _imports = Imports;
    private readonly Counter<long> _telemetryPoints = TelemetryPoints;
    private readonly Counter<long> _evaluationRefreshes = EvaluationRefreshes;

    /// <summary>A refusal answered as problem details; <paramref name="rule"/> is the rule's name for 422, else "none".</summary>
    public void Refused(string kind, string? rule) =>
        _refusals.Add(1, new KeyValuePair<string, object?>("kind", kind), new KeyValuePair<string, object?>("rule", rule ?? "none"));

    public void FundApproved() => _approvals.Add(1);

    /// <summary>A payment stored (not a replay of an idempotency key); <paramref name="outcome"/> e.g. "paid" or "failed".</summary>
    public void PaymentRecorded(string outcome) => _payments.Add(1, new KeyValuePair<string, object?>("outcome", outcome));

    /// <summary>An import that ran to its report; <paramref name="what"/> names the sheet, e.g. "enterprises.annual".</summary>
    public void Imported(string what, bool stored) =>
        _imports.Add(1, new KeyValuePair<string, object?>("what", what), new KeyValuePair<string, object?>("stored", stored));

    public void TelemetryAccepted(int points)
    {
        if (points > 0)
        {
            _telemetryPoints.Add(points);
        }
    }

    public void EvaluationsRefreshed() => _evaluationRefreshes.Add(1);
}
