using System.Collections.Concurrent;
using Skia.Toolkit.Settings;

namespace Skia.Toolkit.Tests.Settings;

public class SettingsStoreTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 14, 5, 9, TimeSpan.Zero);

    private static SettingsStore<TraderSettings> Store(string path, int maxBytes = SettingsStore<TraderSettings>.DefaultMaxBytes) =>
        new(path, TraderSettingsJson.Default.TraderSettings, () => new TraderSettings(),
            s => s.FontSize is < 6 or > 72 ? $"font size {s.FontSize} is outside 6..72" : null)
        {
            MaxBytes = maxBytes,
            TimeProvider = new FixedTime(Now),
        };

    [Fact]
    public void A_missing_file_gives_the_defaults_and_no_problem()
    {
        using var dir = new TempConfigDirectory();
        using var store = Store(dir.File("settings.json"));
        var value = store.Load();
        Assert.Equal("dark", value.Theme);
        Assert.Null(store.LastProblem);
        Assert.Empty(dir.Names());
    }

    [Fact]
    public void A_validator_quoting_a_runaway_or_binary_value_is_reported_in_one_short_printable_line()
    {
        using var dir = new TempConfigDirectory();
        File.WriteAllText(dir.File("settings.json"), "{\"Theme\": \"\\u0000" + new string('x', 300_000) + "\"}");
        using var store = new SettingsStore<TraderSettings>(dir.File("settings.json"), TraderSettingsJson.Default.TraderSettings, () => new TraderSettings(),
            s => s.Theme is "dark" or "light" ? null : $"\"theme\" is \"{s.Theme}\"; write \"dark\" or \"light\"")
        {
            TimeProvider = new FixedTime(Now),
        };
        Assert.Equal("dark", store.Load().Theme);
        var problem = store.LastProblem!.ToString();
        Assert.True(problem.Length < 1000, $"{problem.Length} characters");
        Assert.DoesNotContain(problem, char.IsControl);
        Assert.Contains("holds invalid settings: \"theme\" is \"?xxx", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Saved_settings_load_in_a_new_store_and_no_temporary_file_is_left()
    {
        using var dir = new TempConfigDirectory();
        using (var store = Store(dir.File("settings.json")))
        {
            Assert.True(store.Save(new TraderSettings { Theme = "light", FontSize = 15, Watchlist = ["ETHUSDT", "BNBUSDT"] }));
        }

        using var again = Store(dir.File("settings.json"));
        var value = again.Load();
        Assert.Equal("light", value.Theme);
        Assert.Equal(15, value.FontSize);
        Assert.Equal(["ETHUSDT", "BNBUSDT"], value.Watchlist);
        Assert.Equal(["settings.json"], dir.Names());
    }

    [Fact]
    public void Save_creates_the_config_directory()
    {
        using var dir = new TempConfigDirectory();
        var path = Path.Combine(dir.Path, "skia-trader", "settings.json");
        using var store = Store(path);
        Assert.True(store.Save(new TraderSettings { FontSize = 20 }));
        Assert.Equal(20, Store(path).Load().FontSize);
    }

    [Fact]
    public void A_temporary_file_left_by_a_crash_mid_save_is_ignored()
    {
        using var dir = new TempConfigDirectory();
        using (var store = Store(dir.File("settings.json"))) store.Save(new TraderSettings { Theme = "light" });
        // A save that died after writing half its temporary file and before the rename.
        File.WriteAllText(dir.File(".settings.json.2147483000.0123456789abcdef0123456789abcdef.tmp"), "{\"Theme\": \"sol");

        // One from a writer that is still running (this process) must be left for it to rename.
        var live = dir.File($".settings.json.{Environment.ProcessId}.fedcba9876543210fedcba9876543210.tmp");
        File.WriteAllText(live, "{}");

        using var next = Store(dir.File("settings.json"));
        Assert.Equal("light", next.Load().Theme);
        Assert.Null(next.LastProblem);
        if (OperatingSystem.IsLinux()) Assert.Equal([live[(dir.Path.Length + 1)..], "settings.json"], dir.Names()); // the dead writer's file is cleaned up
        Assert.True(next.Save(new TraderSettings { Theme = "dark" }));
        Assert.Equal("dark", Store(dir.File("settings.json")).Load().Theme);
    }

    [Fact]
    public void A_crash_before_the_first_rename_leaves_no_settings_file_and_the_defaults_load()
    {
        using var dir = new TempConfigDirectory();
        File.WriteAllText(dir.File(".settings.json.2147483000.0123456789abcdef0123456789abcdef.tmp"), "{\"Theme\": ");
        using var store = Store(dir.File("settings.json"));
        Assert.Equal("dark", store.Load().Theme);
        Assert.Null(store.LastProblem);
    }

    [Fact]
    public void A_corrupt_file_is_reported_set_aside_for_the_user_and_replaced_by_the_defaults()
    {
        using var dir = new TempConfigDirectory();
        var path = dir.File("settings.json");
        const string Broken = "{\n  \"Theme\": \"light\",\n  \"FontSize\": 15,,\n}";
        File.WriteAllText(path, Broken);
        var reported = new List<SettingsProblem>();
        using var store = Store(path);
        store.ProblemFound += (_, e) => reported.Add(e.Problem);

        var value = store.Load();

        Assert.Equal("dark", value.Theme);
        var problem = Assert.Single(reported);
        Assert.Same(problem, store.LastProblem);
        var aside = path + ".corrupt-20261203T140509Z";
        Assert.Equal(aside, problem.SetAsidePath);
        Assert.Equal(Broken, File.ReadAllText(aside)); // nothing the user wrote is lost
        Assert.False(File.Exists(path));
        var message = problem.ToString();
        Assert.Contains(path, message, StringComparison.Ordinal);
        Assert.Contains("not valid settings JSON", message, StringComparison.Ordinal);
        Assert.Contains("line 3", message, StringComparison.Ordinal);
        Assert.Contains("defaults are used", message, StringComparison.Ordinal);
        Assert.Contains(aside, message, StringComparison.Ordinal);

        // Saving now writes a fresh file and leaves the set-aside copy alone.
        Assert.True(store.Save(new TraderSettings { Theme = "light" }));
        Assert.Equal(Broken, File.ReadAllText(aside));
        Assert.Null(store.LastProblem);
    }

    [Fact]
    public void A_second_corrupt_file_in_the_same_second_gets_its_own_set_aside_name()
    {
        using var dir = new TempConfigDirectory();
        var path = dir.File("settings.json");
        File.WriteAllText(path, "first");
        Store(path).Load();
        File.WriteAllText(path, "second");
        using var store = Store(path);
        store.Load();
        Assert.Equal(path + ".corrupt-20261203T140509Z-1", store.LastProblem!.SetAsidePath);
        Assert.Equal("first", File.ReadAllText(path + ".corrupt-20261203T140509Z"));
        Assert.Equal("second", File.ReadAllText(path + ".corrupt-20261203T140509Z-1"));
    }

    [Fact]
    public void A_value_of_the_wrong_type_names_the_field()
    {
        using var dir = new TempConfigDirectory();
        var path = dir.File("settings.json");
        File.WriteAllText(path, "{\"Theme\": \"light\", \"FontSize\": \"big\"}");
        using var store = Store(path);
        Assert.Equal(13, store.Load().FontSize);
        Assert.Contains("$.FontSize", store.LastProblem!.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_null_and_a_value_failing_validation_are_problems_too()
    {
        using var dir = new TempConfigDirectory();
        var path = dir.File("settings.json");
        File.WriteAllText(path, "null");
        using (var store = Store(path))
        {
            store.Load();
            Assert.Contains("null", store.LastProblem!.Problem, StringComparison.Ordinal);
        }

        File.WriteAllText(path, "{\"FontSize\": 400}");
        using (var store = Store(path))
        {
            Assert.Equal(13, store.Load().FontSize);
            Assert.Contains("font size 400 is outside 6..72", store.LastProblem!.Problem, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void An_oversized_file_is_refused_without_being_parsed()
    {
        using var dir = new TempConfigDirectory();
        var path = dir.File("settings.json");
        var big = "{\"Theme\": \"" + new string('x', 5000) + "\"}";
        File.WriteAllText(path, big);
        using var store = Store(path, maxBytes: 4096);
        Assert.Equal("dark", store.Load().Theme);
        Assert.Contains("more than the 4096 a settings file may have", store.LastProblem!.Problem, StringComparison.Ordinal);
        Assert.Equal(big, File.ReadAllText(store.LastProblem.SetAsidePath!));
    }

    [Fact]
    public void An_unreadable_file_is_reported_not_thrown()
    {
        using var dir = new TempConfigDirectory();
        var path = dir.File("settings.json");
        Directory.CreateDirectory(path); // a directory where the file should be: cannot be opened even as root
        using var store = Store(path);
        Assert.Equal("dark", store.Load().Theme);
        Assert.Contains("could not be read", store.LastProblem!.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_save_that_cannot_write_reports_it_and_keeps_the_old_file()
    {
        using var dir = new TempConfigDirectory();
        var blocker = dir.File("not-a-directory");
        File.WriteAllText(blocker, "x");
        using var store = Store(Path.Combine(blocker, "settings.json"));
        Assert.False(store.Save(new TraderSettings { Theme = "light" }));
        Assert.Contains("could not be written", store.LastProblem!.ToString(), StringComparison.Ordinal);
        Assert.Equal("dark", store.Value.Theme);
        Assert.Equal("x", File.ReadAllText(blocker));
    }

    [Fact]
    public void A_reload_applies_a_valid_edit_and_keeps_the_last_good_value_for_a_broken_one()
    {
        using var dir = new TempConfigDirectory();
        var path = dir.File("settings.json");
        using var store = Store(path);
        store.Save(new TraderSettings { Theme = "light" });
        var posted = new List<Action>();
        var reloaded = new List<string>();
        store.Reloaded += (_, e) => reloaded.Add(e.Value.Theme);

        store.ReloadFromDisk(posted.Add);
        Assert.Empty(posted); // our own save is not an edit

        File.WriteAllText(path, "{\"Theme\": \"solarized\", \"FontSize\": 14}");
        store.ReloadFromDisk(posted.Add);
        Assert.Equal("light", store.Value.Theme); // nothing changes until the UI thread runs the posted work
        Assert.Single(posted).Invoke();
        Assert.Equal(["solarized"], reloaded);
        Assert.Equal(14, store.Value.FontSize);

        posted.Clear();
        File.WriteAllText(path, "{\"Theme\": \"sol");
        store.ReloadFromDisk(posted.Add);
        Assert.Single(posted).Invoke();
        Assert.Equal("solarized", store.Value.Theme);
        Assert.Contains("last good settings are kept", store.LastProblem!.ToString(), StringComparison.Ordinal);
        Assert.Null(store.LastProblem.SetAsidePath); // the user is editing it: it stays where it is
        Assert.True(File.Exists(path));

        posted.Clear();
        store.ReloadFromDisk(posted.Add);
        Assert.Empty(posted); // the same broken content is reported once
    }

    [Fact]
    public void A_save_made_between_reading_an_edit_and_applying_it_wins()
    {
        using var dir = new TempConfigDirectory();
        var path = dir.File("settings.json");
        using var store = Store(path);
        store.Save(new TraderSettings());
        File.WriteAllText(path, "{\"Theme\": \"external\"}");
        var posted = new List<Action>();
        store.ReloadFromDisk(posted.Add);

        store.Save(new TraderSettings { Theme = "saved" }); // the UI thread saved before it ran the posted reload
        Assert.Single(posted).Invoke();

        Assert.Equal("saved", store.Value.Theme);
        Assert.Equal("saved", Store(path).Load().Theme);
    }

    [Fact]
    public void Watching_picks_up_an_edit_made_by_another_program_and_delivers_it_through_the_post_callback()
    {
        using var dir = new TempConfigDirectory();
        var path = dir.File("settings.json");
        using var store = Store(path);
        store.Save(new TraderSettings());
        using var queue = new BlockingCollection<Action>();
        var problems = new List<SettingsProblem>();
        store.ProblemFound += (_, e) => problems.Add(e.Problem);
        store.Watch(queue.Add);

        // An editor saving by writing a new file and renaming it over the old one.
        File.WriteAllText(path + ".editor-swap", "{\"Theme\": \"light\", \"FontSize\": 16}");
        File.Move(path + ".editor-swap", path, overwrite: true);
        RunPostedUntil(queue, () => store.Value.Theme == "light");
        Assert.Equal(16, store.Value.FontSize);

        File.WriteAllText(path, "{ broken");
        RunPostedUntil(queue, () => problems.Count > 0);
        Assert.Equal("light", store.Value.Theme);
        Assert.Contains(path, problems[0].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Watching_through_a_synchronization_context_posts_there()
    {
        using var dir = new TempConfigDirectory();
        var path = dir.File("settings.json");
        using var store = Store(path);
        var context = new QueueContext();
        store.Watch(context);
        File.WriteAllText(path, "{\"Theme\": \"light\"}");
        RunPostedUntil(context.Queue, () => store.Value.Theme == "light");
    }

    // Runs the work the store posts, as a UI thread would, until the condition holds; fails after a generous 20 s
    // (a safety net for a lost file event, not a timing assertion).
    private static void RunPostedUntil(BlockingCollection<Action> queue, Func<bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!done())
        {
            var left = deadline - DateTime.UtcNow;
            Action? work = null;
            Assert.True(left > TimeSpan.Zero && queue.TryTake(out work, left), "the store posted nothing after the file changed");
            work!();
        }
    }

    private sealed class QueueContext : SynchronizationContext
    {
        public BlockingCollection<Action> Queue { get; } = [];

        public override void Post(SendOrPostCallback d, object? state) => Queue.Add(() => d(state));
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
