namespace RoiApi.Domain.Evidence;

/// <summary>45 CFR 164.512(f): warrant, court order, judicial or grand-jury subpoena, administrative request (three-part test), and the (f)(2) identification allowlist.</summary>
public static class LawEnforcementRules
{
    private const string Cfr = "45 CFR 164.512";

    public static IReadOnlyList<EvidenceRule> All { get; } =
    [
        EvidenceRule.Defect(
            "LE-MISSING", $"{Cfr}(f)(1)", "lawEnforcement",
            "The request relies on law-enforcement process, but none was submitted. Send the warrant, order, subpoena or written request.",
            ctx => ctx.Basis == LegalBasis.LawEnforcement,
            ctx => ctx.Evidence.LawEnforcement is null),
        Le("LE-PROCESS-MISSING", "(f)(1)", "process",
            "State what kind of process this is (warrant, court order, judicial or grand-jury subpoena, administrative request, identification or location request, or a disclosure required by law).",
            (e, _) => e.Process is null),
        EvidenceRule.Defect(
            "LE-IDENTITY-UNVERIFIED", "45 CFR 164.514(h)(2)(ii)", "lawEnforcement.officialIdentityVerified",
            "The identity of the requesting official has not been verified. Provide agency credentials or a request on official letterhead.",
            Applies,
            ctx => ctx.Evidence.LawEnforcement!.OfficialIdentityVerified != true),
        Le("LE-REQUIRED-BY-LAW-CITATION", "(f)(1)(i)", "lawRequiringDisclosure",
            "Cite the law that requires this disclosure.",
            (e, _) => e.Process == LawEnforcementProcess.RequiredByLaw && Text.IsBlank(e.LawRequiringDisclosure)),
        Le("LE-NOT-JUDICIAL", "(f)(1)(ii)(A)", "issuedBy",
            "A warrant, court order, or subpoena or summons under this paragraph must be issued by a judicial officer. Send process issued by a judge, or use another permitted form (grand-jury subpoena, or an administrative request meeting the three-part test).",
            (e, _) => (e.Process is LawEnforcementProcess.Warrant or LawEnforcementProcess.CourtOrder or LawEnforcementProcess.JudicialSubpoena) && e.IssuedBy != ProcessIssuer.Judge),
        Le("LE-ADMIN-RELEVANT", "(f)(1)(ii)(C)(1)", "relevantAndMaterial",
            "The administrative request must show that the information sought is relevant and material to a legitimate law-enforcement inquiry.",
            (e, _) => e.Process == LawEnforcementProcess.AdministrativeRequest && e.RelevantAndMaterial != true),
        Le("LE-ADMIN-SPECIFIC", "(f)(1)(ii)(C)(2)", "specificAndLimited",
            "The administrative request must be specific and limited in scope to the extent reasonably practicable for its purpose.",
            (e, _) => e.Process == LawEnforcementProcess.AdministrativeRequest && e.SpecificAndLimited != true),
        Le("LE-ADMIN-DEIDENTIFIED", "(f)(1)(ii)(C)(3)", "deidentifiedInformationInsufficient",
            "The administrative request must show that de-identified information could not reasonably be used.",
            (e, _) => e.Process == LawEnforcementProcess.AdministrativeRequest && e.DeidentifiedInformationInsufficient != true),
        Le("LE-F2-PURPOSE", "(f)(2)", "identificationPurpose",
            "An identification or location request must say whether it concerns a suspect, fugitive, material witness or missing person.",
            (e, _) => IsIdentification(e) && e.IdentificationPurpose is null),
        Le("LE-F2-NO-ELEMENTS", "(f)(2)(i)", "requestedElements",
            "List the data elements requested; only name and address, date and place of birth, social security number, ABO blood type and Rh factor, type of injury, date and time of treatment, date and time of death, and distinguishing physical characteristics may be given.",
            (e, _) => IsIdentification(e) && Text.HasNoText(e.RequestedElements)),
        Le("LE-F2-PROHIBITED", "(f)(2)(ii)", "requestedElements",
            "DNA or DNA analysis, dental records, and typing, samples or analysis of body fluids or tissue cannot be disclosed for identification or location. Remove them from the request.",
            (e, _) => IsIdentification(e) && (e.RequestedElements ?? []).Any(IdentificationElements.Prohibited.Contains)),
        Le("LE-F2-NOT-ALLOWLISTED", "(f)(2)(i)", "requestedElements",
            "The request asks for data elements outside the permitted list for identification or location (name and address, date and place of birth, social security number, ABO blood type and Rh factor, type of injury, date and time of treatment, date and time of death, distinguishing physical characteristics). Remove the others.",
            (e, _) => IsIdentification(e) && (e.RequestedElements ?? []).Any(x => !Text.IsBlank(x) && !IdentificationElements.Allowed.Contains(x) && !IdentificationElements.Prohibited.Contains(x))),
        EvidenceRule.Warning(
            "LE-F2-DOCUMENTS", $"{Cfr}(f)(2)(i)", "lawEnforcement.requestedElements",
            "An identification or location request is answered with the permitted data elements only, not with documents. A reviewer will prepare an abstract limited to those elements.",
            ctx => Applies(ctx) && IsIdentification(ctx.Evidence.LawEnforcement!),
            ctx => ctx.Facts.RequestedCategories.Count > 0),
        Le("LE-ORDER-SCOPE-DATES", "(f)(1)(ii)", "coversFrom",
            "The request asks for records from dates the process does not cover. Narrow the dates to the process.",
            (e, f) => !IsIdentification(e) && Scope.DatesExceed(e.CoversFrom, e.CoversTo, f)),
        Le("LE-ORDER-SCOPE-CATEGORIES", "(f)(1)(ii)", "coveredCategories",
            "The request asks for record types the process does not cover. Narrow the request to the process.",
            (e, f) => !IsIdentification(e) && Scope.CategoriesExceed(e.CoveredCategories, f)),
        EvidenceRule.Defect(
            "LE-PSYNOTES", "45 CFR 164.508(a)(2)", "lawEnforcement.coveredCategories",
            "The release includes psychotherapy notes. For law enforcement they can be released only under a warrant, court order or judicial or grand-jury subpoena that expressly covers them. Send such process, or narrow the request to exclude them.",
            ctx => Applies(ctx) && ctx.Facts.HasPsychotherapyNotes,
            ctx => !ReleasePolicy.PsychotherapyNotesCoveredByLawEnforcement(ctx.Evidence)),
    ];

    internal static bool IsCompulsory(LawEnforcementProcess? process) =>
        process is LawEnforcementProcess.Warrant or LawEnforcementProcess.CourtOrder or LawEnforcementProcess.JudicialSubpoena or LawEnforcementProcess.GrandJurySubpoena;

    private static bool IsIdentification(LawEnforcementEvidence e) => e.Process == LawEnforcementProcess.IdentificationOrLocation;

    private static bool Applies(EvidenceContext ctx) => ctx.Basis == LegalBasis.LawEnforcement && ctx.Evidence.LawEnforcement is not null;

    private static EvidenceRule Le(string code, string paragraph, string field, string message, Func<LawEnforcementEvidence, RequestFacts, bool> isViolated) =>
        EvidenceRule.Defect(code, Cfr + paragraph, $"lawEnforcement.{field}", message, Applies, ctx => isViolated(ctx.Evidence.LawEnforcement!, ctx.Facts));
}
