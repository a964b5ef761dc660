using System.Text;
using RoiApi.Infrastructure.Pdf;

namespace RoiApi.UnitTests.Pdf;

/// <summary>A fixed packet: three documents, the second long enough to span several pages.</summary>
internal static class PacketFixtures
{
    public const string Mrn = "MRN-00471126";
    public const string PatientName = "Rosalind Q. Fairweather";
    public const string LegalBasis = "Individual access (45 CFR 164.524)";
    public const string NoticeHeading = "Prohibition on redisclosure";
    public const string NoticeText =
        "This information has been disclosed to you from records protected by federal confidentiality rules "
        + "(42 CFR part 2). The federal rules prohibit you from making any further disclosure of this information "
        + "unless further disclosure is expressly permitted by the written consent of the individual.";

    public const string ShortBody =
        "Patient seen for follow-up of seasonal allergies.\nSymptoms improved on current regimen. Continue cetirizine daily.";

    public static readonly Guid RequestId = Guid.Parse("5b2f6c1e-8a4d-4f3b-9c2e-7d1a0e6f4b93");

    public static string LongBody { get; } = BuildLongBody();

    public static PacketModel Packet(IReadOnlyList<PacketIncludedDocument>? documents = null) => new(
        RequestId,
        PatientName,
        Mrn,
        new DateOnly(1961, 4, 23),
        new PacketRecipient("Harbor Legal Associates", "1200 Seawall Boulevard, Suite 400\nGalveston, TX 77550"),
        "Continuity of care",
        LegalBasis,
        new DateTimeOffset(2025, 3, 14, 9, 30, 0, TimeSpan.FromHours(-5)),
        documents ??
        [
            new PacketIncludedDocument("Clinic Visit Note", "Progress note", new DateOnly(2024, 11, 2), "Dr. Amara Okafor", ShortBody),
            new PacketIncludedDocument("Discharge Summary", "Hospital course", new DateOnly(2024, 12, 19), "Dr. Lucien Marchetti", LongBody),
            new PacketIncludedDocument("Chest Radiograph Report", "Imaging", new DateOnly(2025, 1, 7), "Dr. Yuki Tanabe", "Two views of the chest. No acute cardiopulmonary process."),
        ],
        [
            new PacketNotice(NoticeHeading, NoticeText),
            new PacketNotice("Confidentiality", "These records are provided solely for the stated purpose."),
        ]);

    private static string BuildLongBody()
    {
        var builder = new StringBuilder();
        for (var paragraph = 1; paragraph <= 60; paragraph++)
        {
            builder.Append("Paragraph ").Append(paragraph).Append(": ");
            for (var sentence = 0; sentence < 5; sentence++)
            {
                builder.Append("The patient tolerated the regimen well, remained afebrile, and ambulated independently. ");
            }

            builder.Append('\n');
        }

        builder.Append("Final sentence of the discharge summary.");
        return builder.ToString();
    }
}
