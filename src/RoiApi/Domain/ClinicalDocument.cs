namespace RoiApi.Domain;

/// <summary>One record in the designated record set: what a release set is made of.</summary>
public sealed class ClinicalDocument
{
    private ClinicalDocument()
    {
    }

    public ClinicalDocument(
        Guid id,
        Guid patientId,
        DocumentCategory category,
        DateOnly dateOfService,
        string title,
        string author,
        IReadOnlyCollection<string> sensitivityLabels,
        string contentType,
        byte[] content,
        int pageCount)
    {
        Id = id;
        PatientId = patientId;
        Category = category;
        DateOfService = dateOfService;
        Title = title;
        Author = author;
        SensitivityLabels = [.. sensitivityLabels];
        ContentType = contentType;
        Content = content;
        PageCount = pageCount;
        Sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content));
    }

    public Guid Id { get; private set; }

    public Guid PatientId { get; private set; }

    public DocumentCategory Category { get; private set; }

    public DateOnly DateOfService { get; private set; }

    public string Title { get; private set; } = "";

    public string Author { get; private set; } = "";

    public List<string> SensitivityLabels { get; private set; } = [];

    public string ContentType { get; private set; } = "text/plain";

    public byte[] Content { get; private set; } = [];

    public int PageCount { get; private set; }

    public string Sha256 { get; private set; } = "";
}
