using System.Collections.Concurrent;

namespace Skia.Toolkit.Threading;

/// <summary>
/// UiDispatcher queues work from any thread to run on the UI thread, which owns the widget tree.
/// The UI thread runs the queue between frames (<see cref="RunPending"/>). Work that fails is not
/// swallowed: <see cref="InvokeAsync(Action)"/> fails its task; <see cref="Post"/> raises
/// <see cref="UnhandledException"/>, and with no handler the exception escapes
/// <see cref="RunPending"/> on the UI thread.
/// </summary>
public sealed class UiDispatcher
{
    private readonly ConcurrentQueue<WorkItem> queue = new();
    private readonly int uiThreadId;

    /// <summary>UiDispatcher makes a dispatcher whose UI thread is the calling thread.</summary>
    public UiDispatcher()
    {
        uiThreadId = Environment.CurrentManagedThreadId;
        Diagnostics.ToolkitMetrics.TrackDispatcher(this);
    }

    /// <summary>UnhandledException reports an exception thrown by work queued with <see cref="Post"/>.</summary>
    public event EventHandler<UiWorkFailedEventArgs>? UnhandledException;

    /// <summary>WorkQueued fires on the posting thread after work is queued, so the host can wake its event loop.</summary>
    public event Action? WorkQueued;

    /// <summary>CheckAccess says whether the caller is on the UI thread.</summary>
    public bool CheckAccess() => Environment.CurrentManagedThreadId == uiThreadId;

    /// <summary>UiThreadId is the managed id of the thread this dispatcher runs work on.</summary>
    internal int UiThreadId => uiThreadId;

    /// <summary>VerifyAccess throws when the caller is not on the UI thread.</summary>
    public void VerifyAccess()
    {
        if (!CheckAccess())
        {
            throw new InvalidOperationException("the widget tree belongs to the UI thread: use UiDispatcher.Post or InvokeAsync");
        }
    }

    /// <summary>HasPending says whether queued work is waiting for the UI thread.</summary>
    public bool HasPending => !queue.IsEmpty;

    /// <summary>QueueLength is the number of queued work items (read from any thread, for the queue-length metric).</summary>
    internal int QueueLength => queue.Count;

    /// <summary>Post queues <paramref name="work"/> for the UI thread and returns at once.</summary>
    public void Post(Action work)
    {
        ArgumentNullException.ThrowIfNull(work);
        Enqueue(new WorkItem(work, null));
    }

    /// <summary>InvokeAsync queues <paramref name="work"/> for the UI thread; the task ends when it has run, failed with its exception.</summary>
    public Task InvokeAsync(Action work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Enqueue(new WorkItem(() =>
        {
            try
            {
                work();
                done.SetResult();
            }
            catch (Exception e)
            {
                done.SetException(e);
            }
        }, done));
        return done.Task;
    }

    /// <summary>InvokeAsync queues <paramref name="work"/> for the UI thread and gives its result, or its exception, through the task.</summary>
    public Task<T> InvokeAsync<T>(Func<T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var done = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        Enqueue(new WorkItem(() =>
        {
            try
            {
                done.SetResult(work());
            }
            catch (Exception e)
            {
                done.SetException(e);
            }
        }, done));
        return done.Task;
    }

    /// <summary>
    /// RunPending runs, on the UI thread, the work queued before the call (work queued while it runs
    /// waits for the next call, so a busy producer cannot starve the frame). Returns how many ran.
    /// </summary>
    public int RunPending()
    {
        VerifyAccess();
        var count = queue.Count;
        var ran = 0;
        for (; ran < count && queue.TryDequeue(out var item); ran++)
        {
            try
            {
                item.Work();
            }
            catch (Exception e) when (item.Completion == null)
            {
                var handler = UnhandledException;
                if (handler == null) throw;
                handler(this, new UiWorkFailedEventArgs(e));
            }
        }
        return ran;
    }

    private void Enqueue(WorkItem item)
    {
        queue.Enqueue(item);
        WorkQueued?.Invoke();
    }

    private readonly record struct WorkItem(Action Work, object? Completion);
}
