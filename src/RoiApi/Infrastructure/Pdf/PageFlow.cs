namespace RoiApi.Infrastructure.Pdf;

/// <summary>
/// Layout cursor for the content area (pass one). Components reserve vertical space and add draw commands;
/// the flow starts a new page whenever the reserved space does not fit on the current one.
/// </summary>
internal sealed class PageFlow
{
    private readonly List<List<DrawCommand>> pages = [[]];
    private float cursor;

    public PageFlow(PageSettings page, PdfFontScope fonts)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(fonts);
        Page = page;
        Fonts = fonts;
        cursor = page.ContentTop;
    }

    public PageSettings Page { get; }

    public PdfFontScope Fonts { get; }

    public float Left => Page.ContentLeft;

    public float Width => Page.ContentWidth;

    /// <summary>Top of the free space on the current page.</summary>
    public float Y => cursor;

    public float RemainingHeight => Page.ContentBottom - cursor;

    /// <summary>Whether nothing has been placed on the current page yet.</summary>
    public bool AtPageTop => pages[^1].Count == 0 && cursor <= Page.ContentTop;

    public int PageCount => pages.Count;

    /// <summary>Starts a new page unless <paramref name="height"/> fits or the page is still empty. Returns whether a page was started.</summary>
    public bool EnsureSpace(float height)
    {
        if (height <= RemainingHeight || AtPageTop)
        {
            return false;
        }

        NewPage();
        return true;
    }

    /// <summary>Reserves <paramref name="height"/> (breaking the page first if needed) and returns the top of the reserved box.</summary>
    public float Reserve(float height)
    {
        EnsureSpace(height);
        var top = cursor;
        cursor += height;
        return top;
    }

    /// <summary>Adds vertical space; space that would cross the page bottom is dropped, not carried over.</summary>
    public void AddSpace(float height)
    {
        if (AtPageTop)
        {
            return;
        }

        cursor = Math.Min(cursor + height, Page.ContentBottom);
    }

    /// <summary>Forces the following content onto a new page (no-op at the top of an empty page).</summary>
    public void BreakPage()
    {
        if (!AtPageTop)
        {
            NewPage();
        }
    }

    public void Add(DrawCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        pages[^1].Add(command);
    }

    /// <summary>Reserves one line of <paramref name="style"/> and draws <paramref name="text"/> in it at <paramref name="x"/>.</summary>
    public void AddLine(string text, TextStyle style, float x)
    {
        var top = Reserve(Fonts.LineHeight(style));
        if (text.Length > 0)
        {
            Add(new TextCommand(text, x, top + Fonts.Ascent(style), style));
        }
    }

    /// <summary>The laid-out pages; always at least one.</summary>
    public IReadOnlyList<IReadOnlyList<DrawCommand>> Complete() => pages;

    private void NewPage()
    {
        pages.Add([]);
        cursor = Page.ContentTop;
    }
}
