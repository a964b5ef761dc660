using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;
using RoiApi.Infrastructure.Idempotency;
using RoiApi.Infrastructure.RateLimiting;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace RoiApi.Common;

/// <summary>Documents what the route-group conventions add: 401/403 where a policy applies, the Idempotency-Key header and its problems on POSTs, 429 on rate-limited calls.</summary>
internal sealed class PartnerConventionsOperationFilter : IOperationFilter
{
    private const string ProblemJson = "application/problem+json";

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        var idempotent = string.Equals(context.ApiDescription.HttpMethod, HttpMethods.Post, StringComparison.OrdinalIgnoreCase)
            && metadata.OfType<IdempotentPostsMetadata>().Any();
        var rateLimited = metadata.OfType<ClientRateLimitedMetadata>().Any();
        var authorized = metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any();
        if (!idempotent && !rateLimited && !authorized)
        {
            return;
        }

        var problem = context.SchemaGenerator.GenerateSchema(typeof(ProblemDetails), context.SchemaRepository);
        operation.Responses ??= [];
        if (authorized)
        {
            AddProblem(operation, StatusCodes.Status401Unauthorized, "Unauthorized (unauthenticated): no valid bearer token", problem);
            AddProblem(operation, StatusCodes.Status403Forbidden, "Forbidden: the token's role may not call this operation", problem);
        }

        if (idempotent)
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = IdempotencyKeys.Header,
                In = ParameterLocation.Header,
                Required = false,
                Description = "Required from partners (400 idempotency-key-required without it); optional for others, with the same semantics. "
                    + "1-255 printable ASCII characters, new per operation. A retry with the same key and body gets the first response again "
                    + "(header Idempotent-Replayed: true); 409 idempotency-in-flight while the first is running; 422 idempotency-key-reused with another body. Kept 24 hours.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, MinLength = 1, MaxLength = IdempotencyKeys.MaxLength },
            });
            AddProblem(operation, StatusCodes.Status400BadRequest, "Bad Request", problem);
            AddProblem(operation, StatusCodes.Status409Conflict, "Conflict", problem);
            AddProblem(operation, StatusCodes.Status422UnprocessableEntity, "Unprocessable Content", problem);
        }

        if (rateLimited)
        {
            var response = AddProblem(operation, StatusCodes.Status429TooManyRequests, "Too Many Requests (rate-limited): retry after Retry-After seconds", problem);
            response.Headers ??= new Dictionary<string, IOpenApiHeader>();
            response.Headers["Retry-After"] = new OpenApiHeader
            {
                Description = "Seconds until the client's window resets.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.Integer },
            };
        }
    }

    private static OpenApiResponse AddProblem(OpenApiOperation operation, int status, string description, IOpenApiSchema schema)
    {
        var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (operation.Responses!.TryGetValue(key, out var existing) && existing is OpenApiResponse known)
        {
            return known;
        }

        var response = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, IOpenApiMediaType> { [ProblemJson] = new OpenApiMediaType { Schema = schema } },
        };
        operation.Responses[key] = response;
        return response;
    }
}
