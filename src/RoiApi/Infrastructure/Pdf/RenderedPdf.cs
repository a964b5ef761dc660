namespace RoiApi.Infrastructure.Pdf;

/// <summary>A finished PDF: its bytes, its page count and the lower-case hex SHA-256 of the bytes.</summary>
internal sealed record RenderedPdf(byte[] Content, int PageCount, string Sha256Hex);
