namespace RoiApi.Domain.Evidence;

/// <summary>How a rule-pack id resolved.</summary>
public enum RulePackLookupStatus
{
    /// <summary>No id given: federal rules only.</summary>
    NotRequested,

    /// <summary>The id names a known pack.</summary>
    Found,

    /// <summary>The id names no known pack: the API answers "unknown rule pack".</summary>
    Unknown,
}

/// <summary>The outcome of resolving a rule-pack id.</summary>
public sealed record RulePackLookup(RulePackLookupStatus Status, RulePack? Pack, string? RequestedId);

/// <summary>The configured rule packs, looked up by id (case-insensitive).</summary>
public sealed class RulePackRegistry
{
    private readonly Dictionary<string, RulePack> packs;

    public RulePackRegistry(IEnumerable<RulePack> packs)
    {
        ArgumentNullException.ThrowIfNull(packs);
        this.packs = new Dictionary<string, RulePack>(StringComparer.OrdinalIgnoreCase);
        foreach (var pack in packs)
        {
            if (string.IsNullOrWhiteSpace(pack.Id) || !this.packs.TryAdd(pack.Id, pack))
            {
                throw new ArgumentException($"Rule pack ids must be present and unique; offending id: '{pack.Id}'.", nameof(packs));
            }
        }
    }

    /// <summary>A registry holding only the example packs.</summary>
    public static RulePackRegistry Examples { get; } = new(ExampleRulePacks.All);

    public IReadOnlyCollection<RulePack> Packs => packs.Values;

    public RulePackLookup Resolve(string? id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return new(RulePackLookupStatus.NotRequested, null, null);
        }

        return packs.TryGetValue(id.Trim(), out var pack)
            ? new(RulePackLookupStatus.Found, pack, id)
            : new(RulePackLookupStatus.Unknown, null, id);
    }
}
