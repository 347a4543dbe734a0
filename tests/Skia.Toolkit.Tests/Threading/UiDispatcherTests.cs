using Skia.Toolkit.Threading;

namespace Skia.Toolkit.Tests.Threading;

public class UiDispatcherTests
{
    /// <summary>Runs <paramref name="work"/> on a fresh thread and waits for it: the "feed thread" of these tests.</summary>
    private static T OnOtherThread<T>(Func<T> work)
    {
        T result = default!;
        var thread = new Thread(() => result = work());
        thread.Start();
        thread.Join();
        return result;
    }

    private static void OnOtherThread(Action work) => OnOtherThread(() => { work(); return 0; });

    [Fact]
    public void Work_posted_from_other_threads_runs_on_the_ui_thread_in_order()
    {
        var dispatcher = new UiDispatcher();
        var uiThread = Environment.CurrentManagedThreadId;
        var seen = new List<(int Value, int Thread)>();
        OnOtherThread(() =>
        {
            for (var i = 0; i < 100; i++)
            {
                var value = i;
                dispatcher.Post(() => seen.Add((value, Environment.CurrentManagedThreadId)));
            }
        });
        Assert.Empty(seen); // nothing runs until the UI thread pumps
        Assert.Equal(100, dispatcher.RunPending());
        Assert.Equal(Enumerable.Range(0, 100), seen.Select(s => s.Value));
        Assert.All(seen, s => Assert.Equal(uiThread, s.Thread));
        Assert.False(dispatcher.HasPending);
    }

    [Fact]
    public async Task InvokeAsync_gives_the_result_and_the_exception_of_the_work()
    {
        var dispatcher = new UiDispatcher();
        var result = OnOtherThread(() => dispatcher.InvokeAsync(() => 6 * 7));
        var failure = OnOtherThread(() => dispatcher.InvokeAsync(() => throw new FormatException("bad price")));
        Assert.False(result.IsCompleted);
        dispatcher.RunPending();
        Assert.Equal(42, await result);
        await Assert.ThrowsAsync<FormatException>(() => failure);
    }

    [Fact]
    public void Exception_in_posted_work_is_reported_and_later_work_still_runs()
    {
        var dispatcher = new UiDispatcher();
        var reported = new List<Exception>();
        dispatcher.UnhandledException += (_, e) => reported.Add(e.Exception);
        var ranAfter = false;
        dispatcher.Post(() => throw new InvalidOperationException("boom"));
        dispatcher.Post(() => ranAfter = true);
        dispatcher.RunPending();
        Assert.Equal("boom", Assert.Single(reported).Message);
        Assert.True(ranAfter);
    }

    [Fact]
    public void Exception_in_posted_work_with_no_handler_escapes_on_the_ui_thread()
    {
        var dispatcher = new UiDispatcher();
        dispatcher.Post(() => throw new InvalidOperationException("nobody listens"));
        var e = Assert.Throws<InvalidOperationException>(() => dispatcher.RunPending());
        Assert.Equal("nobody listens", e.Message);
    }

    [Fact]
    public void Work_queued_while_pumping_waits_for_the_next_pump()
    {
        var dispatcher = new UiDispatcher();
        var runs = 0;
        void Again()
        {
            runs++;
            dispatcher.Post(Again); // a producer that never stops must not starve the frame
        }
        dispatcher.Post(Again);
        Assert.Equal(1, dispatcher.RunPending());
        Assert.Equal(1, dispatcher.RunPending());
        Assert.Equal(2, runs);
    }

    [Fact]
    public void Posting_wakes_the_host_and_pumping_off_the_ui_thread_is_refused()
    {
        var dispatcher = new UiDispatcher();
        var wakes = 0;
        dispatcher.WorkQueued += () => Interlocked.Increment(ref wakes);
        OnOtherThread(() => dispatcher.Post(() => { }));
        Assert.Equal(1, wakes);
        Assert.True(dispatcher.CheckAccess());
        var offThread = OnOtherThread(() => Record.Exception(() => dispatcher.RunPending()));
        Assert.IsType<InvalidOperationException>(offThread);
    }
}
