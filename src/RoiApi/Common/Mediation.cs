using System.Diagnostics;
using FluentValidation;
using MediatR;
using RoiApi.Infrastructure.Audit;
using RoiApi.Infrastructure.Persistence;
using RoiApi.Infrastructure.Webhooks;

namespace RoiApi.Common;

/// <summary>A use case that changes state: it runs inside the unit of work (one transaction, one save).</summary>
internal interface ICommand<TResponse> : IRequest<TResponse>;

internal static class MediationSetup
{
    /// <summary>MediatR 5.1.0 registered by hand (see docs/decisions/0001-mediatr-5.md); behaviors run in this order.</summary>
    public static IServiceCollection AddMediation(this IServiceCollection services)
    {
        services.AddScoped<ServiceFactory>(sp => sp.GetService!);
        services.AddScoped<IMediator, Mediator>();
        services.Scan(scan => scan.FromAssemblyOf<RoiDbContext>()
            .AddClasses(c => c.AssignableTo(typeof(IRequestHandler<,>)), publicOnly: false)
            .AsImplementedInterfaces()
            .WithScopedLifetime());
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(LoggingBehavior<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(ValidationBehavior<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(UnitOfWorkBehavior<,>));
        services.AddValidatorsFromAssemblyContaining<RoiDbContext>(includeInternalTypes: true);
        return services;
    }
}

/// <summary>Logs the use case's name and duration: never its payload, which may hold PHI.</summary>
internal sealed partial class LoggingBehavior<TRequest, TResponse>(ILogger<LoggingBehavior<TRequest, TResponse>> logger) : IPipelineBehavior<TRequest, TResponse>
{
    private static readonly string UseCaseName = typeof(TRequest).DeclaringType?.Name ?? typeof(TRequest).Name;

    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var started = Stopwatch.GetTimestamp();
        var response = await next();
        if (logger.IsEnabled(LogLevel.Information))
        {
            var failure = response is IOutcome { Failure: { } f } ? f.Kind.ToString() : "none";
            var elapsedMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            Log.Handled(logger, UseCaseName, elapsedMs, failure);
        }
        return response;
    }


    private static partial class Log
    {
        [LoggerMessage(EventId = 1000, Level = LogLevel.Information, Message = "{UseCase} handled in {ElapsedMs:F1} ms, failure: {Failure}")]
        public static partial void Handled(ILogger logger, string useCase, double elapsedMs, string failure);
    }
}

/// <summary>Shape checks (FluentValidation) before the handler; a failure is a 400 naming the fields.</summary>
internal sealed class ValidationBehavior<TRequest, TResponse>(IEnumerable<IValidator<TRequest>> validators) : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        foreach (var validator in validators)
        {
            var result = await validator.ValidateAsync(request, cancellationToken);
            if (!result.IsValid)
            {
                throw new ValidationException(result.Errors);
            }
        }

        return await next();
    }
}

/// <summary>Commands only: one transaction, the audit chain linked, the webhook outbox written, one SaveChanges. Handlers never save.</summary>
internal sealed class UnitOfWorkBehavior<TRequest, TResponse>(RoiDbContext db) : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (request is not ICommand<TResponse>)
        {
            return await next();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var response = await next();
        await WebhookOutbox.EnqueueAsync(db, cancellationToken);

        // Last before the save: the audit chain's lock serialises every writer until commit, so nothing else waits under it.
        await AuditTrail.ChainPendingAsync(db, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return response;
    }
}
