using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using RoiApi.Infrastructure.Persistence;
using RoiApi.IntegrationTests.Infrastructure;

namespace RoiApi.IntegrationTests.Artifacts;

/// <summary>
/// The checked-in artefacts are generated from the code and must not drift. `./roi openapi` (ROI_UPDATE_ARTIFACTS=1)
/// rewrites them; without it these tests fail on any difference. They need no database.
/// </summary>
[Trait("Category", "Artifacts")]
public sealed class ArtifactTests : IClassFixture<ArtifactTests.DocumentHost>
{
    private static readonly bool Update = Environment.GetEnvironmentVariable("ROI_UPDATE_ARTIFACTS") == "1";
    private readonly DocumentHost host;

    public ArtifactTests(DocumentHost host) => this.host = host;

    [Fact]
    public async Task OpenApi_document_matches_the_checked_in_copy()
    {
        var json = await host.CreateClient().GetStringAsync("/swagger/v1/swagger.json");
        var generated = JsonNode.Parse(json)!.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";

        AssertMatches(Path.Combine("openapi", "roi-api.v1.json"), generated);
    }

    [Fact]
    public void Migration_script_matches_the_checked_in_copy()
    {
        using var db = OfflineContext();
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        AssertMatches(Path.Combine("migrations", "roi-api.sql"), script.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Model_has_no_changes_without_a_migration()
    {
        using var db = OfflineContext();

        db.Database.HasPendingModelChanges().Should().BeFalse("the model changed: run ./roi migration NAME");
    }

    private static RoiDbContext OfflineContext()
    {
        var options = new DbContextOptionsBuilder<RoiDbContext>();
        PersistenceSetup.Configure(options, "Host=127.0.0.1;Database=offline");
        return new RoiDbContext(options.Options);
    }

    private static void AssertMatches(string relativePath, string generated)
    {
        var path = Path.Combine(RepoPaths.Root, relativePath);
        if (Update)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, generated);
        }

        File.Exists(path).Should().BeTrue($"{relativePath} is checked in (./roi openapi writes it)");
        File.ReadAllText(path).ReplaceLineEndings("\n").Should().Be(generated, $"{relativePath} is stale: run ./roi openapi and commit it");
    }

    /// <summary>The API host without a database: the document generator touches none.</summary>
    public sealed class DocumentHost : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("ConnectionStrings:Roi", "Host=127.0.0.1;Database=offline");
            builder.UseSetting("Auth:SigningKey", ApiFactory.TestAuth.SigningKey);
        }
    }
}
