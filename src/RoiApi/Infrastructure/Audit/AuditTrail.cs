using Microsoft.EntityFrameworkCore;
using RoiApi.Common;
using RoiApi.Domain;
using RoiApi.Infrastructure.Persistence;

namespace RoiApi.Infrastructure.Audit;

/// <summary>Appends audit events and links them into the hash chain inside the command's transaction.</summary>
internal sealed class AuditTrail(TimeProvider time)
{
    /// <summary>Serialises writers of the chain for the rest of the transaction, so two commands never share a predecessor.</summary>
    private const long ChainLockKey = 0x524F_4941_5544_4954;

    public void Record(RoiDbContext db, Caller caller, string action, string entityType, Guid entityId, Guid? patientId)
    {
        var at = time.GetUtcNow();
        db.AuditEvents.Add(new AuditEvent(Guid.CreateVersion7(at), at, caller.Actor, action, entityType, entityId, patientId));
    }

    public static async Task ChainPendingAsync(RoiDbContext db, CancellationToken cancellationToken)
    {
        var pending = db.ChangeTracker.Entries<AuditEvent>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
        if (pending.Count == 0)
        {
            return;
        }

        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({ChainLockKey})", cancellationToken);
        var previous = await db.AuditEvents.AsNoTracking().OrderByDescending(e => e.Sequence).Select(e => e.Hash).FirstOrDefaultAsync(cancellationToken) ?? "";
        foreach (var auditEvent in pending)
        {
            auditEvent.Chain(previous);
            previous = auditEvent.Hash;
        }
    }
}
