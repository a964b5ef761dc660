using RoiApi.Domain;
using RoiApi.Domain.Evidence;

namespace RoiApi.UnitTests.Evidence;

/// <summary>One valid piece of evidence per kind, with the request it fits. Each case varies one thing.</summary>
internal static class Baseline
{
    public const string Hospital = "Mercy General Hospital";
    public const string LawFirm = "Smith & Jones LLP";
    public const string Purpose = "Personal injury litigation";

    public static readonly DateOnly Today = new(2025, 11, 25);
    public static readonly DateTimeOffset SubmittedAt = new(2025, 11, 24, 15, 30, 0, TimeSpan.Zero);

    public static AuthorizationEvidence Authorization { get; } = new()
    {
        InformationDescription = "Discharge summaries and lab results from January 1, 2024 to December 31, 2024",
        AuthorizedDisclosers = [Hospital],
        Recipients = [LawFirm],
        Purposes = [Purpose],
        ExpirationDate = new DateOnly(2026, 6, 30),
        SignaturePresent = true,
        SignedOn = new DateOnly(2025, 11, 20),
        SignedByPersonalRepresentative = false,
        RevocationRightStated = true,
        RevocationProcedureOrNppReferenceStated = true,
        ConditioningStatementIncluded = true,
        RedisclosureStatementIncluded = true,
        PlainLanguageConfirmed = true,
        CombinedWithOtherDocument = false,
        ConditionedOn = [],
        IsForPsychotherapyNotes = false,
        CoversFrom = new DateOnly(2024, 1, 1),
        CoversTo = new DateOnly(2024, 12, 31),
        CoveredCategories = [DocumentCategory.DischargeSummary, DocumentCategory.LabResult],
    };

    public static RequestFacts AuthorizationFacts { get; } = new()
    {
        LegalBasis = LegalBasis.Authorization,
        CoveredEntityName = Hospital,
        RecipientName = LawFirm,
        Purpose = Purpose,
        IndividualInitiated = true,
        RequestedFrom = new DateOnly(2024, 1, 1),
        RequestedTo = new DateOnly(2024, 12, 31),
        RequestedCategories = [DocumentCategory.DischargeSummary, DocumentCategory.LabResult],
        SubmittedAt = SubmittedAt,
        Today = Today,
    };

    public static EvidenceSubmission WithAuthorization(AuthorizationEvidence authorization) =>
        new() { Kind = EvidenceKind.Authorization, Authorization = authorization };

    public static Part2ConsentEvidence Part2Consent { get; } = new()
    {
        PatientNamePresent = true,
        AuthorizedDisclosers = [Hospital],
        InformationDescription = "Substance use disorder treatment records from 2024",
        Recipients = [LawFirm],
        Purposes = [Purpose],
        RevocationStatementIncluded = true,
        ExpirationDate = new DateOnly(2026, 6, 30),
        SignaturePresent = true,
        SignedOn = new DateOnly(2025, 11, 20),
        IsForSudCounselingNotes = false,
        CombinedWithOtherDocument = false,
        CoversFrom = new DateOnly(2024, 1, 1),
        CoversTo = new DateOnly(2024, 12, 31),
    };

    /// <summary>An authorization-based request whose release set holds Part 2 (SUD-labelled) records.</summary>
    public static RequestFacts Part2Facts { get; } = AuthorizationFacts with { ReleaseLabels = [SensitivityLabel.Sud] };

    public static EvidenceSubmission AuthorizationWithConsent(Part2ConsentEvidence? consent) =>
        new() { Kind = EvidenceKind.Authorization, Authorization = Authorization, Part2Consent = consent };

    public static LegalProcessEvidence CourtOrder { get; } = new()
    {
        IssuedBy = ProcessIssuer.Judge,
        CoversFrom = new DateOnly(2024, 1, 1),
        CoversTo = new DateOnly(2024, 12, 31),
        CoveredCategories = [DocumentCategory.DischargeSummary, DocumentCategory.LabResult],
    };

    public static NoticeAssurance Notice { get; } = new()
    {
        WrittenStatementReceived = true,
        GoodFaithNoticeGiven = true,
        NoticeDescribedLitigation = true,
        ObjectionPeriodEndsOn = Today.AddDays(-1),
        Objections = ObjectionStatus.NoneFiled,
    };

    public static QpoAssurance Qpo { get; } = new()
    {
        WrittenStatementReceived = true,
        Status = QpoStatus.AgreedAndPresentedToCourt,
        ProhibitsUseOutsideLitigation = true,
        RequiresReturnOrDestruction = true,
    };

    public static LegalProcessEvidence Subpoena { get; } = new()
    {
        IssuedBy = ProcessIssuer.Attorney,
        CoversFrom = new DateOnly(2024, 1, 1),
        CoversTo = new DateOnly(2024, 12, 31),
        CoveredCategories = [DocumentCategory.DischargeSummary, DocumentCategory.LabResult],
        NoticeAssurance = Notice,
    };

    public static RequestFacts LegalFacts { get; } = AuthorizationFacts with { LegalBasis = LegalBasis.JudicialOrAdministrative, IndividualInitiated = false };

    public static EvidenceSubmission WithCourtOrder(LegalProcessEvidence order) => new() { Kind = EvidenceKind.CourtOrder, LegalProcess = order };

    public static EvidenceSubmission WithSubpoena(LegalProcessEvidence subpoena) => new() { Kind = EvidenceKind.Subpoena, LegalProcess = subpoena };

    public static LawEnforcementEvidence Warrant { get; } = new()
    {
        Process = LawEnforcementProcess.Warrant,
        IssuedBy = ProcessIssuer.Judge,
        OfficialIdentityVerified = true,
        CoversFrom = new DateOnly(2024, 1, 1),
        CoversTo = new DateOnly(2024, 12, 31),
        CoveredCategories = [DocumentCategory.DischargeSummary, DocumentCategory.LabResult],
    };

    public static LawEnforcementEvidence IdentificationRequest { get; } = new()
    {
        Process = LawEnforcementProcess.IdentificationOrLocation,
        IssuedBy = ProcessIssuer.Agency,
        OfficialIdentityVerified = true,
        IdentificationPurpose = IdentificationPurpose.Suspect,
        RequestedElements = [IdentificationElements.NameAndAddress, IdentificationElements.TypeOfInjury],
    };

    public static RequestFacts LawEnforcementFacts { get; } = LegalFacts with { LegalBasis = LegalBasis.LawEnforcement, RecipientName = "County Sheriff", Purpose = null };

    public static EvidenceSubmission WithLawEnforcement(LawEnforcementEvidence request) => new() { Kind = EvidenceKind.LawEnforcementRequest, LawEnforcement = request };
}

/// <summary>One row of a rule table: the evidence, the request, and the exact finding codes expected.</summary>
internal sealed record EvidenceCase(EvidenceSubmission? Evidence, RequestFacts Facts, IReadOnlyList<string> ExpectedCodes);

/// <summary>Collects named cases; the name is what the test runner shows.</summary>
internal sealed class CaseTable
{
    private readonly Dictionary<string, EvidenceCase> cases = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, EvidenceCase> Cases => cases;

    public void Add(string name, EvidenceSubmission? evidence, RequestFacts facts, params string[] expectedCodes) =>
        cases.Add(name, new EvidenceCase(evidence, facts, expectedCodes));

    public TheoryData<string> Names() => new(cases.Keys);
}
