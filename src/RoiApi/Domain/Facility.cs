using RoiApi.Domain.Evidence;

namespace RoiApi.Domain;

/// <summary>Configuration section <c>Facility</c>: the covered entity this deployment releases for.</summary>
public sealed class FacilityOptions
{
    public const string Section = "Facility";

    /// <summary>Must be among the persons an authorization names as authorized to disclose (45 CFR 164.508(c)(1)(ii)).</summary>
    public string Name { get; set; } = "Riverside General Hospital";

    public string Address { get; set; } = "1200 River Road, Springfield, IL 62701";

    /// <summary>The office that takes complaints and access questions (45 CFR 164.524(d)(2)(iii), 164.530(d)).</summary>
    public string PrivacyOffice { get; set; } = "Privacy Office, Health Information Management";

    public string PrivacyOfficePhone { get; set; } = "(217) 555-0100";

    /// <summary>The jurisdiction rule pack in force (e.g. <c>example-ny</c>); empty = federal rules only.</summary>
    public string? RulePack { get; set; }

    /// <summary>Shorter state clocks (e.g. a 15-day copy rule); the earliest applicable deadline wins.</summary>
    public List<ClockRule> Clocks { get; set; } = [];

    /// <summary>Which 42 CFR 2.32(a) statement accompanies consent-based disclosures of Part 2 records.</summary>
    public Part2NoticeStatement Part2NoticeStatement { get; set; } = Part2NoticeStatement.Statement1;
}
