namespace RoiApi.Domain.Evidence;

/// <summary>45 CFR 164.512(e): orders of a court or tribunal (only what they expressly cover), and subpoenas or discovery requests with satisfactory assurance.</summary>
public static class LegalProcessRules
{
    private const string Cfr = "45 CFR 164.512";

    public static IReadOnlyList<EvidenceRule> All { get; } =
    [
        EvidenceRule.Defect(
            "LEGAL-MISSING", $"{Cfr}(e)(1)", "legalProcess",
            "The request relies on legal process, but no order, subpoena or discovery request was submitted. Send it.",
            ctx => ctx.Basis == LegalBasis.JudicialOrAdministrative,
            ctx => ctx.Evidence.LegalProcess is null),

        // (e)(1)(i) orders
        Order("LEGAL-ORDER-NOT-JUDICIAL", "(e)(1)(i)", "issuedBy", FindingSeverity.Defect,
            "A subpoena issued by a court clerk or an attorney is not a court order. Send an order signed by a judge or administrative tribunal, or resubmit it as a subpoena with satisfactory assurance (notice to the individual or a qualified protective order).",
            (p, _) => !IsJudicial(p.IssuedBy)),
        Order("LEGAL-ORDER-SCOPE-UNSTATED", "(e)(1)(i)", "coveredCategories", FindingSeverity.Warning,
            "The order's scope was not itemized. A reviewer will limit the release to exactly what the order's text expressly authorizes.",
            (p, _) => p.CoveredCategories is null && p.CoversFrom is null && p.CoversTo is null),
        Order("LEGAL-ORDER-SCOPE-DATES", "(e)(1)(i)", "coversFrom", FindingSeverity.Defect,
            "The request asks for records from dates the order does not expressly cover. Only what the order expressly authorizes can be released: narrow the dates or send an order covering them.",
            (p, f) => Scope.DatesExceed(p.CoversFrom, p.CoversTo, f)),
        Order("LEGAL-ORDER-SCOPE-CATEGORIES", "(e)(1)(i)", "coveredCategories", FindingSeverity.Defect,
            "The request asks for record types the order does not expressly cover. Only what the order expressly authorizes can be released: narrow the request or send an order covering them.",
            (p, f) => Scope.CategoriesExceed(p.CoveredCategories, f)),

        // (e)(1)(ii) subpoenas and discovery requests without an order
        Subpoena("LEGAL-SUBPOENA-NO-ASSURANCE", "(e)(1)(ii)", "legalProcess",
            "A subpoena or discovery request without a court order needs satisfactory assurance: either that the individual was given notice and the time to object has passed, or that a qualified protective order was sought. Send one of these assurances.",
            (p, _) => p.NoticeAssurance is null && p.QpoAssurance is null),
        Notice("LEGAL-NOTICE-STATEMENT", "(e)(1)(iii)", "writtenStatementReceived",
            "Send a written statement, with supporting documentation, that the individual was given notice of the request.",
            (n, _) => n.WrittenStatementReceived != true),
        Notice("LEGAL-NOTICE-GOOD-FAITH", "(e)(1)(iii)(A)", "goodFaithNoticeGiven",
            "Show that a good-faith attempt was made to give the individual written notice (or that notice was mailed to their last known address).",
            (n, _) => n.GoodFaithNoticeGiven != true),
        Notice("LEGAL-NOTICE-LITIGATION", "(e)(1)(iii)(B)", "noticeDescribedLitigation",
            "Show that the notice described the litigation well enough for the individual to raise an objection with the court or tribunal.",
            (n, _) => n.NoticeDescribedLitigation != true),
        Notice("LEGAL-NOTICE-OBJECTION-PERIOD", "(e)(1)(iii)(C)", "objectionPeriodEndsOn",
            "The time for the individual to object has not passed, or its end date was not given. Resubmit after the objection period has ended, stating its end date.",
            (n, f) => n.ObjectionPeriodEndsOn is not { } ends || ends >= f.Today),
        Notice("LEGAL-NOTICE-OBJECTIONS", "(e)(1)(iii)(C)", "objections",
            "Show that no objection was filed, or that all objections were resolved and the request is consistent with the resolution.",
            (n, _) => n.Objections is null or ObjectionStatus.Pending || (n.Objections == ObjectionStatus.Resolved && n.RequestConsistentWithResolution != true)),
        Qpo("LEGAL-QPO-STATEMENT", "(e)(1)(iv)", "status",
            "Send a written statement, with supporting documentation, that the parties agreed to a qualified protective order and presented it to the court, or that the requesting party asked the court for one.",
            q => q.WrittenStatementReceived != true || q.Status is null),
        Qpo("LEGAL-QPO-USE", "(e)(1)(v)(A)", "prohibitsUseOutsideLitigation",
            "The protective order must prohibit using or disclosing the information for any purpose other than the litigation. Send an order with this term.",
            q => q.ProhibitsUseOutsideLitigation != true),
        Qpo("LEGAL-QPO-RETURN", "(e)(1)(v)(B)", "requiresReturnOrDestruction",
            "The protective order must require the return or destruction of the information, including all copies, at the end of the litigation. Send an order with this term.",
            q => q.RequiresReturnOrDestruction != true),
        Subpoena("LEGAL-SUBPOENA-SCOPE-DATES", "(e)(1)(ii)", "coversFrom",
            "The request asks for records from dates the subpoena does not cover. Narrow the dates to the subpoena.",
            (p, f) => Scope.DatesExceed(p.CoversFrom, p.CoversTo, f)),
        Subpoena("LEGAL-SUBPOENA-SCOPE-CATEGORIES", "(e)(1)(ii)", "coveredCategories",
            "The request asks for record types the subpoena does not cover. Narrow the request to the subpoena.",
            (p, f) => Scope.CategoriesExceed(p.CoveredCategories, f)),

        EvidenceRule.Defect(
            "LEGAL-PSYNOTES", "45 CFR 164.508(a)(2)", "legalProcess.coveredCategories",
            "The release includes psychotherapy notes. Under legal process they can be released only when a court or tribunal order expressly covers them (otherwise an authorization dedicated to them is needed). Send such an order, or narrow the request to exclude them.",
            ctx => ctx.Basis == LegalBasis.JudicialOrAdministrative && ctx.Evidence.LegalProcess is not null && ctx.Facts.HasPsychotherapyNotes,
            ctx => !ReleasePolicy.PsychotherapyNotesCoveredByLegalProcess(ctx.Evidence)),
    ];

