using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.OpenApi;
using RoiApi.Domain;
using RoiApi.Domain.Evidence;
using RoiApi.Features.Accounting;
using RoiApi.Features.Authorizations;
using RoiApi.Features.Delivery;
using RoiApi.Features.Packets;
using RoiApi.Features.Partners;
using RoiApi.Features.Requests;
using RoiApi.Features.Review;
using RoiApi.Infrastructure.Audit;
using RoiApi.Infrastructure.Idempotency;
using RoiApi.Infrastructure.RateLimiting;

namespace RoiApi.Common;

internal static class ApiSetup
{
    public const string DocumentName = "v1";

    public static IServiceCollection AddRoiApi(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddScoped(sp => Caller.From(sp.GetRequiredService<IHttpContextAccessor>().HttpContext?.User));
        services.AddSingleton<AuditTrail>();
        services.AddOptions<FacilityOptions>().BindConfiguration(FacilityOptions.Section)
            .Validate(f => RulePackRegistry.Examples.Resolve(f.RulePack).Status != RulePackLookupStatus.Unknown, "Facility:RulePack names an unknown rule pack.")
            .ValidateOnStart();
        services.AddSingleton(RulePackRegistry.Examples);
        services.AddScoped<EvidenceJudge>();
        services.AddMediation();
        services.AddBodyLimits();
        services.AddProblems();
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.ConfigureHttpJsonOptions(o => ConfigureJson(o.SerializerOptions));
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc(DocumentName, new OpenApiInfo
            {
                Title = "RoiApi",
                Version = DocumentName,
                Description = "HIPAA release of information: requests, evidence, review, packets, release and the accounting of disclosures. Errors are RFC 9457 problem details with a stable type.",
            });
            options.AddSecurityDefinition("Bearer", new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "A JWT from the hospital's identity provider. In Development, paste a token printed by ./roi up or ./roi token ROLE.",
            });
            options.AddSecurityRequirement(document => new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("Bearer", document)] = [] });
            options.OperationFilter<PartnerConventionsOperationFilter>();
            options.CustomSchemaIds(type => type.FullName!.Replace("RoiApi.", "", StringComparison.Ordinal).Replace("Features.", "", StringComparison.Ordinal).Replace("Domain.", "", StringComparison.Ordinal).Replace('+', '.'));
        });
        return services;
    }

    /// <summary>Strict JSON: unknown members and missing required members are 400s; enums are snake_case words.</summary>
    public static void ConfigureJson(JsonSerializerOptions options)
    {
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        options.RespectNullableAnnotations = true;
        options.RespectRequiredConstructorParameters = true;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false));
    }

    public static WebApplication UseRoiApi(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseJsonBodyLimit();

        // The document and its UI are public (they hold no data); everything after authorization needs a token.
        app.UseSwagger();
        app.UseSwaggerUI(ui =>
        {
            ui.SwaggerEndpoint($"/swagger/{DocumentName}/swagger.json", "RoiApi v1");
            ui.EnablePersistAuthorization();
        });
        app.UseAuthentication();
        app.UseClientRateLimits();
        app.UseAuthorization();
        app.UseIdempotency();

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") }).AllowAnonymous();
        app.MapProblemTypes();

        // The partner conventions hold for every /v1 endpoint: the areas' groups nest in this one and inherit them.
        var v1 = app.MapGroup("").WithClientRateLimits().WithIdempotentPosts();
        v1.MapRequests();
        v1.MapAuthorizations();
        v1.MapReview();
        v1.MapPackets();
        v1.MapDelivery();
        v1.MapAccounting();
        v1.MapPartners();
        return app;
    }
}
