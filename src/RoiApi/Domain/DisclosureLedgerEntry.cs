namespace RoiApi.Domain;

/// <summary>
/// One disclosure, as 45 CFR 164.528(b)(2) needs it: date, recipient and address, a brief description of
/// the information, a brief purpose statement; plus the legal basis, whether it is accountable and the
/// packet's SHA-256. Append-only: the database refuses UPDATE and DELETE on this table.
/// </summary>
public sealed class DisclosureLedgerEntry
{
    private DisclosureLedgerEntry()
    {
    }

    public DisclosureLedgerEntry(
        Guid id,
        Guid patientId,
        Guid requestId,
        DateTimeOffset disclosedAt,
        string recipientName,
        string? recipientAddress,
        string description,
        string purpose,
        LegalBasis legalBasis,
        bool accountable,
        string packetSha256)
    {
        Id = id;
        PatientId = patientId;
        RequestId = requestId;
        DisclosedAt = disclosedAt;
        RecipientName = recipientName;
        RecipientAddress = recipientAddress;
        Description = description;
        Purpose = purpose;
        LegalBasis = legalBasis;
        Accountable = accountable;
        PacketSha256 = packetSha256;
    }

    public Guid Id { get; private set; }

    public Guid PatientId { get; private set; }

    public Guid RequestId { get; private set; }

    public DateTimeOffset DisclosedAt { get; private set; }

    public string RecipientName { get; private set; } = "";

    public string? RecipientAddress { get; private set; }

    public string Description { get; private set; } = "";

    public string Purpose { get; private set; } = "";

    public LegalBasis LegalBasis { get; private set; }

    public bool Accountable { get; private set; }

    public string PacketSha256 { get; private set; } = "";
}
