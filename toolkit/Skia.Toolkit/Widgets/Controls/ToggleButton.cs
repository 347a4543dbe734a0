using Skia.Toolkit.Core;

namespace Skia.Toolkit.Widgets;

/// <summary>ToggleButton is a button that stays down: each click flips <see cref="IsChecked"/>; checked draws in its style (primary when default).</summary>
public class ToggleButton : Button
{
    private bool _isChecked;

    /// <summary>ToggleButton creates an unchecked toggle with a caption.</summary>
    public ToggleButton(string text = "") : base(text)
    {
    }

    /// <summary>CheckedChanged is raised after <see cref="IsChecked"/> changes.</summary>
    public event EventHandler? CheckedChanged;

    /// <summary>IsChecked is the toggle's state.</summary>
    public bool IsChecked
    {
        get => _isChecked;
        set
        {
            if (_isChecked == value) return;
            _isChecked = value;
            InvalidatePaint();
            CheckedChanged?.Invoke(this, EventArgs.Empty);
        }
    }

    /// <summary>OnClick flips the state, then raises Click.</summary>
    protected override void OnClick()
    {
        IsChecked = !IsChecked;
        base.OnClick();
    }

    private protected override ButtonStyle EffectiveStyle
        => !_isChecked ? ButtonStyle.Default : Style == ButtonStyle.Default ? ButtonStyle.Primary : Style;

    /// <summary>DescribeMarkup adds the checked state.</summary>
    protected override void DescribeMarkup(MarkupWriter w)
    {
        base.DescribeMarkup(w);
        w.Property("checked", _isChecked);
    }
}
