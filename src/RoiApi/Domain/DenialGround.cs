namespace RoiApi.Domain;

public enum DenialGround
{
    PsychotherapyNotes,
    LitigationMaterial,
    CorrectionalInmate,
    ResearchInProgress,
    PrivacyActRecords,
    ConfidentialSource,
    EndangersLifeOrSafety,
    ReferencesAnotherPerson,
    RepresentativeMayCauseHarm,
    NoValidEvidence,
    IdentityNotVerified,
    RecordsNotHeld,
}

/// <summary>One ground for denial: where it comes from, whether a licensed reviewer must decide it, and which legal bases it applies to.</summary>
public sealed record DenialGroundRule(DenialGround Ground, string Citation, bool Reviewable, bool AccessOnly, string Explanation);

/// <summary>The grounds of 45 CFR 164.524(a)(1)–(3) for access, plus the general ones for any basis, as data.</summary>
public static class DenialGrounds
{
    private static readonly Dictionary<DenialGround, DenialGroundRule> Table = new DenialGroundRule[]
    {
        new(DenialGround.PsychotherapyNotes, "45 CFR 164.524(a)(1)(i)", false, true, "Psychotherapy notes are not part of the right of access."),
        new(DenialGround.LitigationMaterial, "45 CFR 164.524(a)(1)(ii)", false, true, "Information compiled in reasonable anticipation of, or for use in, a legal proceeding."),
        new(DenialGround.CorrectionalInmate, "45 CFR 164.524(a)(2)(ii)", false, true, "An inmate's copy would jeopardize health, safety, security, custody or rehabilitation."),
        new(DenialGround.ResearchInProgress, "45 CFR 164.524(a)(2)(iii)", false, true, "Access is suspended while research that includes treatment is in progress, as agreed at enrolment."),
        new(DenialGround.PrivacyActRecords, "45 CFR 164.524(a)(2)(iv)", false, true, "Records subject to the Privacy Act where it allows denial."),
        new(DenialGround.ConfidentialSource, "45 CFR 164.524(a)(2)(v)", false, true, "Access would reveal a source who gave information under a promise of confidentiality."),
        new(DenialGround.EndangersLifeOrSafety, "45 CFR 164.524(a)(3)(i)", true, true, "A licensed health care professional judged that access is reasonably likely to endanger life or physical safety."),
        new(DenialGround.ReferencesAnotherPerson, "45 CFR 164.524(a)(3)(ii)", true, true, "A licensed health care professional judged that access is reasonably likely to cause substantial harm to another person referenced."),
        new(DenialGround.RepresentativeMayCauseHarm, "45 CFR 164.524(a)(3)(iii)", true, true, "A licensed health care professional judged that access by the personal representative is reasonably likely to cause substantial harm."),
        new(DenialGround.NoValidEvidence, "45 CFR 164.508(a)(1)", false, false, "No valid authorization or other legal basis supports the release."),
        new(DenialGround.IdentityNotVerified, "45 CFR 164.514(h)(1)", false, false, "The identity or authority of the requester could not be verified."),
        new(DenialGround.RecordsNotHeld, "45 CFR 164.524(d)(3)", false, false, "The facility does not hold the records requested."),
    }.ToDictionary(r => r.Ground);

    public static DenialGroundRule For(DenialGround ground) => Table[ground];
}
