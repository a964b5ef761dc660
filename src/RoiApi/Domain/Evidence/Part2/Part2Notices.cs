namespace RoiApi.Domain.Evidence;

/// <summary>The two notices of 42 CFR 2.32(a); one of them accompanies each consent-based disclosure of Part 2 records.</summary>
public enum Part2NoticeStatement
{
    /// <summary>The full statement.</summary>
    Statement1,

    /// <summary>The short form.</summary>
    Statement2,
}

/// <summary>One version of a 42 CFR 2.32 notice text, in force from <see cref="EffectiveFrom"/> until the day before <see cref="EffectiveUntil"/>.</summary>
public sealed record Part2NoticeText(
    string Id,
    Part2NoticeStatement Statement,
    DateOnly EffectiveFrom,
    DateOnly? EffectiveUntil,
    string Text,
    string Source)
{
    public bool InForceOn(DateOnly date) => date >= EffectiveFrom && (EffectiveUntil is not { } until || date < until);
}

/// <summary>
/// The 42 CFR 2.32 notice texts as versioned data (seed data for the notice table; the renderer never holds the text).
/// Only the 2024 versions (89 FR 12472, effective 2024-04-16) are included; earlier versions are not.
/// </summary>
public static class Part2Notices
{
    public static readonly DateOnly Rule2024Effective = new(2024, 4, 16);

    public static Part2NoticeText Statement1Of2024 { get; } = new(
        "part2-2.32-statement1-2024",
        Part2NoticeStatement.Statement1,
        Rule2024Effective,
        null,
        "This record which has been disclosed to you is protected by Federal confidentiality rules (42 CFR part 2). These rules prohibit you from using or disclosing this record, or testimony that describes the information contained in this record, in any civil, criminal, administrative, or legislative proceedings by any Federal, State, or local authority, against the patient, unless authorized by the consent of the patient, except as provided at 42 CFR 2.12(c)(5) or as authorized by a court in accordance with 42 CFR 2.64 or 2.65. In addition, the Federal rules prohibit you from making any other use or disclosure of this record unless at least one of the following applies: (i) Further use or disclosure is expressly permitted by the written consent of the individual whose information is being disclosed in this record or as otherwise permitted by 42 CFR part 2. (ii) You are a covered entity or business associate and have received the record for treatment, payment, or health care operations, or (iii) You have received the record from a covered entity or business associate as permitted by 45 CFR part 164, subparts A and E. A general authorization for the release of medical or other information is NOT sufficient to meet the required elements of written consent to further use or redisclose the record (see 42 CFR 2.31).",
        "42 CFR 2.32(a)(1), 89 FR 12472 (2024)");

    public static Part2NoticeText Statement2Of2024 { get; } = new(
        "part2-2.32-statement2-2024",
        Part2NoticeStatement.Statement2,
        Rule2024Effective,
        null,
        "42 CFR part 2 prohibits unauthorized use or disclosure of these records.",
        "42 CFR 2.32(a)(2), 89 FR 12472 (2024)");

    public static IReadOnlyList<Part2NoticeText> Versions { get; } = [Statement1Of2024, Statement2Of2024];

    /// <summary>The seed version of <paramref name="statement"/> in force on <paramref name="date"/>, or null.</summary>
    public static Part2NoticeText? InForce(Part2NoticeStatement statement, DateOnly date) => InForce(Versions, statement, date);

    /// <summary>The version of <paramref name="statement"/> in force on <paramref name="date"/> among <paramref name="versions"/> (e.g. loaded from the database), or null.</summary>
    public static Part2NoticeText? InForce(IEnumerable<Part2NoticeText> versions, Part2NoticeStatement statement, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(versions);
        return versions
            .Where(version => version.Statement == statement && version.InForceOn(date))
            .OrderByDescending(version => version.EffectiveFrom)
            .FirstOrDefault();
    }
}
