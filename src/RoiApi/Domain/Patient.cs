namespace RoiApi.Domain;

public sealed class Patient
{
    private Patient()
    {
    }

    public Patient(Guid id, string mrn, string givenName, string familyName, DateOnly birthDate, PostalAddress address)
    {
        Id = id;
        Mrn = mrn;
        GivenName = givenName;
        FamilyName = familyName;
        BirthDate = birthDate;
        Address = address;
    }

    public Guid Id { get; private set; }

    /// <summary>Medical record number, unique within the facility.</summary>
    public string Mrn { get; private set; } = "";

    public string GivenName { get; private set; } = "";

    public string FamilyName { get; private set; } = "";

    public DateOnly BirthDate { get; private set; }

    public PostalAddress Address { get; private set; } = PostalAddress.Unknown;

    public uint Version { get; private set; }

    public string FullName => $"{GivenName} {FamilyName}";
}

public sealed record PostalAddress(string Line1, string City, string State, string PostalCode)
{
    public static readonly PostalAddress Unknown = new("", "", "", "");

    public override string ToString() => $"{Line1}, {City}, {State} {PostalCode}";
}
