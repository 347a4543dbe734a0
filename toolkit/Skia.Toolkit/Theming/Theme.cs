using SkiaSharp;

namespace Skia.Toolkit.Theming;

/// <summary>
/// Theme holds everything widgets need to look consistent: the colour palette, font sizes,
/// spacing and control metrics, and animation durations, in one immutable object.
/// Customise by copying a built-in theme: <c>new Theme(Theme.Dark) { Accent = ... }</c>.
/// </summary>
public sealed class Theme
{
    /// <summary>Dark is the default theme: light text on near-black surfaces, tuned for long trading sessions.</summary>
    public static Theme Dark { get; } = new()
    {
        Name = "dark",
        Background = new SKColor(0x12, 0x14, 0x18),
        Surface = new SKColor(0x1B, 0x1E, 0x24),
        SurfaceRaised = new SKColor(0x26, 0x2A, 0x32),
        SurfaceHover = new SKColor(0x30, 0x35, 0x3F),
        SurfacePressed = new SKColor(0x3B, 0x41, 0x4D),
        Border = new SKColor(0x3A, 0x3F, 0x4A),
        Text = new SKColor(0xE6, 0xE8, 0xEB),
        TextMuted = new SKColor(0x9A, 0xA1, 0xAC),
        TextDisabled = new SKColor(0x5C, 0x62, 0x6C),
        Accent = new SKColor(0x3B, 0x82, 0xF6),
        AccentHover = new SKColor(0x5B, 0x97, 0xF8),
        AccentPressed = new SKColor(0x25, 0x63, 0xEB),
        OnAccent = SKColors.White,
        Danger = new SKColor(0xE5, 0x48, 0x4D),
        DangerHover = new SKColor(0xEC, 0x64, 0x68),
        DangerPressed = new SKColor(0xC7, 0x32, 0x37),
        Positive = new SKColor(0x16, 0xC7, 0x84),
        Negative = new SKColor(0xF0, 0x4D, 0x5A),
        Warning = new SKColor(0xF5, 0xA5, 0x24),
        FocusRing = new SKColor(0x7C, 0xB3, 0xFF),
        Selection = new SKColor(0x3B, 0x82, 0xF6, 0x66),
        GridLine = new SKColor(0x2A, 0x2E, 0x36),
        Series = [new SKColor(0x3B, 0x82, 0xF6), new SKColor(0xF5, 0xA5, 0x24), new SKColor(0xA8, 0x55, 0xF7), new SKColor(0x14, 0xB8, 0xA6)],
    };

    /// <summary>Light is the alternative palette with dark text on white surfaces; metrics equal <see cref="Dark"/>.</summary>
    public static Theme Light { get; } = new(Dark)
    {
        Name = "light",
        Background = new SKColor(0xF4, 0xF5, 0xF7),
        Surface = SKColors.White,
        SurfaceRaised = new SKColor(0xEC, 0xEE, 0xF1),
        SurfaceHover = new SKColor(0xE1, 0xE4, 0xE9),
        SurfacePressed = new SKColor(0xD3, 0xD7, 0xDE),
        Border = new SKColor(0xC4, 0xC9, 0xD1),
        Text = new SKColor(0x16, 0x1A, 0x20),
        TextMuted = new SKColor(0x5B, 0x63, 0x70),
        TextDisabled = new SKColor(0xA3, 0xA9, 0xB2),
        Accent = new SKColor(0x25, 0x63, 0xEB),
        AccentHover = new SKColor(0x1D, 0x4E, 0xD8),
        AccentPressed = new SKColor(0x1E, 0x40, 0xAF),
        OnAccent = SKColors.White,
        Danger = new SKColor(0xDC, 0x26, 0x26),
        DangerHover = new SKColor(0xB9, 0x1C, 0x1C),
        DangerPressed = new SKColor(0x99, 0x1B, 0x1B),
        Positive = new SKColor(0x05, 0x96, 0x69),
        Negative = new SKColor(0xDC, 0x26, 0x26),
        Warning = new SKColor(0xB4, 0x53, 0x09),
        FocusRing = new SKColor(0x25, 0x63, 0xEB),
        Selection = new SKColor(0x25, 0x63, 0xEB, 0x40),
        GridLine = new SKColor(0xE3, 0xE6, 0xEA),
        Series = [new SKColor(0x25, 0x63, 0xEB), new SKColor(0xD9, 0x77, 0x06), new SKColor(0x93, 0x33, 0xEA), new SKColor(0x0D, 0x94, 0x88)],
    };

