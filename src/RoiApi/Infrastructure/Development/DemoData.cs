using System.Text;
using Bogus;
using Microsoft.EntityFrameworkCore;
using RoiApi.Domain;
using RoiApi.Infrastructure.Persistence;

namespace RoiApi.Infrastructure.Development;

/// <summary>Synthetic demo data (Bogus, fixed seed): one facility, 50 patients, every record category, two partners, requests in several states. Never real PHI.</summary>
internal static class DemoData
{
    public static readonly Guid LawFirmId = Guid.Parse("0193a000-0000-7000-8000-000000000001");
    public static readonly Guid InsurerId = Guid.Parse("0193a000-0000-7000-8000-000000000002");
    public static readonly Guid FirstPatientId = PatientId(1);

    private const int PatientCount = 50;

    public static Guid PatientId(int n) => Guid.Parse($"0193a000-0000-7000-9000-{n:D12}");

    /// <summary>Adds the demo data once; a second run finds the law firm and does nothing.</summary>
    public static async Task<bool> SeedAsync(RoiDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        if (await db.Organizations.AnyAsync(o => o.Id == LawFirmId, cancellationToken))
        {
            return false;
        }

        var faker = new Faker("en_US") { Random = new Randomizer(20261125) };
        db.Organizations.Add(new Organization(LawFirmId, "Hale & Morrow LLP", OrganizationKind.LawFirm, new PostalAddress("200 Court Street, Suite 900", "Springfield", "IL", "62701")));
        db.Organizations.Add(new Organization(InsurerId, "Northwind Mutual Insurance", OrganizationKind.Insurer, new PostalAddress("1 Insurance Plaza", "Hartford", "CT", "06103")));

        var now = time.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var patients = new List<Patient>();
        for (var n = 1; n <= PatientCount; n++)
        {
            var patient = new Patient(
                PatientId(n),
                $"MRN{100000 + n}",
                faker.Name.FirstName(),
                faker.Name.LastName(),
                DateOnly.FromDateTime(faker.Date.Past(80, now.UtcDateTime.AddYears(-1))),
                new PostalAddress(faker.Address.StreetAddress(), faker.Address.City(), faker.Address.StateAbbr(), faker.Address.ZipCode("#####")));
            patients.Add(patient);
            db.Patients.Add(patient);
            foreach (var category in Enum.GetValues<DocumentCategory>())
            {
                db.Documents.Add(Document(faker, patient.Id, category, today));
            }
        }

        var staff = new Actor("demo-seed", "roi_specialist");
        var scope = new RequestScope(today.AddYears(-3), today, [], null);
        var states = new[] { RequestStatus.Received, RequestStatus.InVerification, RequestStatus.InReview, RequestStatus.OnHold, RequestStatus.Received };
        for (var i = 0; i < states.Length; i++)
        {
            var patient = patients[i];
            var fromLawFirm = i % 2 == 1;
            var request = DisclosureRequest.Submit(
                Guid.CreateVersion7(now),
                patient.Id,
                fromLawFirm ? LegalBasis.Authorization : LegalBasis.IndividualAccess,
                fromLawFirm ? RequesterKind.Organization : RequesterKind.Patient,
                fromLawFirm ? LawFirmId : null,
                fromLawFirm ? "Hale & Morrow LLP" : patient.FullName,
                fromLawFirm ? "Hale & Morrow LLP" : patient.FullName,
                fromLawFirm ? "200 Court Street, Suite 900, Springfield, IL 62701" : patient.Address.ToString(),
                scope,
                fromLawFirm ? "Personal injury claim" : "Personal records",
                fromLawFirm ? DeliveryMethod.SecureEmail : DeliveryMethod.Portal,
                Deadlines.DueDate(fromLawFirm ? LegalBasis.Authorization : LegalBasis.IndividualAccess, now.AddDays(-i * 3), []),
                staff,
                now.AddDays(-i * 3));
            Advance(request, states[i], staff, now);
            db.Requests.Add(request);
        }

        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private static void Advance(DisclosureRequest request, RequestStatus target, Actor staff, DateTimeOffset now)
    {
        if (target == RequestStatus.Received)
        {
            return;
        }

        if (target == RequestStatus.OnHold)
        {
            request.PutOnHold(staff, now, HoldReason.MissingInformation, "demo");
            return;
        }

        request.RecordIdentityVerified(staff, now, "government_id");
        if (target == RequestStatus.InReview)
        {
            request.CompleteVerificationIfReady(staff, now, evidenceValid: true);
        }
    }

    private static ClinicalDocument Document(Faker faker, Guid patientId, DocumentCategory category, DateOnly today)
    {
        var labels = category switch
        {
            DocumentCategory.PsychotherapyNote => new[] { SensitivityLabel.Psythpn },
            DocumentCategory.SudCounselingNote => [SensitivityLabel.Sud],
            DocumentCategory.LabResult when faker.Random.Bool(0.2f) => [SensitivityLabel.Hiv],
            DocumentCategory.ProgressNote when faker.Random.Bool(0.2f) => [SensitivityLabel.Ethud],
            _ => [],
        };
        var title = category switch
        {
            DocumentCategory.DischargeSummary => "Discharge summary",
            DocumentCategory.ProgressNote => "Progress note",
            DocumentCategory.LabResult => "Laboratory results",
            DocumentCategory.ImagingReport => "Imaging report",
            DocumentCategory.MedicationList => "Medication list",
            DocumentCategory.BillingRecord => "Itemized bill",
            DocumentCategory.PsychotherapyNote => "Psychotherapy session note",
            DocumentCategory.SudCounselingNote => "SUD counseling note",
            _ => "Clinical document",
        };
        var text = new StringBuilder().AppendJoin("\n\n", faker.Lorem.Paragraphs(faker.Random.Int(2, 8), "\n\n")).ToString();
        return new ClinicalDocument(
            Guid.CreateVersion7(),
            patientId,
            category,
            today.AddDays(-faker.Random.Int(1, 1000)),
            title,
            $"Dr. {faker.Name.LastName()}",
            labels,
            "text/plain",
            Encoding.UTF8.GetBytes(text),
            Math.Max(1, text.Length / 3000));
    }
}
