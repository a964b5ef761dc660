using Npgsql;

namespace RoiApi.IntegrationTests.Infrastructure;

internal static class TestDatabase
{
    public static string ConnectionString()
    {
        var raw = Environment.GetEnvironmentVariable("ROI_TEST_DATABASE");
        if (string.IsNullOrWhiteSpace(raw))
        {
            throw new InvalidOperationException("ROI_TEST_DATABASE is not set: run the tests with ./roi test, which starts a throwaway PostgreSQL.");
        }

        var builder = new NpgsqlConnectionStringBuilder(raw) { Database = "roi_test", Pooling = true, IncludeErrorDetail = true };
        return builder.ConnectionString;
    }

    public static async Task RecreateAsync(string connectionString)
    {
        var target = new NpgsqlConnectionStringBuilder(connectionString);
        var admin = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(admin.ConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{target.Database}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{target.Database}\"", connection);
        await create.ExecuteNonQueryAsync();
    }
}
