using RoiApi.Domain.Evidence;

namespace RoiApi.Domain;

/// <summary>The rendered release: the PDF and its fingerprint, which the disclosure ledger records.</summary>
public sealed class Packet
{
    private Packet()
    {
    }

    public Packet(Guid id, Guid requestId, byte[] content, int pageCount, string sha256, IReadOnlyList<Guid> documentIds, IReadOnlyList<ReleaseObligation> obligations, DateTimeOffset renderedAt)
    {
        Id = id;
        RequestId = requestId;
        Content = content;
        PageCount = pageCount;
        Sha256 = sha256;
        DocumentIds = [.. documentIds];
        Obligations = [.. obligations];
        RenderedAt = renderedAt;
    }

    public Guid Id { get; private set; }

    public Guid RequestId { get; private set; }

    public byte[] Content { get; private set; } = [];

    public int PageCount { get; private set; }

    public string Sha256 { get; private set; } = "";

    public List<Guid> DocumentIds { get; private set; } = [];

    /// <summary>What the release had to carry (42 CFR 2.32 notice and consent copy, state statements), as honoured by the packet.</summary>
    public List<ReleaseObligation> Obligations { get; private set; } = [];

    public DateTimeOffset RenderedAt { get; private set; }
}
