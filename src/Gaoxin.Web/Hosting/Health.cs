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
