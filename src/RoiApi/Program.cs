using RoiApi.Common;
using RoiApi.Common.Paging;
using RoiApi.Infrastructure.Auth;
using RoiApi.Infrastructure.Development;
using RoiApi.Infrastructure.Idempotency;
using RoiApi.Infrastructure.Pdf;
using RoiApi.Infrastructure.Persistence;
using RoiApi.Infrastructure.RateLimiting;
using RoiApi.Infrastructure.Webhooks;

if (await DevCommands.TryRunAsync(args))
{
    return;
}

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddRoiApi();
builder.Services.AddRoiAuth(builder.Configuration, builder.Environment);
builder.Services.AddRoiPersistence(builder.Configuration);
builder.Services.AddRoiPdf(builder.Configuration);
builder.Services.AddCursors(builder.Configuration, builder.Environment);
builder.Services.AddIdempotency(builder.Configuration);
builder.Services.AddClientRateLimits(builder.Configuration);
builder.Services.AddRoiWebhooks(builder.Configuration, builder.Environment);

var app = builder.Build();
app.UseRoiApi();
await app.RunAsync();

/// <summary>The entry point, visible to WebApplicationFactory in the integration tests.</summary>
public partial class Program;
