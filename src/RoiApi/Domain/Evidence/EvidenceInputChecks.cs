namespace RoiApi.Domain.Evidence;

/// <summary>A problem with the input itself (answered with 400), as opposed to a finding about the evidence (422).</summary>
public sealed record InputProblem(string Field, string Message);

/// <summary>
/// Consistency checks on the submitted evidence and request facts: things that cannot be true of any real document
/// (dates in the wrong order, a signature after the submission) or a body that does not match its own kind.
/// </summary>
public static class EvidenceInputChecks
{
    /// <summary>Signatures may be dated up to one day after the submission's own date, to absorb time-zone differences.</summary>
    public const int SignatureDateGraceDays = 1;

    private static readonly Dictionary<EvidenceKind, LegalBasis[]> BasesByKind = new()
    {
        [EvidenceKind.Authorization] = [LegalBasis.Authorization],
        [EvidenceKind.Part2Consent] = [LegalBasis.TreatmentPaymentOperations],
        [EvidenceKind.CourtOrder] = [LegalBasis.JudicialOrAdministrative],
        [EvidenceKind.Subpoena] = [LegalBasis.JudicialOrAdministrative],
        [EvidenceKind.LawEnforcementRequest] = [LegalBasis.LawEnforcement],
        [EvidenceKind.Directive] = [LegalBasis.ThirdPartyDirective],
    };

    public static IReadOnlyList<InputProblem> Check(EvidenceSubmission? evidence, RequestFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var problems = new List<InputProblem>();
        var latestSignature = DateOnly.FromDateTime(facts.SubmittedAt.DateTime).AddDays(SignatureDateGraceDays);

        Range(problems, "requestedFrom", facts.RequestedFrom, facts.RequestedTo, "The requested date range ends before it starts.");

        if (evidence is null)
        {
            problems.Add(new("kind", "No evidence was sent."));
            return problems;
        }

        KindAndSection(problems, evidence, facts.LegalBasis);

        if (evidence.Authorization is { } a)
        {
            Range(problems, "authorization.coversFrom", a.CoversFrom, a.CoversTo, "The authorization's date range ends before it starts.");
            NotAfter(problems, "authorization.signedOn", a.SignedOn, latestSignature, "The authorization's signature date is after the date it was submitted.");
            Range(problems, "authorization.expirationDate", a.SignedOn, a.ExpirationDate, "The authorization's expiration date is before the date it was signed.");
            Range(problems, "authorization.revokedAt", a.SignedOn, a.RevokedAt is { } revoked ? DateOnly.FromDateTime(revoked.DateTime) : null, "The authorization's revocation is dated before the authorization was signed.");
        }

        if (evidence.Part2Consent is { } c)
        {
            Range(problems, "part2Consent.coversFrom", c.CoversFrom, c.CoversTo, "The consent's date range ends before it starts.");
            NotAfter(problems, "part2Consent.signedOn", c.SignedOn, latestSignature, "The consent's signature date is after the date it was submitted.");
            Range(problems, "part2Consent.expirationDate", c.SignedOn, c.ExpirationDate, "The consent's expiration date is before the date it was signed.");
            Range(problems, "part2Consent.revokedAt", c.SignedOn, c.RevokedAt is { } revoked ? DateOnly.FromDateTime(revoked.DateTime) : null, "The consent's revocation is dated before the consent was signed.");
        }

        if (evidence.LegalProcess is { } p)
        {
            Range(problems, "legalProcess.coversFrom", p.CoversFrom, p.CoversTo, "The legal process's date range ends before it starts.");
        }

        if (evidence.LawEnforcement is { } e)
        {
            Range(problems, "lawEnforcement.coversFrom", e.CoversFrom, e.CoversTo, "The law-enforcement request's date range ends before it starts.");
            if (e.RequestedElements?.Any(Text.IsBlank) == true)
            {
                problems.Add(new("lawEnforcement.requestedElements", "The list of requested data elements contains a blank entry."));
            }
        }

        if (evidence.Directive is { } d)
        {
            NotAfter(problems, "directive.signedOn", d.SignedOn, latestSignature, "The directive's signature date is after the date it was submitted.");
        }

        if (evidence.Attestation is { } t)
        {
            NotAfter(problems, "attestation.signedOn", t.SignedOn, latestSignature, "The attestation's signature date is after the date it was submitted.");
        }

        return problems;
    }

    private static void KindAndSection(List<InputProblem> problems, EvidenceSubmission evidence, LegalBasis basis)
    {
        if (evidence.Kind is not { } kind)
        {
            problems.Add(new("kind", "State the kind of evidence: Authorization, Part2Consent, CourtOrder, Subpoena, LawEnforcementRequest or Directive."));
            return;
        }

        if (!BasesByKind[kind].Contains(basis))
        {
            problems.Add(new("kind", $"Evidence of kind {kind} does not fit a request whose legal basis is {basis}."));
        }

        var (field, present) = kind switch
        {
            EvidenceKind.Authorization => ("authorization", evidence.Authorization is not null),
            EvidenceKind.Part2Consent => ("part2Consent", evidence.Part2Consent is not null),
            EvidenceKind.CourtOrder or EvidenceKind.Subpoena => ("legalProcess", evidence.LegalProcess is not null),
            EvidenceKind.LawEnforcementRequest => ("lawEnforcement", evidence.LawEnforcement is not null),
            _ => ("directive", evidence.Directive is not null),
        };
        if (!present)
        {
            problems.Add(new(field, $"Evidence of kind {kind} needs its '{field}' section."));
        }
    }

    private static void Range(List<InputProblem> problems, string field, DateOnly? from, DateOnly? to, string message)
    {
        if (from is { } start && to is { } end && end < start)
        {
            problems.Add(new(field, message));
        }
    }

    private static void NotAfter(List<InputProblem> problems, string field, DateOnly? value, DateOnly latest, string message)
    {
        if (value is { } date && date > latest)
        {
            problems.Add(new(field, message));
        }
    }
}
