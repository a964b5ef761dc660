namespace RoiApi.Infrastructure.Pdf;

/// <summary>A word-wrapped block of text; line breaks in the text start new lines.</summary>
internal sealed record Paragraph(string Text, TextStyle Style, float SpaceAfter = 6f) : IPdfComponent
{
    public void Compose(PageFlow flow)
    {
        ArgumentNullException.ThrowIfNull(flow);
        foreach (var line in TextWrapper.Wrap(Text, flow.Fonts.Get(Style), flow.Width))
        {
            flow.AddLine(line, Style, flow.Left);
        }

        flow.AddSpace(SpaceAfter);
    }
}

/// <summary>A bold heading kept on the same page as at least two lines of what follows.</summary>
internal sealed record Heading(string Text, TextStyle Style, float SpaceBefore = 8f, float SpaceAfter = 4f) : IPdfComponent
{
    public void Compose(PageFlow flow)
    {
        ArgumentNullException.ThrowIfNull(flow);
        flow.AddSpace(SpaceBefore);
        var lines = TextWrapper.Wrap(Text, flow.Fonts.Get(Style), flow.Width);
        var keepWithNext = (lines.Count * flow.Fonts.LineHeight(Style)) + SpaceAfter + (2 * flow.Fonts.LineHeight(TextStyle.Body));
        flow.EnsureSpace(keepWithNext);
        foreach (var line in lines)
        {
            flow.AddLine(line, Style, flow.Left);
        }

        flow.AddSpace(SpaceAfter);
    }
}

/// <summary>Vertical space.</summary>
internal sealed record Spacer(float Height) : IPdfComponent
{
    public void Compose(PageFlow flow)
    {
        ArgumentNullException.ThrowIfNull(flow);
        flow.AddSpace(Height);
    }
}

/// <summary>A thin horizontal line across the content width.</summary>
internal sealed record HorizontalRule(float SpaceAround = 4f) : IPdfComponent
{
    public void Compose(PageFlow flow)
    {
        ArgumentNullException.ThrowIfNull(flow);
        var top = flow.Reserve(2 * SpaceAround);
        var y = top + SpaceAround;
        flow.Add(new LineCommand(flow.Left, y, flow.Left + flow.Width, y));
    }
}

/// <summary>Starts a new page (unless the current one is still empty).</summary>
internal sealed record PageBreak : IPdfComponent
{
    public void Compose(PageFlow flow)
    {
        ArgumentNullException.ThrowIfNull(flow);
        flow.BreakPage();
    }
}
