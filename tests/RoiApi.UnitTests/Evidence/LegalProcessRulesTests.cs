using RoiApi.Domain;
using RoiApi.Domain.Evidence;

namespace RoiApi.UnitTests.Evidence;

/// <summary>45 CFR 164.512(e) and (f), and 164.524(c)(3)(ii) directives.</summary>
public class LegalProcessRulesTests
{
    private static readonly CaseTable Table = Build();

    public static TheoryData<string> Cases => Table.Names();

    [Theory]
    [MemberData(nameof(Cases))]
    public void LegalProcessCase(string name)
    {
        var @case = Table.Cases[name];

        var findings = EvidenceRules.Evaluate(@case.Evidence, @case.Facts);

        findings.Select(f => f.Code).Should().BeEquivalentTo(@case.ExpectedCodes, because: name);
    }

    private static CaseTable Build()
    {
        var table = new CaseTable();
        var legal = Baseline.LegalFacts;

        void Order(string name, Func<LegalProcessEvidence, LegalProcessEvidence> vary, params string[] expected) =>
            table.Add(name, Baseline.WithCourtOrder(vary(Baseline.CourtOrder)), legal, expected);

        void Subpoena(string name, Func<LegalProcessEvidence, LegalProcessEvidence> vary, params string[] expected) =>
            table.Add(name, Baseline.WithSubpoena(vary(Baseline.Subpoena)), legal, expected);

        // (e)(1)(i) orders
        table.Add("164.512(e)(1): legal-process request without the process", EvidenceSubmission.Empty, legal, "LEGAL-MISSING");
        Order("164.512(e)(1)(i): judge's order covering the request", p => p);
        Order("164.512(e)(1)(i): administrative tribunal's order", p => p with { IssuedBy = ProcessIssuer.AdministrativeTribunal });
        Order("164.512(e)(1)(i): clerk-issued subpoena presented as a court order", p => p with { IssuedBy = ProcessIssuer.CourtClerk }, "LEGAL-ORDER-NOT-JUDICIAL");
        Order("164.512(e)(1)(i): attorney-issued subpoena presented as a court order", p => p with { IssuedBy = ProcessIssuer.Attorney }, "LEGAL-ORDER-NOT-JUDICIAL");
        Order("164.512(e)(1)(i): order with no itemized scope is scoped by a reviewer", p => p with { CoversFrom = null, CoversTo = null, CoveredCategories = null }, "LEGAL-ORDER-SCOPE-UNSTATED");
        Order("164.512(e)(1)(i): request beyond the order's dates", p => p with { CoversTo = new DateOnly(2024, 6, 30) }, "LEGAL-ORDER-SCOPE-DATES");
        Order("164.512(e)(1)(i): request beyond the order's record types", p => p with { CoveredCategories = [DocumentCategory.LabResult] }, "LEGAL-ORDER-SCOPE-CATEGORIES");
        table.Add("164.508(a)(2): psychotherapy notes under an order that does not expressly cover them", Baseline.WithCourtOrder(Baseline.CourtOrder),
            legal with { ReleaseContainsPsychotherapyNotes = true }, "LEGAL-PSYNOTES");
        table.Add("164.512(a): psychotherapy notes under an order that expressly covers them",
            Baseline.WithCourtOrder(Baseline.CourtOrder with { CoveredCategories = [DocumentCategory.DischargeSummary, DocumentCategory.LabResult, DocumentCategory.PsychotherapyNote] }),
            legal with { RequestedCategories = [DocumentCategory.DischargeSummary, DocumentCategory.LabResult, DocumentCategory.PsychotherapyNote] });

        // (e)(1)(ii) subpoenas with satisfactory assurance
        Subpoena("164.512(e)(1)(iii): subpoena with complete notice assurance", p => p);
        Subpoena("164.512(e)(1)(ii): subpoena without any satisfactory assurance", p => p with { NoticeAssurance = null }, "LEGAL-SUBPOENA-NO-ASSURANCE");
        Subpoena("164.512(e)(1)(iii): no written statement of notice", p => p with { NoticeAssurance = Baseline.Notice with { WrittenStatementReceived = false } }, "LEGAL-NOTICE-STATEMENT");
        Subpoena("164.512(e)(1)(iii)(A): no good-faith attempt at notice", p => p with { NoticeAssurance = Baseline.Notice with { GoodFaithNoticeGiven = null } }, "LEGAL-NOTICE-GOOD-FAITH");
        Subpoena("164.512(e)(1)(iii)(B): notice did not describe the litigation", p => p with { NoticeAssurance = Baseline.Notice with { NoticeDescribedLitigation = false } }, "LEGAL-NOTICE-LITIGATION");
        Subpoena("164.512(e)(1)(iii)(C): objection period still running", p => p with { NoticeAssurance = Baseline.Notice with { ObjectionPeriodEndsOn = Baseline.Today } }, "LEGAL-NOTICE-OBJECTION-PERIOD");
        Subpoena("164.512(e)(1)(iii)(C): objection period end not stated", p => p with { NoticeAssurance = Baseline.Notice with { ObjectionPeriodEndsOn = null } }, "LEGAL-NOTICE-OBJECTION-PERIOD");
        Subpoena("164.512(e)(1)(iii)(C)(2): objection still pending", p => p with { NoticeAssurance = Baseline.Notice with { Objections = ObjectionStatus.Pending } }, "LEGAL-NOTICE-OBJECTIONS");
        Subpoena("164.512(e)(1)(iii)(C)(2): objections resolved and request consistent", p => p with { NoticeAssurance = Baseline.Notice with { Objections = ObjectionStatus.Resolved, RequestConsistentWithResolution = true } });
        Subpoena("164.512(e)(1)(iii)(C)(2): objections resolved but request goes beyond the resolution", p => p with { NoticeAssurance = Baseline.Notice with { Objections = ObjectionStatus.Resolved } }, "LEGAL-NOTICE-OBJECTIONS");
        Subpoena("164.512(e)(1)(iv): subpoena with a complete qualified-protective-order assurance", p => p with { NoticeAssurance = null, QpoAssurance = Baseline.Qpo });
        Subpoena("164.512(e)(1)(iv)(B): QPO requested from the court suffices", p => p with { NoticeAssurance = null, QpoAssurance = Baseline.Qpo with { Status = QpoStatus.RequestedFromCourt } });
        Subpoena("164.512(e)(1)(iv): QPO assurance without a written statement", p => p with { NoticeAssurance = null, QpoAssurance = Baseline.Qpo with { WrittenStatementReceived = null } }, "LEGAL-QPO-STATEMENT");
        Subpoena("164.512(e)(1)(v)(A): QPO does not prohibit use outside the litigation", p => p with { NoticeAssurance = null, QpoAssurance = Baseline.Qpo with { ProhibitsUseOutsideLitigation = false } }, "LEGAL-QPO-USE");
        Subpoena("164.512(e)(1)(v)(B): QPO does not require return or destruction", p => p with { NoticeAssurance = null, QpoAssurance = Baseline.Qpo with { RequiresReturnOrDestruction = false } }, "LEGAL-QPO-RETURN");
        Subpoena("164.512(e)(1)(v): QPO missing both required terms", p => p with { NoticeAssurance = null, QpoAssurance = Baseline.Qpo with { ProhibitsUseOutsideLitigation = null, RequiresReturnOrDestruction = null } }, "LEGAL-QPO-USE", "LEGAL-QPO-RETURN");
        Subpoena("164.512(e)(1)(ii): a complete QPO makes an incomplete notice irrelevant", p => p with { NoticeAssurance = Baseline.Notice with { GoodFaithNoticeGiven = false }, QpoAssurance = Baseline.Qpo });
        Subpoena("164.512(e)(1)(ii): both assurances incomplete, both reported", p => p with { NoticeAssurance = Baseline.Notice with { GoodFaithNoticeGiven = false }, QpoAssurance = Baseline.Qpo with { RequiresReturnOrDestruction = false } }, "LEGAL-NOTICE-GOOD-FAITH", "LEGAL-QPO-RETURN");
        Subpoena("164.512(e)(1)(ii): request beyond the subpoena's record types", p => p with { CoveredCategories = [DocumentCategory.DischargeSummary] }, "LEGAL-SUBPOENA-SCOPE-CATEGORIES");
        Subpoena("164.512(e)(1)(ii): request beyond the subpoena's dates", p => p with { CoversFrom = new DateOnly(2024, 3, 1) }, "LEGAL-SUBPOENA-SCOPE-DATES");
        table.Add("164.508(a)(2): psychotherapy notes under a subpoena, even one listing them", Baseline.WithSubpoena(Baseline.Subpoena with { CoveredCategories = [DocumentCategory.DischargeSummary, DocumentCategory.LabResult, DocumentCategory.PsychotherapyNote] }),
            legal with { RequestedCategories = [DocumentCategory.DischargeSummary, DocumentCategory.LabResult, DocumentCategory.PsychotherapyNote] }, "LEGAL-PSYNOTES");

        // (f) law enforcement
        var le = Baseline.LawEnforcementFacts;
        void Le(string name, Func<LawEnforcementEvidence, LawEnforcementEvidence> vary, params string[] expected) =>
            table.Add(name, Baseline.WithLawEnforcement(vary(Baseline.Warrant)), le, expected);
        void Id(string name, Func<LawEnforcementEvidence, LawEnforcementEvidence> vary, params string[] expected) =>
            table.Add(name, Baseline.WithLawEnforcement(vary(Baseline.IdentificationRequest)), le with { RequestedCategories = [] }, expected);

        table.Add("164.512(f)(1): law-enforcement request without the process", EvidenceSubmission.Empty, le, "LE-MISSING");
        Le("164.512(f)(1)(ii)(A): court-ordered warrant", e => e);
        Le("164.512(f)(1)(ii)(A): 'warrant' not issued by a judge", e => e with { IssuedBy = ProcessIssuer.Agency }, "LE-NOT-JUDICIAL");
        Le("164.512(f)(1)(ii)(A): subpoena issued by a judicial officer", e => e with { Process = LawEnforcementProcess.JudicialSubpoena });
        Le("164.512(f)(1)(ii)(A): 'judicial' subpoena issued by a prosecutor", e => e with { Process = LawEnforcementProcess.JudicialSubpoena, IssuedBy = ProcessIssuer.Attorney }, "LE-NOT-JUDICIAL");
        Le("164.512(f)(1)(ii)(B): grand-jury subpoena", e => e with { Process = LawEnforcementProcess.GrandJurySubpoena, IssuedBy = ProcessIssuer.GrandJury });
        Le("164.512(f)(1): kind of process not stated", e => e with { Process = null }, "LE-PROCESS-MISSING");
        Le("164.514(h)(2)(ii): official's identity not verified", e => e with { OfficialIdentityVerified = false }, "LE-IDENTITY-UNVERIFIED");
        Le("164.512(f)(1)(i): required by law without citing the law", e => e with { Process = LawEnforcementProcess.RequiredByLaw, IssuedBy = null }, "LE-REQUIRED-BY-LAW-CITATION");
        Le("164.512(f)(1)(i): required by law with the law cited", e => e with { Process = LawEnforcementProcess.RequiredByLaw, IssuedBy = null, LawRequiringDisclosure = "State gunshot-wound reporting statute" });
        var admin = Baseline.Warrant with { Process = LawEnforcementProcess.AdministrativeRequest, IssuedBy = ProcessIssuer.Agency, RelevantAndMaterial = true, SpecificAndLimited = true, DeidentifiedInformationInsufficient = true };
        Le("164.512(f)(1)(ii)(C): administrative request meeting the three-part test", _ => admin);
        Le("164.512(f)(1)(ii)(C)(1): administrative request not shown relevant and material", _ => admin with { RelevantAndMaterial = null }, "LE-ADMIN-RELEVANT");
        Le("164.512(f)(1)(ii)(C)(2): administrative request not specific and limited", _ => admin with { SpecificAndLimited = false }, "LE-ADMIN-SPECIFIC");
        Le("164.512(f)(1)(ii)(C)(3): administrative request where de-identified data would do", _ => admin with { DeidentifiedInformationInsufficient = false }, "LE-ADMIN-DEIDENTIFIED");
        Le("164.512(f)(1)(ii)(C): administrative request with no part of the test", _ => admin with { RelevantAndMaterial = null, SpecificAndLimited = null, DeidentifiedInformationInsufficient = null }, "LE-ADMIN-RELEVANT", "LE-ADMIN-SPECIFIC", "LE-ADMIN-DEIDENTIFIED");
        Le("164.512(f)(1)(ii): request beyond the warrant's dates", e => e with { CoversFrom = new DateOnly(2024, 7, 1) }, "LE-ORDER-SCOPE-DATES");
        Le("164.512(f)(1)(ii): request beyond the warrant's record types", e => e with { CoveredCategories = [DocumentCategory.LabResult] }, "LE-ORDER-SCOPE-CATEGORIES");
        table.Add("164.508(a)(2): psychotherapy notes under a warrant that does not name them", Baseline.WithLawEnforcement(Baseline.Warrant), le with { ReleaseContainsPsychotherapyNotes = true }, "LE-PSYNOTES");
        Id("164.512(f)(2)(i): identification request for allowlisted elements only", e => e);
        Id("164.512(f)(2)(i): every allowlisted element", e => e with { RequestedElements = [.. IdentificationElements.Allowed] });
        Id("164.512(f)(2)(ii): identification request asking for DNA", e => e with { RequestedElements = [IdentificationElements.NameAndAddress, IdentificationElements.Dna] }, "LE-F2-PROHIBITED");
        Id("164.512(f)(2)(ii): identification request asking for dental records and tissue typing", e => e with { RequestedElements = [IdentificationElements.DentalRecords, IdentificationElements.BodyFluidOrTissue] }, "LE-F2-PROHIBITED");
        Id("164.512(f)(2)(i): identification request asking for a diagnosis", e => e with { RequestedElements = [IdentificationElements.NameAndAddress, "diagnosis"] }, "LE-F2-NOT-ALLOWLISTED");
        Id("164.512(f)(2)(i): identification request listing no elements", e => e with { RequestedElements = null }, "LE-F2-NO-ELEMENTS");
        Id("164.512(f)(2): identification request not saying whom it concerns", e => e with { IdentificationPurpose = null }, "LE-F2-PURPOSE");
        table.Add("164.512(f)(2)(i): identification request asking for documents is answered with an abstract", Baseline.WithLawEnforcement(Baseline.IdentificationRequest), le, "LE-F2-DOCUMENTS");

        // 164.524(c)(3)(ii) directives
        var directiveFacts = Baseline.AuthorizationFacts with { LegalBasis = LegalBasis.ThirdPartyDirective, RecipientName = "Acme Health App" };
        var directive = new DirectiveEvidence { SignedByIndividual = true, SignedOn = new DateOnly(2025, 11, 20), DesignatedRecipient = "Acme Health App", Destination = "records@acme.example", ElectronicCopyOfEhr = true };
        void Dir(string name, Func<DirectiveEvidence, DirectiveEvidence> vary, params string[] expected) =>
            table.Add(name, new EvidenceSubmission { Kind = EvidenceKind.Directive, Directive = vary(directive) }, directiveFacts, expected);
        table.Add("164.524(c)(3)(ii): directive-based request without the directive", EvidenceSubmission.Empty, directiveFacts, "DIR-MISSING");
        Dir("164.524(c)(3)(ii): signed directive naming recipient and destination", d => d);
        Dir("164.524(c)(3)(ii): unsigned directive", d => d with { SignedByIndividual = false }, "DIR-SIGNED");
        Dir("164.524(c)(3)(ii): directive without a destination", d => d with { Destination = "" }, "DIR-DESTINATION");
        Dir("164.524(c)(3)(ii): directive without a designated recipient", d => d with { DesignatedRecipient = null }, "DIR-RECIPIENT");
        Dir("164.524(c)(3)(ii): request goes to someone other than the designated recipient", d => d with { DesignatedRecipient = "Other Health App" }, "DIR-RECIPIENT-MISMATCH");
        Dir("164.524(c)(3)(ii): directive for paper copies (Ciox v. Azar)", d => d with { ElectronicCopyOfEhr = false }, "DIR-NOT-ELECTRONIC");

        return table;
    }
}