    internal static bool IsJudicial(ProcessIssuer? issuer) => issuer is ProcessIssuer.Judge or ProcessIssuer.AdministrativeTribunal;

    /// <summary>(e)(1)(iii)/(iv): one complete assurance is enough; the other one's gaps are then not reported.</summary>
    internal static bool NoticeComplete(NoticeAssurance? n, RequestFacts facts) =>
        n is not null
        && n.WrittenStatementReceived == true && n.GoodFaithNoticeGiven == true && n.NoticeDescribedLitigation == true
        && n.ObjectionPeriodEndsOn is { } ends && ends < facts.Today
        && (n.Objections == ObjectionStatus.NoneFiled || (n.Objections == ObjectionStatus.Resolved && n.RequestConsistentWithResolution == true));

    internal static bool QpoComplete(QpoAssurance? q) =>
        q is not null && q.WrittenStatementReceived == true && q.Status is not null
        && q.ProhibitsUseOutsideLitigation == true && q.RequiresReturnOrDestruction == true;

    private static bool IsOrder(EvidenceContext ctx) =>
        ctx.Basis == LegalBasis.JudicialOrAdministrative && ctx.Kind == EvidenceKind.CourtOrder && ctx.Evidence.LegalProcess is not null;

    private static bool IsSubpoena(EvidenceContext ctx) =>
        ctx.Basis == LegalBasis.JudicialOrAdministrative && ctx.Kind == EvidenceKind.Subpoena && ctx.Evidence.LegalProcess is not null;

    private static EvidenceRule Order(string code, string paragraph, string field, FindingSeverity severity, string message, Func<LegalProcessEvidence, RequestFacts, bool> isViolated) =>
        new(code, severity, Cfr + paragraph, $"legalProcess.{field}", message, IsOrder, ctx => isViolated(ctx.Evidence.LegalProcess!, ctx.Facts));

    private static EvidenceRule Subpoena(string code, string paragraph, string field, string message, Func<LegalProcessEvidence, RequestFacts, bool> isViolated) =>
        EvidenceRule.Defect(code, Cfr + paragraph, field == "legalProcess" ? field : $"legalProcess.{field}", message, IsSubpoena, ctx => isViolated(ctx.Evidence.LegalProcess!, ctx.Facts));

    private static EvidenceRule Notice(string code, string paragraph, string field, string message, Func<NoticeAssurance, RequestFacts, bool> isViolated) =>
        EvidenceRule.Defect(
            code, Cfr + paragraph, $"legalProcess.noticeAssurance.{field}", message,
            ctx => IsSubpoena(ctx) && ctx.Evidence.LegalProcess!.NoticeAssurance is not null && !QpoComplete(ctx.Evidence.LegalProcess.QpoAssurance),
            ctx => isViolated(ctx.Evidence.LegalProcess!.NoticeAssurance!, ctx.Facts));

    private static EvidenceRule Qpo(string code, string paragraph, string field, string message, Func<QpoAssurance, bool> isViolated) =>
        EvidenceRule.Defect(
            code, Cfr + paragraph, $"legalProcess.qpoAssurance.{field}", message,
            ctx => IsSubpoena(ctx) && ctx.Evidence.LegalProcess!.QpoAssurance is not null && !NoticeComplete(ctx.Evidence.LegalProcess.NoticeAssurance, ctx.Facts),
            ctx => isViolated(ctx.Evidence.LegalProcess!.QpoAssurance!));
}
