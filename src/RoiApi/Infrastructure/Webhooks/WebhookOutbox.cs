using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RoiApi.Common;
using RoiApi.Domain;
using RoiApi.Infrastructure.Persistence;

namespace RoiApi.Infrastructure.Webhooks;

/// <summary>
/// Writes one delivery per active endpoint for every status change of a partner's request, in the command's own
/// transaction: the change and its webhook commit together or not at all. Called by the unit of work, so no
/// handler has to remember it.
/// </summary>
internal static class WebhookOutbox
{
    private static readonly JsonSerializerOptions PayloadJson = new(JsonSerializerDefaults.Web);

    public static async Task EnqueueAsync(RoiDbContext db, CancellationToken cancellationToken)
    {
        var added = db.ChangeTracker.Entries<RequestEvent>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
        var changes = added.Where(e => e.Kind == RequestEventKind.StatusChanged).OrderBy(e => e.RequestId).ThenBy(e => e.Ordinal).ToList();
        if (changes.Count == 0)
        {
            return;
        }

        var requests = await RequestsOfAsync(db, changes.Select(c => c.RequestId).Distinct().ToList(), cancellationToken);
        var organizationIds = requests.Values.Select(r => r.OrganizationId).OfType<Guid>().Distinct().ToList();
        if (organizationIds.Count == 0)
        {
            return;
        }

        var endpoints = await db.WebhookEndpoints.AsNoTracking()
            .Where(e => e.Active && organizationIds.Contains(e.OrganizationId))
            .OrderBy(e => e.Id)
            .ToListAsync(cancellationToken);
        foreach (var change in changes)
        {
            var request = requests[change.RequestId];
            var receivers = endpoints.Where(e => e.OrganizationId == request.OrganizationId && e.Wants(WebhookEventTypes.RequestStatusChanged)).ToList();
            if (receivers.Count == 0)
            {
                continue;
            }

            var payload = StatusChangedPayload(change, request.HoldReason, FindingCodesBehind(change, added));
            foreach (var endpoint in receivers)
            {
                db.WebhookDeliveries.Add(new WebhookDelivery(
                    Guid.CreateVersion7(change.At), endpoint.Id, endpoint.OrganizationId, WebhookEventTypes.RequestStatusChanged, payload, change.At));
            }
        }
    }

    /// <summary>The thin event: ids, statuses and codes. Never names, MRNs, dates of birth, purposes, recipients or free text.</summary>
    private static string StatusChangedPayload(RequestEvent change, HoldReason? holdReason, IReadOnlyList<string> findingCodes)
    {
        var onHold = change.ToStatus == RequestStatus.OnHold;
        var data = new StatusChangedData(
            change.RequestId,
            Words.Of(change.ToStatus),
            change.FromStatus is { } from ? Words.Of(from) : null,
            onHold && holdReason is { } reason ? Words.Of(reason) : null,
            onHold ? findingCodes : [],
            change.Ordinal,
            change.At);
        return JsonSerializer.Serialize(new Envelope(WebhookEventTypes.RequestStatusChanged, change.At, data), PayloadJson);
    }

    /// <summary>The defect codes of evidence judged in the same command: the machine-readable reason for a hold.</summary>
    private static List<string> FindingCodesBehind(RequestEvent change, List<RequestEvent> added) =>
        added.Where(e => e.RequestId == change.RequestId && e.Kind == RequestEventKind.EvidenceJudged && e.Ordinal < change.Ordinal && e.Reason is not (null or "valid"))
            .SelectMany(e => e.Reason!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Distinct(StringComparer.Ordinal)
            .ToList();

    private static async Task<Dictionary<Guid, RequestFacts>> RequestsOfAsync(RoiDbContext db, List<Guid> requestIds, CancellationToken cancellationToken)
    {
        var facts = db.ChangeTracker.Entries<DisclosureRequest>()
            .Select(e => e.Entity)
            .Where(r => requestIds.Contains(r.Id))
            .ToDictionary(r => r.Id, r => new RequestFacts(r.RequesterOrganizationId, r.HoldReason));
        var untracked = requestIds.Where(id => !facts.ContainsKey(id)).ToList();
        if (untracked.Count > 0)
        {
            var rows = await db.Requests.AsNoTracking().Where(r => untracked.Contains(r.Id))
                .Select(r => new { r.Id, r.RequesterOrganizationId, r.HoldReason })
                .ToListAsync(cancellationToken);
            foreach (var row in rows)
            {
                facts[row.Id] = new RequestFacts(row.RequesterOrganizationId, row.HoldReason);
            }
        }

        return facts;
    }

    private sealed record RequestFacts(Guid? OrganizationId, HoldReason? HoldReason);

    private sealed record Envelope(string Type, DateTimeOffset Timestamp, StatusChangedData Data);

    private sealed record StatusChangedData(
        Guid RequestId, string Status, string? PreviousStatus, string? HoldReason, IReadOnlyList<string> FindingCodes, int Sequence, DateTimeOffset OccurredAt);
}
