using Gaoxin.Data;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Gaoxin.Web.Hosting;

/// <summary>/healthz: healthy only when the database answers.</summary>
internal sealed class DatabaseHealthCheck(GaoxinDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            return await db.Database.CanConnectAsync(cancellationToken)
                ? HealthCheckResult.Healthy("数据库可连接")
                : HealthCheckResult.Unhealthy("数据库不可连接");
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException)
        {
            return HealthCheckResult.Unhealthy("数据库不可连接", ex);
        }
    }
}

/// <summary>
/// /healthz: degraded (still serving) when no CJK font is installed, naming the package; PDFs answer 503 until then.
/// /readyz asks for <see cref="HealthStatus.Unhealthy"/> instead: a server without the font is not ready.
/// </summary>
public sealed class PdfFontHealthCheck(Func<bool> available, HealthStatus whenMissing = HealthStatus.Degraded) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(available()
            ? HealthCheckResult.Healthy("PDF 中文字体可用")
            : new HealthCheckResult(whenMissing, Gaoxin.Data.Documents.ChineseFont.MissingMessage));
}
