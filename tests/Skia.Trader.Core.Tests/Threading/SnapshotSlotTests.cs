using Skia.Trader.Core.Threading;

namespace Skia.Trader.Core.Tests.Threading;

public class SnapshotSlotTests
{
    private sealed record Frame(int Number);

    [Fact]
    public void Reader_sees_only_the_newest_value_and_nothing_twice()
    {
        var slot = new SnapshotSlot<Frame>();
        long seen = 0;
        Assert.False(slot.TryReadNewer(ref seen, out _));
        slot.Publish(new Frame(1));
        slot.Publish(new Frame(2));
        Assert.True(slot.TryReadNewer(ref seen, out Frame? frame));
        Assert.Equal(2, frame.Number);
        Assert.False(slot.TryReadNewer(ref seen, out _));
    }

    [Fact]
    public async Task Concurrent_publisher_never_lets_the_reader_go_backwards()
    {
        var slot = new SnapshotSlot<Frame>();
        const int Count = 200_000;
        var publisher = Task.Run(() =>
        {
            for (int i = 1; i <= Count; i++)
                slot.Publish(new Frame(i));
        });
        long seen = 0;
        int last = 0;
        while (last < Count)
        {
            if (slot.TryReadNewer(ref seen, out Frame? frame))
            {
                Assert.True(frame.Number >= last, $"went back from {last} to {frame.Number}");
                last = frame.Number;
            }
        }
        await publisher;
        Assert.Equal(Count, slot.Latest!.Number);
    }
}
