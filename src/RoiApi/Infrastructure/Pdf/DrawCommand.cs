using SkiaSharp;

namespace RoiApi.Infrastructure.Pdf;

/// <summary>One positioned drawing operation produced by layout (pass one) and replayed onto a page (pass two).</summary>
internal abstract record DrawCommand;

/// <summary>Text drawn with its baseline at <see cref="Y"/>; <see cref="X"/> is interpreted according to <see cref="Align"/>.</summary>
internal sealed record TextCommand(string Text, float X, float Y, TextStyle Style, SKTextAlign Align = SKTextAlign.Left) : DrawCommand;

/// <summary>A straight line.</summary>
internal sealed record LineCommand(float X1, float Y1, float X2, float Y2, float Thickness = 0.5f) : DrawCommand;
