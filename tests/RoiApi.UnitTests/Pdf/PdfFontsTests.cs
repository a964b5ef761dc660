using RoiApi.Infrastructure.Pdf;

namespace RoiApi.UnitTests.Pdf;

public sealed class PdfFontsTests
{
    [Fact]
    public void MissingFontsGiveAClearException()
    {
        var missing = Path.Combine(Path.GetTempPath(), "roiapi-no-fonts-" + Guid.NewGuid().ToString("N"));

        var act = () => new PdfFonts(missing, []);

        act.Should().Throw<InvalidOperationException>()
            .Which.Message.Should().Contain(missing)
            .And.Contain(PdfFonts.RegularFileName)
            .And.Contain("fonts-liberation2");
    }

    [Fact]
    public void TheExceptionNamesEverySearchedDirectory()
    {
        var act = () => new PdfFonts(null, ["/nowhere/one", "/nowhere/two"]);

        act.Should().Throw<InvalidOperationException>()
            .Which.Message.Should().Contain("/nowhere/one").And.Contain("/nowhere/two");
    }

    [Fact]
    public void AnExplicitDirectoryIsSearchedFirst()
    {
        var directory = Directory.CreateTempSubdirectory("roiapi-fonts-");
        try
        {
            using (var system = new PdfFonts())
            {
                File.Copy(Path.Combine(system.Directory, PdfFonts.RegularFileName), Path.Combine(directory.FullName, PdfFonts.RegularFileName));
                File.Copy(Path.Combine(system.Directory, PdfFonts.BoldFileName), Path.Combine(directory.FullName, PdfFonts.BoldFileName));
            }

            using var fonts = new PdfFonts(directory.FullName);

            fonts.Directory.Should().Be(directory.FullName);
            fonts.Regular.FamilyName.Should().Be("Liberation Sans");
            fonts.Bold.IsBold.Should().BeTrue();
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
