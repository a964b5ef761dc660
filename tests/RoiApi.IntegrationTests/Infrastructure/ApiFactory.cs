using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using Respawn;
using RoiApi.Infrastructure.Auth;
using RoiApi.Infrastructure.Persistence;

namespace RoiApi.IntegrationTests.Infrastructure;

/// <summary>
/// The API over HTTP against the real PostgreSQL that ./roi test started (ROI_TEST_DATABASE). The database is
/// created and migrated once per run; Respawn empties it before each test; time is a FakeTimeProvider.
/// </summary>
public sealed class ApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public static readonly DateTimeOffset Start = new(2026, 6, 15, 14, 0, 0, TimeSpan.Zero);

    internal static readonly AuthOptions TestAuth = new()
    {
        Issuer = "roi-api-test",
        Audience = "roi-api",
        SigningKey = Convert.ToBase64String("roi-api integration tests only -- not a secret"u8.ToArray()),
    };

    private readonly string connectionString = TestDatabase.ConnectionString();
    private Respawner? respawner;

    private readonly ResettableClock clock = new(Start);

    /// <summary>The API's clock for the current test: starts at <see cref="Start"/>, moves only when the test advances it.</summary>
    public FakeTimeProvider Clock => clock.Current;

    public async Task InitializeAsync()
    {
        await TestDatabase.RecreateAsync(connectionString);
        await using var db = NewDbContext();
        await db.Database.MigrateAsync();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        respawner = await Respawner.CreateAsync(connection, new RespawnerOptions
        {
            DbAdapter = DbAdapter.Postgres,
            SchemasToInclude = ["public"],
            TablesToIgnore = ["__ef_migrations_history", "part2_notice_texts"],
        });
    }

    public new async Task DisposeAsync() => await base.DisposeAsync();

    /// <summary>Before each test, never after: a failed test leaves its data to look at.</summary>
    public async Task ResetAsync()
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await respawner!.ResetAsync(connection);
        clock.Reset();
    }

    /// <summary>A client carrying a real token, minted with the test key, for the role and tenant claims given.</summary>
    public HttpClient ClientFor(string role, Guid? patientId = null, Guid? organizationId = null) => ClientFor(this, role, patientId, organizationId);

    /// <summary>The same for another host (see <see cref="WithSettings"/>). Partner clients send a fresh Idempotency-Key with each POST.</summary>
    internal static HttpClient ClientFor(WebApplicationFactory<Program> host, string role, Guid? patientId = null, Guid? organizationId = null)
    {
        var client = role == Roles.Partner
            ? host.CreateDefaultClient(host.ClientOptions.BaseAddress, new FreshIdempotencyKeys())
            : host.CreateClient();
        var token = DevTokens.Mint(TestAuth, role, patientId, organizationId, DateTimeOffset.UtcNow);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>A second host on the same database and clock with settings of its own (a tiny rate limit, say). The test disposes it.</summary>
    internal WebApplicationFactory<Program> WithSettings(params (string Key, string Value)[] settings) =>
        WithWebHostBuilder(builder =>
        {
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        });

    /// <summary>A fresh DbContext, so assertions read what is in the database, not an identity map.</summary>
    internal RoiDbContext NewDbContext()
    {
        var options = new DbContextOptionsBuilder<RoiDbContext>();
        PersistenceSetup.Configure(options, connectionString);
        return new RoiDbContext(options.Options);
    }

    internal async Task<T> InDbAsync<T>(Func<RoiDbContext, Task<T>> query)
    {
        await using var db = NewDbContext();
        return await query(db);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Roi", connectionString);
        builder.UseSetting("Auth:Issuer", TestAuth.Issuer);
        builder.UseSetting("Auth:Audience", TestAuth.Audience);
        builder.UseSetting("Auth:SigningKey", TestAuth.SigningKey);

        // An example state rule shorter than the federal clock, for directives only: the earliest deadline wins.
        builder.UseSetting("Facility:Clocks:0:Name", "Example 15-day state copy rule");
        builder.UseSetting("Facility:Clocks:0:Citation", "Example State Health Code 123.45");
        builder.UseSetting("Facility:Clocks:0:LegalBases:0", "ThirdPartyDirective");
        builder.UseSetting("Facility:Clocks:0:Days", "15");

        // Every test runs at the same fake instant, so the shared host's windows never roll over: only the tests that are
        // about rate limits get a limit, on a host of their own (WithSettings).
        builder.UseSetting("RateLimits:PermitLimit", int.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture));

        // Receivers in the tests listen on 127.0.0.1 over http; the worker polls often so deliveries are seen quickly.
        builder.UseSetting("Webhooks:AllowLoopback", "true");
        builder.UseSetting("Webhooks:PollInterval", "00:00:00.100");
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(clock);
        });
    }
}

[CollectionDefinition(Name)]
public sealed class ApiTestGroup : ICollectionFixture<ApiFactory>
{
    public const string Name = "api";
}

/// <summary>Base of every HTTP test: the shared API, reset before the test.</summary>
[Collection(ApiTestGroup.Name)]
public abstract class ApiTest(ApiFactory api) : IAsyncLifetime
{
    protected ApiFactory Api { get; } = api;

    public Task InitializeAsync() => Api.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;
}

/// <summary>The host's singleton clock: a fresh FakeTimeProvider per test, since a FakeTimeProvider never goes back.</summary>
internal sealed class ResettableClock(DateTimeOffset start) : TimeProvider
{
    public FakeTimeProvider Current { get; private set; } = new(start);

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public void Reset() => Current = new FakeTimeProvider(start);

    public override DateTimeOffset GetUtcNow() => Current.GetUtcNow();

    public override long GetTimestamp() => Current.GetTimestamp();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        Current.CreateTimer(callback, state, dueTime, period);
}
