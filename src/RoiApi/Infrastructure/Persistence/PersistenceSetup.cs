using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace RoiApi.Infrastructure.Persistence;

internal static class PersistenceSetup
{
    public static IServiceCollection AddRoiPersistence(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = ConnectionStrings.Resolve(configuration);
        // Pooled: building a context's options and services per request was a large share of a read (docs/performance.md).
        services.AddDbContextPool<RoiDbContext>(options => Configure(options, connectionString));
        services.AddHealthChecks()
            .AddDbContextCheck<RoiDbContext>("database", tags: ["ready"])
            .AddCheck<MigrationsAppliedCheck>("migrations", tags: ["ready"]);
        return services;
    }

    public static void Configure(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history"))
            .UseSnakeCaseNamingConvention();
}

/// <summary>Where the database is: <c>ROI_DATABASE_URL</c> (a postgres:// URL or a keyword string) wins over <c>ConnectionStrings:Roi</c>.</summary>
internal static class ConnectionStrings
{
    public static string Resolve(IConfiguration configuration)
    {
        var url = configuration["ROI_DATABASE_URL"];
        var raw = !string.IsNullOrWhiteSpace(url) ? url : configuration.GetConnectionString("Roi");
        if (string.IsNullOrWhiteSpace(raw))
        {
            throw new InvalidOperationException("No database configured: set ConnectionStrings:Roi or ROI_DATABASE_URL (./roi up does this for you).");
        }

        return raw.StartsWith("postgres://", StringComparison.Ordinal) || raw.StartsWith("postgresql://", StringComparison.Ordinal) ? FromUrl(raw) : raw;
    }

    private static string FromUrl(string url)
    {
        var uri = new Uri(url);
        var userInfo = uri.UserInfo.Split(':', 2);
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port < 0 ? 5432 : uri.Port,
            Database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/')),
            Username = Uri.UnescapeDataString(userInfo[0]),
        };
        if (userInfo.Length > 1)
        {
            builder.Password = Uri.UnescapeDataString(userInfo[1]);
        }

        return builder.ConnectionString;
    }
}

/// <summary>Ready only when the schema is the one this build expects: no pending migrations.</summary>
internal sealed class MigrationsAppliedCheck(RoiDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        return pending.Count == 0 ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy($"{pending.Count} migrations pending");
    }
}

/// <summary>For `dotnet ef` at design time only: the model does not need a live database to diff migrations.</summary>
internal sealed class DesignTimeDbContextFactory : Microsoft.EntityFrameworkCore.Design.IDesignTimeDbContextFactory<RoiDbContext>
{
    public RoiDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<RoiDbContext>();
        PersistenceSetup.Configure(options, Environment.GetEnvironmentVariable("ConnectionStrings__Roi") ?? "Host=127.0.0.1;Port=55432;Database=roi;Username=postgres");
        return new RoiDbContext(options.Options);
    }
}
