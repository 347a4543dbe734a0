using Skia.Toolkit.Theming;
using SkiaSharp;

namespace Skia.Toolkit.Widgets;

/// <summary>ButtonPalette resolves the fill, outline and text colours of a button-like surface for a style and state.</summary>
internal readonly record struct ButtonPalette(SKColor Fill, SKColor Outline, SKColor Text)
{
    // Hover lightens and pressed darkens the tone fills by these shares, so Positive/Negative need no extra theme entries.
    private const float HoverMix = 0.12f;
    private const float PressedMix = 0.18f;

    /// <summary>For returns the colours of a surface in a style, given its state.</summary>
    public static ButtonPalette For(Theme t, ButtonStyle style, bool enabled, bool hovered, bool pressed)
    {
        if (!enabled)
        {
            return style == ButtonStyle.Default
                ? new ButtonPalette(t.Surface, t.Border, t.TextDisabled)
                : new ButtonPalette(ColorMath.Fade(Tone(t, style), 0.35f), SKColors.Transparent, ColorMath.Fade(t.OnAccent, 0.6f));
        }
        switch (style)
        {
            case ButtonStyle.Default:
                return new ButtonPalette(pressed ? t.SurfacePressed : hovered ? t.SurfaceHover : t.SurfaceRaised, t.Border, t.Text);
            case ButtonStyle.Primary:
                return new ButtonPalette(pressed ? t.AccentPressed : hovered ? t.AccentHover : t.Accent, SKColors.Transparent, t.OnAccent);
            case ButtonStyle.Danger:
                return new ButtonPalette(pressed ? t.DangerPressed : hovered ? t.DangerHover : t.Danger, SKColors.Transparent, t.OnAccent);
            default:
                var tone = Tone(t, style);
                var fill = pressed ? ColorMath.Mix(tone, SKColors.Black, PressedMix) : hovered ? ColorMath.Mix(tone, SKColors.White, HoverMix) : tone;
                return new ButtonPalette(fill, SKColors.Transparent, t.OnAccent);
        }
    }

    /// <summary>Tone is the base colour of a style.</summary>
    public static SKColor Tone(Theme t, ButtonStyle style) => style switch
    {
        ButtonStyle.Primary => t.Accent,
        ButtonStyle.Danger => t.Danger,
        ButtonStyle.Positive => t.Positive,
        ButtonStyle.Negative => t.Negative,
        _ => t.SurfaceRaised,
    };
}
