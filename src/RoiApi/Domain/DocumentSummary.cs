namespace RoiApi.Domain;

/// <summary>What the release rules need to know about a document: never its content.</summary>
public sealed record DocumentSummary(Guid Id, DocumentCategory Category, DateOnly DateOfService, string Title, int PageCount, IReadOnlyList<string> SensitivityLabels);
