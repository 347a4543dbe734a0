using CsCheck;
using Skia.Toolkit.Threading;

namespace Skia.Toolkit.Tests.Threading;

public class FrameQueueTests
{
    private readonly record struct Print(int Producer, long Sequence);

    [Fact]
    public void Producer_threads_racing_the_ui_lose_nothing_below_the_bound_and_keep_each_producers_order()
    {
        const int producers = 3;
        const int perProducer = 200_000;
        var queue = new FrameQueue<Print>(capacity: 1 << 20); // larger than everything produced: nothing may drop
        var threads = new Thread[producers];
        var refused = 0;
        var drainedWhileProducing = 0;
        for (var p = 0; p < producers; p++)
        {
            var producer = p;
            threads[p] = new Thread(() =>
            {
                // Counted, not asserted: an exception on this thread would end the test process.
                for (long i = 0; i < perProducer; i++)
                {
                    // Halfway, wait (bounded) until the UI has taken a batch, so the race really happens even on a
                    // loaded machine where the producers could otherwise finish before the UI thread runs at all.
                    if (i == perProducer / 2) SpinWait.SpinUntil(() => Volatile.Read(ref drainedWhileProducing) == 1, 10_000);
                    if (!queue.TryEnqueue(new Print(producer, i))) Interlocked.Increment(ref refused);
                }
            });
        }
        var next = new long[producers];
        var batches = 0;
        foreach (var t in threads) t.Start();

        void Drain()
        {
            var batch = queue.TakeBatch();
            if (!batch.IsEmpty)
            {
                batches++;
                Volatile.Write(ref drainedWhileProducing, 1);
            }
            foreach (var print in batch)
            {
                Assert.Equal(next[print.Producer], print.Sequence); // in order, no gap, no repeat
                next[print.Producer]++;
            }
        }

        while (threads.Any(t => t.IsAlive)) Drain(); // the UI thread's frames, as fast as they come
        foreach (var t in threads) t.Join();
        Drain();

        Assert.All(next, n => Assert.Equal(perProducer, n));
        Assert.Equal(0, refused);
        Assert.Equal(0, queue.Dropped);
        Assert.False(queue.HasPending);
        Assert.True(batches >= 2, $"the UI should have drained while producers ran, drained {batches} batches");
    }

    [Fact]
    public void A_full_queue_refuses_and_counts_what_it_drops_while_a_producer_outruns_the_ui()
    {
        const int produced = 300_000;
        var queue = new FrameQueue<long>(capacity: 64);
        var refusedByProducer = 0L;
        var producer = new Thread(() =>
        {
            for (long i = 0; i < produced; i++)
            {
                if (!queue.TryEnqueue(i)) refusedByProducer++;
            }
        });
        producer.Start();
        long received = 0, last = -1;
        while (producer.IsAlive || queue.HasPending)
        {
            var batch = queue.TakeBatch();
            Assert.True(batch.Length <= 64);
            foreach (var value in batch)
            {
                Assert.True(value > last, $"{value} after {last}: a repeat or reordering");
                last = value;
                received++;
            }
        }
        producer.Join();
        received += queue.TakeBatch().Length;

        Assert.Equal(produced, received + queue.Dropped); // every item either arrived or was counted
        Assert.Equal(refusedByProducer, queue.Dropped);
    }

    [Fact]
    public void Any_sequence_of_enqueues_and_batches_behaves_like_a_bounded_fifo()
    {
        Gen.Select(Gen.Int[1, 6], Gen.Int[0, 3].Array[1, 80]).Sample((capacity, ops) =>
        {
            var queue = new FrameQueue<int>(capacity);
            var model = new List<int>();
            long modelDropped = 0;
            var next = 0;
            foreach (var op in ops)
            {
                if (op != 0)
                {
                    var accepted = queue.TryEnqueue(next);
                    if (accepted != model.Count < capacity) return false;
                    if (accepted) model.Add(next);
                    else modelDropped++;
                    next++;
                }
                else
                {
                    if (!queue.TakeBatch().SequenceEqual(model.ToArray())) return false;
                    model.Clear();
                }
                if (queue.Count != model.Count || queue.Dropped != modelDropped || queue.HasPending != model.Count > 0) return false;
            }
            return true;
        });
    }

    [Fact]
    public void The_clock_hands_each_frame_the_whole_batch_once()
    {
        var clock = new FrameClock(60, TimeProvider.System);
        var queue = new FrameQueue<int>(capacity: 16);
        var frames = new List<int[]>();
        clock.Subscribe(queue, batch => frames.Add(batch.ToArray()));
        Assert.False(clock.NeedsFrame(treeDirty: false));

        queue.TryEnqueue(1);
        queue.TryEnqueue(2);
        queue.TryEnqueue(3);
        Assert.True(clock.NeedsFrame(treeDirty: false));
        Assert.Equal(1, clock.ApplySnapshots());
        Assert.False(clock.NeedsFrame(treeDirty: false));
        Assert.Equal(0, clock.ApplySnapshots()); // nothing new: the hook is not called with an empty batch

        queue.TryEnqueue(4);
        clock.ApplySnapshots();
        Assert.Equal([[1, 2, 3], [4]], frames);
    }

    [Fact]
    public void Enqueueing_and_draining_in_steady_state_allocate_nothing()
    {
        var queue = new FrameQueue<Print>(capacity: 1024);
        long sum = 0;
        void Frame()
        {
            for (var i = 0; i < 500; i++) queue.TryEnqueue(new Print(0, i));
            foreach (var print in queue.TakeBatch()) sum += print.Sequence;
        }

        Frame();
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var f = 0; f < 100; f++) Frame();
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal(101 * (499 * 500 / 2), sum);
    }

    [Fact]
    public void A_batch_lets_go_of_the_items_it_handed_out()
    {
        var queue = new FrameQueue<object>(capacity: 4);
        var weak = Enqueue(queue);
        queue.TakeBatch(); // hands out the item
        queue.TakeBatch(); // the next batch no longer holds it
        GC.Collect();
        GC.WaitForPendingFinalizers();
        Assert.False(weak.IsAlive);

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        static WeakReference Enqueue(FrameQueue<object> queue)
        {
            var item = new object();
            queue.TryEnqueue(item);
            return new WeakReference(item);
        }
    }

    [Fact]
    public void A_capacity_below_one_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new FrameQueue<int>(0));
    }
}
