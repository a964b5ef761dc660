using Microsoft.EntityFrameworkCore;
using RoiApi.Infrastructure.Auth;
using RoiApi.Infrastructure.Persistence;

namespace RoiApi.Infrastructure.Development;

/// <summary>
/// Development-only verbs of the API binary, driven by ./roi: <c>setup-dev</c> (migrate, seed, print tokens) and
/// <c>mint-token ROLE [--patient ID] [--org ID]</c>. They refuse to run outside Development.
/// </summary>
internal static class DevCommands
{
    public static async Task<bool> TryRunAsync(string[] args)
    {
        if (args.Length == 0 || args[0] is not ("setup-dev" or "mint-token"))
        {
            return false;
        }

        var builder = WebApplication.CreateBuilder(args[1..]);
        if (!builder.Environment.IsDevelopment())
        {
            throw new InvalidOperationException($"'{args[0]}' runs only with ASPNETCORE_ENVIRONMENT=Development.");
        }

        var auth = builder.Configuration.GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new AuthOptions();
        if (args[0] == "mint-token")
        {
            MintToken(auth, args[1..]);
            return true;
        }

        var options = new DbContextOptionsBuilder<RoiDbContext>();
        PersistenceSetup.Configure(options, ConnectionStrings.Resolve(builder.Configuration));
        await using var db = new RoiDbContext(options.Options);
        await db.Database.MigrateAsync();
        var seeded = await DemoData.SeedAsync(db, TimeProvider.System, CancellationToken.None);
        await Console.Out.WriteLineAsync(seeded ? "Demo data seeded." : "Demo data already present.");
        await Console.Out.WriteLineAsync("Bearer tokens (12 h), one per role:");
        foreach (var role in Roles.All)
        {
            var token = DevTokens.Mint(
                auth,
                role,
                role == Roles.Patient ? DemoData.FirstPatientId : null,
                role == Roles.Partner ? DemoData.LawFirmId : null,
                TimeProvider.System.GetUtcNow());
            await Console.Out.WriteLineAsync($"  {role,-19} {token}");
        }

        return true;
    }

    private static void MintToken(AuthOptions auth, string[] args)
    {
        if (args.Length == 0 || !Roles.All.Contains(args[0]))
        {
            throw new ArgumentException($"usage: mint-token ROLE [--patient ID] [--org ID]; roles: {string.Join(", ", Roles.All)}");
        }

        Guid? patientId = args[0] == Roles.Patient ? DemoData.FirstPatientId : null;
        Guid? orgId = args[0] == Roles.Partner ? DemoData.LawFirmId : null;
        for (var i = 1; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--patient": patientId = Guid.Parse(args[i + 1]); break;
                case "--org": orgId = Guid.Parse(args[i + 1]); break;
                default: break;
            }
        }

        Console.WriteLine(DevTokens.Mint(auth, args[0], patientId, orgId, TimeProvider.System.GetUtcNow()));
    }
}
