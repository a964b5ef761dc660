namespace RoiApi.Domain;

/// <summary>Configuration section <c>Facility</c>: the covered entity this deployment releases for.</summary>
public sealed class FacilityOptions
{
    public const string Section = "Facility";

    /// <summary>Must be among the persons an authorization names as authorized to disclose (45 CFR 164.508(c)(1)(ii)).</summary>
    public string Name { get; set; } = "Riverside General Hospital";

    /// <summary>The jurisdiction rule pack in force (e.g. <c>example-ny</c>); empty = federal rules only.</summary>
    public string? RulePack { get; set; }
}
