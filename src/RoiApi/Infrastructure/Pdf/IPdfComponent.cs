namespace RoiApi.Infrastructure.Pdf;

/// <summary>A piece of page content that lays itself out into a <see cref="PageFlow"/>.</summary>
internal interface IPdfComponent
{
    void Compose(PageFlow flow);
}
