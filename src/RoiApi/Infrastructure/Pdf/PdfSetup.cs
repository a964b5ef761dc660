namespace RoiApi.Infrastructure.Pdf;

internal static class PdfSetup
{
    /// <summary>Fonts load from files once (Pdf:FontDirectory, else the Liberation package's folders); a missing font fails loudly.</summary>
    public static IServiceCollection AddRoiPdf(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(_ => new PdfFonts(configuration["Pdf:FontDirectory"]));
        services.AddSingleton<IPacketRenderer, PacketRenderer>();
        services.AddSingleton<LetterRenderer>();
        return services;
    }
}