    /// <summary>Theme() creates a theme with every colour transparent and the default metrics; prefer copying <see cref="Dark"/>.</summary>
    public Theme()
    {
    }

    /// <summary>Theme(basedOn) copies every value of another theme, so an initializer can override a few.</summary>
    public Theme(Theme basedOn)
    {
        ArgumentNullException.ThrowIfNull(basedOn);
        Name = basedOn.Name;
        Background = basedOn.Background;
        Surface = basedOn.Surface;
        SurfaceRaised = basedOn.SurfaceRaised;
        SurfaceHover = basedOn.SurfaceHover;
        SurfacePressed = basedOn.SurfacePressed;
        Border = basedOn.Border;
        Text = basedOn.Text;
        TextMuted = basedOn.TextMuted;
        TextDisabled = basedOn.TextDisabled;
        Accent = basedOn.Accent;
        AccentHover = basedOn.AccentHover;
        AccentPressed = basedOn.AccentPressed;
        OnAccent = basedOn.OnAccent;
        Danger = basedOn.Danger;
        DangerHover = basedOn.DangerHover;
        DangerPressed = basedOn.DangerPressed;
        Positive = basedOn.Positive;
        Negative = basedOn.Negative;
        Warning = basedOn.Warning;
        FocusRing = basedOn.FocusRing;
        Selection = basedOn.Selection;
        GridLine = basedOn.GridLine;
        Series = basedOn.Series;
        FontSizeSmall = basedOn.FontSizeSmall;
        FontSize = basedOn.FontSize;
        FontSizeLarge = basedOn.FontSizeLarge;
        FontSizeHeading = basedOn.FontSizeHeading;
        SpacingSmall = basedOn.SpacingSmall;
        Spacing = basedOn.Spacing;
        SpacingLarge = basedOn.SpacingLarge;
        ControlHeight = basedOn.ControlHeight;
        RowHeight = basedOn.RowHeight;
        IconSize = basedOn.IconSize;
        CornerRadius = basedOn.CornerRadius;
        BorderWidth = basedOn.BorderWidth;
        FocusRingWidth = basedOn.FocusRingWidth;
        AnimationDuration = basedOn.AnimationDuration;
        CaretBlinkInterval = basedOn.CaretBlinkInterval;
    }

    /// <summary>Name identifies the theme in markup snapshots and settings ("dark", "light").</summary>
    public string Name { get; init; } = "custom";

    /// <summary>Background is the window fill behind all content.</summary>
    public SKColor Background { get; init; }

    /// <summary>Surface fills panels, inputs and table bodies.</summary>
    public SKColor Surface { get; init; }

    /// <summary>SurfaceRaised fills buttons, headers and popups, one step above <see cref="Surface"/>.</summary>
    public SKColor SurfaceRaised { get; init; }

    /// <summary>SurfaceHover fills a raised control under the pointer.</summary>
    public SKColor SurfaceHover { get; init; }

    /// <summary>SurfacePressed fills a raised control while it is pressed.</summary>
    public SKColor SurfacePressed { get; init; }

    /// <summary>Border strokes control outlines and separators.</summary>
    public SKColor Border { get; init; }

    /// <summary>Text is the colour of ordinary text.</summary>
    public SKColor Text { get; init; }

    /// <summary>TextMuted is for secondary text: placeholders, axis labels, column headers.</summary>
    public SKColor TextMuted { get; init; }

    /// <summary>TextDisabled is for text of disabled controls.</summary>
    public SKColor TextDisabled { get; init; }

    /// <summary>Accent fills primary buttons, checked boxes and selected segments.</summary>
    public SKColor Accent { get; init; }

    /// <summary>AccentHover is <see cref="Accent"/> under the pointer.</summary>
    public SKColor AccentHover { get; init; }

