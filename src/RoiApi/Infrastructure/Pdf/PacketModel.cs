namespace RoiApi.Infrastructure.Pdf;

/// <summary>Everything printed in a release-of-information packet. Notices are supplied here, never hard-coded by the renderer.</summary>
internal sealed record PacketModel(
    Guid RequestId,
    string PatientName,
    string Mrn,
    DateOnly PatientBirthDate,
    PacketRecipient Recipient,
    string Purpose,
    string LegalBasis,
    DateTimeOffset PreparedAt,
    IReadOnlyList<PacketIncludedDocument> IncludedDocuments,
    IReadOnlyList<PacketNotice> Notices);

/// <summary>Who receives the packet. <see cref="Address"/> may span several lines (separated by line breaks).</summary>
internal sealed record PacketRecipient(string Name, string Address);

/// <summary>One released document; <see cref="Body"/> is plain text, line breaks start new lines.</summary>
internal sealed record PacketIncludedDocument(string Title, string Category, DateOnly DateOfService, string Author, string Body);

/// <summary>A notice printed on the cover, e.g. a 42 CFR Part 2 redisclosure statement.</summary>
internal sealed record PacketNotice(string Heading, string Text);
