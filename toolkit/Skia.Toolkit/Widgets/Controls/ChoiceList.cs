namespace Skia.Toolkit.Widgets;

/// <summary>ChoiceList validates and copies the item lists of single-choice controls (radio groups, segmented controls).</summary>
internal static class ChoiceList
{
    /// <summary>Copy returns the items as an array, refusing null lists and null items with a clear message.</summary>
    public static string[] Copy(IEnumerable<string> items, string owner)
    {
        ArgumentNullException.ThrowIfNull(items);
        var array = items.ToArray();
        for (var i = 0; i < array.Length; i++)
        {
            if (array[i] is null) throw new ArgumentException($"{owner} item {i} is null.", nameof(items));
        }
        return array;
    }

    /// <summary>CheckIndex refuses a selected index outside -1..count-1.</summary>
    public static void CheckIndex(int index, int count, string owner)
    {
        if (index < -1 || index >= count)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, $"{owner} has {count} items; SelectedIndex must be -1 (none) or 0..{count - 1}.");
        }
    }
}
