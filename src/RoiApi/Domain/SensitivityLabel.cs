namespace RoiApi.Domain;

/// <summary>HL7 v3 ActCode information-sensitivity codes used as FHIR meta.security labels (DOMAIN.md A.11).</summary>
public static class SensitivityLabel
{
    public const string Eth = "ETH";
    public const string Ethud = "ETHUD";
    public const string Opioidud = "OPIOIDUD";
    public const string Sud = "SUD";
    public const string Gdis = "GDIS";
    public const string Hiv = "HIV";
    public const string Std = "STD";
    public const string Sex = "SEX";
    public const string Pregnant = "PREGNANT";
    public const string Sdv = "SDV";
    public const string Mst = "MST";
    public const string Sca = "SCA";
    public const string Sickle = "SICKLE";
    public const string Bh = "BH";
    public const string Mh = "MH";
    public const string Psy = "PSY";
    public const string Psythpn = "PSYTHPN";
    public const string Emotdis = "EMOTDIS";
    public const string Cogn = "COGN";
    public const string Dvd = "DVD";
    public const string Spi = "SPI";
    public const string Tboo = "TBOO";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        Eth, Ethud, Opioidud, Sud, Gdis, Hiv, Std, Sex, Pregnant, Sdv, Mst, Sca, Sickle, Bh, Mh, Psy, Psythpn, Emotdis, Cogn, Dvd, Spi, Tboo,
    };

    /// <summary>Labels that make a record a 42 CFR Part 2 SUD record.</summary>
    public static readonly IReadOnlySet<string> Part2 = new HashSet<string>(StringComparer.Ordinal) { Sud, Eth, Opioidud, Ethud };

    public static bool IsPart2(IEnumerable<string> labels) => labels.Any(Part2.Contains);
}
