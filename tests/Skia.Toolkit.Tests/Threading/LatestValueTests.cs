using CsCheck;
using Skia.Toolkit.Threading;

namespace Skia.Toolkit.Tests.Threading;

public class LatestValueTests
{
    /// <summary>An immutable snapshot whose two fields must always agree; a torn read would break that.</summary>
    private sealed record Snapshot(long Sequence, long Checksum)
    {
        public static Snapshot Of(long sequence) => new(sequence, sequence * 7919 + 17);
        public bool IsWhole => Checksum == Sequence * 7919 + 17;
    }

    [Fact]
    public void Reader_racing_a_full_speed_writer_sees_whole_increasing_values_and_never_loses_the_newest()
    {
        const int publishes = 2_000_000;
        var slot = new LatestValue<Snapshot>();
        var writer = new Thread(() =>
        {
            for (long i = 1; i <= publishes; i++) slot.Publish(Snapshot.Of(i));
        });
        long last = 0, taken = 0;
        writer.Start();
        while (writer.IsAlive)
        {
            if (!slot.TryTake(out var s)) continue;
            Assert.True(s.IsWhole, $"torn snapshot {s}");
            Assert.True(s.Sequence > last, $"went back or repeated: {s.Sequence} after {last}");
            last = s.Sequence;
            taken++;
        }
        writer.Join();
        if (last != publishes)
        {
            Assert.True(slot.TryTake(out var final), "the newest value was lost");
            Assert.Equal(publishes, final.Sequence);
            taken++;
        }
        Assert.False(slot.TryTake(out _), "the newest value was handed out twice");
        Assert.False(slot.HasNew);
        Assert.Equal(publishes, slot.Latest!.Sequence);
        Assert.True(taken >= 2, $"the reader should have seen intermediate values, saw {taken}");
    }

    [Fact]
    public void Any_sequence_of_publishes_and_takes_behaves_like_a_newest_wins_slot()
    {
        // Model: a take returns the newest publish if one happened since the last take.
        Gen.Int[0, 3].Array[1, 60].Sample(ops =>
        {
            var slot = new LatestValue<Snapshot>();
            long published = 0;
            long? pendingModel = null;
            foreach (var op in ops)
            {
                if (op != 0)
                {
                    published++;
                    slot.Publish(Snapshot.Of(published));
                    pendingModel = published;
                }
                else
                {
                    var took = slot.TryTake(out var s);
                    if (took != pendingModel.HasValue) return false;
                    if (took && s.Sequence != pendingModel) return false;
                    pendingModel = null;
                }
                if (slot.HasNew != pendingModel.HasValue) return false;
            }
            return true;
        });
    }

    [Fact]
    public void Publishing_null_is_refused()
    {
        var slot = new LatestValue<Snapshot>();
        Assert.Throws<ArgumentNullException>(() => slot.Publish(null!));
    }
}
