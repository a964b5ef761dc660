namespace RoiApi.Domain;

public enum OrganizationKind
{
    LawFirm,
    Insurer,
    Agency,
    Provider,
}

/// <summary>A partner organization: the tenant boundary for partner callers (claim <c>org_id</c>).</summary>
public sealed class Organization
{
    private Organization()
    {
    }

    public Organization(Guid id, string name, OrganizationKind kind, PostalAddress address)
    {
        Id = id;
        Name = name;
        Kind = kind;
        Address = address;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = "";

    public OrganizationKind Kind { get; private set; }

    public PostalAddress Address { get; private set; } = PostalAddress.Unknown;

    public uint Version { get; private set; }
}
