namespace RoiApi.Infrastructure.Pdf;

/// <summary>
/// A table column: header text and either a fixed width in points or a share of the width left over by the
/// fixed columns, relative to the other shared columns.
/// </summary>
internal sealed record TableColumn(string Header, float RelativeWidth = 1f, float? FixedWidth = null, TextStyle? Style = null);

/// <summary>
/// A simple table whose cells word-wrap within their column. A row that fits on a page is never split; when a
/// row moves to a new page the header row is repeated.
/// </summary>
internal sealed record Table(
    IReadOnlyList<TableColumn> Columns,
    IReadOnlyList<IReadOnlyList<string>> Rows,
    bool ShowHeader = true,
    bool RowRules = true,
    float SpaceAfter = 8f) : IPdfComponent
{
    private const float CellGap = 8f;
    private const float RowPadding = 2f;

    /// <summary>Two-column key/value rows: bold keys of a fixed width, wrapped values.</summary>
    public static Table KeyValue(IEnumerable<(string Key, string Value)> items, float keyWidth = 120f)
    {
        ArgumentNullException.ThrowIfNull(items);
        var columns = new[]
        {
            new TableColumn(string.Empty, FixedWidth: keyWidth, Style: TextStyle.BodyBold),
            new TableColumn(string.Empty, Style: TextStyle.Body),
        };
        var rows = items.Select(item => (IReadOnlyList<string>)[item.Key, item.Value]).ToList();
        return new Table(columns, rows, ShowHeader: false, RowRules: false);
    }

    public void Compose(PageFlow flow)
    {
        ArgumentNullException.ThrowIfNull(flow);
        if (Columns.Count == 0)
        {
            return;
        }

        var widths = ColumnWidths(flow.Width);
        var styles = Columns.Select(c => c.Style ?? TextStyle.Body).ToArray();
        var lineHeight = styles.Append(TextStyle.SmallBold).Max(flow.Fonts.LineHeight);

        var header = ShowHeader ? Wrap(flow, Columns.Select(c => c.Header).ToList(), widths, Enumerable.Repeat(TextStyle.SmallBold, Columns.Count).ToArray()) : null;
        var headerHeight = header is null ? 0f : RowHeight(header, lineHeight) + 1f;
        var rows = Rows.Select(row => Wrap(flow, row, widths, styles)).ToList();

        // Keep the header together with the first row.
        flow.EnsureSpace(headerHeight + (rows.Count > 0 ? RowHeight(rows[0], lineHeight) : 0f));
        DrawHeader(flow, header, widths, lineHeight);

        foreach (var row in rows)
        {
            var rowHeight = RowHeight(row, lineHeight);
            if (rowHeight <= flow.Page.ContentHeight - headerHeight && flow.EnsureSpace(rowHeight))
            {
                DrawHeader(flow, header, widths, lineHeight);
            }

            DrawRow(flow, row, widths, styles, lineHeight, RowRules);
        }

        flow.AddSpace(SpaceAfter);
    }

    private float[] ColumnWidths(float available)
    {
        var fixedTotal = Columns.Sum(c => Math.Max(c.FixedWidth ?? 0f, 0f));
        var shared = Math.Max(available - fixedTotal, 0f);
        var sharedColumns = Columns.Where(c => c.FixedWidth is null).ToList();
        var totalWeight = sharedColumns.Sum(c => Math.Max(c.RelativeWidth, 0f));
        return Columns
            .Select(c => c.FixedWidth is { } width
                ? Math.Max(width, 0f)
                : totalWeight <= 0f ? shared / sharedColumns.Count : shared * Math.Max(c.RelativeWidth, 0f) / totalWeight)
            .ToArray();
    }

    private static IReadOnlyList<string>[] Wrap(PageFlow flow, IReadOnlyList<string> cells, float[] widths, TextStyle[] styles)
    {
        var wrapped = new IReadOnlyList<string>[widths.Length];
        for (var i = 0; i < widths.Length; i++)
        {
            var text = i < cells.Count ? cells[i] : string.Empty;
            var width = Math.Max(widths[i] - CellGap, 1f);
            wrapped[i] = TextWrapper.Wrap(text, flow.Fonts.Get(styles[i]), width);
        }

        return wrapped;
    }

    private static float RowHeight(IReadOnlyList<string>[] row, float lineHeight) =>
        (Math.Max(1, row.Max(cell => cell.Count)) * lineHeight) + (2 * RowPadding);

    private static void DrawHeader(PageFlow flow, IReadOnlyList<string>[]? header, float[] widths, float lineHeight)
    {
        if (header is null)
        {
            return;
        }

        DrawRow(flow, header, widths, Enumerable.Repeat(TextStyle.SmallBold, widths.Length).ToArray(), lineHeight, rule: false);
        var y = flow.Reserve(1f);
        flow.Add(new LineCommand(flow.Left, y, flow.Left + flow.Width, y, 0.75f));
    }

    private static void DrawRow(PageFlow flow, IReadOnlyList<string>[] row, float[] widths, TextStyle[] styles, float lineHeight, bool rule)
    {
        flow.Reserve(RowPadding);
        var lineCount = Math.Max(1, row.Max(cell => cell.Count));
        for (var line = 0; line < lineCount; line++)
        {
            // A row taller than a page is the only case in which this reservation can break the page.
            var top = flow.Reserve(lineHeight);
            var x = flow.Left;
            for (var column = 0; column < widths.Length; column++)
            {
                if (line < row[column].Count && row[column][line].Length > 0)
                {
                    flow.Add(new TextCommand(row[column][line], x, top + flow.Fonts.Ascent(styles[column]), styles[column]));
                }

                x += widths[column];
            }
        }

        var bottom = flow.Reserve(RowPadding) + RowPadding;
        if (rule)
        {
            flow.Add(new LineCommand(flow.Left, bottom, flow.Left + flow.Width, bottom, 0.25f));
        }
    }
}
