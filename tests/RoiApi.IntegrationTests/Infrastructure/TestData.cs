using System.Text;
using RoiApi.Domain;

namespace RoiApi.IntegrationTests.Infrastructure;

internal sealed record SeededPatient(Guid Id, string Mrn, string FullName);

/// <summary>Synthetic records written straight to the database: the record store is filled by the EHR feed, not by these tests' subject.</summary>
internal static class TestData
{
    public const string PsychotherapyMarker = "PSYCHOTHERAPY-SECRET-MARKER";
    public const string SudMarker = "SUD-COUNSELING-MARKER";
    public const string DischargeMarker = "DISCHARGE-SUMMARY-MARKER";
    public const string OpioidMarker = "OPIOID-TREATMENT-MARKER";

    public static async Task<SeededPatient> PatientWithRecordsAsync(ApiFactory api, string mrn = "MRN900001")
    {
        var patient = new Patient(Guid.CreateVersion7(), mrn, "Avery", "Testpatient", new DateOnly(1980, 4, 2), new PostalAddress("1 Test Way", "Springfield", "IL", "62701"));
        await using var db = api.NewDbContext();
        db.Patients.Add(patient);
        db.Documents.AddRange(
            Document(patient.Id, DocumentCategory.DischargeSummary, new DateOnly(2025, 1, 10), "Discharge summary", [], DischargeMarker + " " + Paragraphs(40)),
            Document(patient.Id, DocumentCategory.LabResult, new DateOnly(2025, 3, 1), "Laboratory results", [], "Hemoglobin normal. " + Paragraphs(3)),
            Document(patient.Id, DocumentCategory.PsychotherapyNote, new DateOnly(2025, 2, 1), "Psychotherapy session note", [SensitivityLabel.Psythpn], PsychotherapyMarker),
            Document(patient.Id, DocumentCategory.SudCounselingNote, new DateOnly(2025, 2, 15), "SUD counseling note", [SensitivityLabel.Sud], SudMarker),
            Document(patient.Id, DocumentCategory.MedicationList, new DateOnly(2025, 4, 1), "Medication list", [SensitivityLabel.Opioidud], OpioidMarker + " buprenorphine"),
            Document(patient.Id, DocumentCategory.ProgressNote, new DateOnly(2019, 5, 5), "Old progress note", [], "Outside the requested dates."));
        await db.SaveChangesAsync();
        return new SeededPatient(patient.Id, patient.Mrn, patient.FullName);
    }

    public static async Task<Guid> OrganizationAsync(ApiFactory api, string name, OrganizationKind kind = OrganizationKind.LawFirm)
    {
        var organization = new Organization(Guid.CreateVersion7(), name, kind, new PostalAddress("9 Partner Street", "Springfield", "IL", "62701"));
        await using var db = api.NewDbContext();
        db.Organizations.Add(organization);
        await db.SaveChangesAsync();
        return organization.Id;
    }

    private static ClinicalDocument Document(Guid patientId, DocumentCategory category, DateOnly date, string title, string[] labels, string text) =>
        new(Guid.CreateVersion7(), patientId, category, date, title, "Dr. Example", labels, "text/plain", Encoding.UTF8.GetBytes(text), 1);

    private static string Paragraphs(int count) =>
        string.Join("\n\n", Enumerable.Range(1, count).Select(i => $"Paragraph {i}. The patient was seen and examined; findings were discussed and the plan was agreed."));
}