    /// <summary>AccentPressed is <see cref="Accent"/> while pressed.</summary>
    public SKColor AccentPressed { get; init; }

    /// <summary>OnAccent is the text colour on accent and danger fills.</summary>
    public SKColor OnAccent { get; init; }

    /// <summary>Danger fills destructive buttons and strokes invalid inputs.</summary>
    public SKColor Danger { get; init; }

    /// <summary>DangerHover is <see cref="Danger"/> under the pointer.</summary>
    public SKColor DangerHover { get; init; }

    /// <summary>DangerPressed is <see cref="Danger"/> while pressed.</summary>
    public SKColor DangerPressed { get; init; }

    /// <summary>Positive marks rising values, bids and buy sides.</summary>
    public SKColor Positive { get; init; }

    /// <summary>Negative marks falling values, asks and sell sides.</summary>
    public SKColor Negative { get; init; }

    /// <summary>Warning marks stale data and cautions.</summary>
    public SKColor Warning { get; init; }

    /// <summary>FocusRing strokes the outline of the focused control.</summary>
    public SKColor FocusRing { get; init; }

    /// <summary>Selection fills selected text and selected rows (translucent).</summary>
    public SKColor Selection { get; init; }

    /// <summary>GridLine strokes chart grids and table row separators.</summary>
    public SKColor GridLine { get; init; }

    /// <summary>Series lists colours for chart series in order of use.</summary>
    public IReadOnlyList<SKColor> Series { get; init; } = [];

    /// <summary>FontSizeSmall is for axis labels and dense tables, in logical pixels.</summary>
    public float FontSizeSmall { get; init; } = 11;

    /// <summary>FontSize is the body text size, in logical pixels.</summary>
    public float FontSize { get; init; } = 13;

    /// <summary>FontSizeLarge is for prominent values such as the last price, in logical pixels.</summary>
    public float FontSizeLarge { get; init; } = 16;

    /// <summary>FontSizeHeading is for panel titles, in logical pixels.</summary>
    public float FontSizeHeading { get; init; } = 20;

    /// <summary>SpacingSmall separates tightly related items (icon and text), in logical pixels.</summary>
    public float SpacingSmall { get; init; } = 4;

    /// <summary>Spacing is the default gap and inner padding, in logical pixels.</summary>
    public float Spacing { get; init; } = 8;

    /// <summary>SpacingLarge separates groups, in logical pixels.</summary>
    public float SpacingLarge { get; init; } = 16;

    /// <summary>ControlHeight is the height of buttons, text boxes and segmented controls, in logical pixels.</summary>
    public float ControlHeight { get; init; } = 28;

    /// <summary>RowHeight is the height of list and table rows, in logical pixels.</summary>
    public float RowHeight { get; init; } = 22;

    /// <summary>IconSize is the side of the square icons in buttons and menus, in logical pixels.</summary>
    public float IconSize { get; init; } = 16;

    /// <summary>CornerRadius rounds control corners, in logical pixels.</summary>
    public float CornerRadius { get; init; } = 4;

    /// <summary>BorderWidth is the stroke width of control outlines, in logical pixels.</summary>
    public float BorderWidth { get; init; } = 1;

    /// <summary>FocusRingWidth is the stroke width of the focus ring, in logical pixels.</summary>
    public float FocusRingWidth { get; init; } = 2;

    /// <summary>AnimationDuration is how long transitions run; zero (the default) means state changes show at once.</summary>
    public TimeSpan AnimationDuration { get; init; } = TimeSpan.Zero;

    /// <summary>CaretBlinkInterval is the text caret's blink half-period; zero (the default) keeps the caret steady.</summary>
    public TimeSpan CaretBlinkInterval { get; init; } = TimeSpan.Zero;

    /// <summary>SeriesColor returns the colour of the chart series at an index, cycling through <see cref="Series"/>.</summary>
    public SKColor SeriesColor(int index) => Series.Count == 0 ? Accent : Series[(int)((uint)index % (uint)Series.Count)];

    /// <summary>ToString returns the theme's name.</summary>
    public override string ToString() => Name;
}
