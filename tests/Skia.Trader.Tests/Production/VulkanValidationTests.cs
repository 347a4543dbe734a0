using System.Globalization;
using Skia.Trader.Tests.EndToEnd;

namespace Skia.Trader.Tests.Production;

/// <summary>
/// The Vulkan backend records its own barriers, image layouts, copies (scrolls move rows with vkCmdCopyImage in the back
/// buffer the toolkit allocates), submits and present regions. Pixel checks show what reaches the screen on this one
/// driver (lavapipe); a missing barrier or a wrong layout can still look right here and break on another GPU. This runs
/// the real terminal on Vulkan under Khronos' validation layer, with synchronization validation and best-practices
/// validation on, through live frames (the tape scrolls, the book and the charts repaint parts), a resize (a new
/// swapchain and back buffer) and more live frames, and requires the layer to report nothing: no error, no warning.
/// Best practices checks, among others, that a barrier's access masks fit its image layouts and that a submit sets no
/// semaphore pointer with a count of 0. Its performance hints (the report's "perf" class, not asked for here) are
/// left out: those it gives on this run are about Skia's own render passes and clears, and our one command pool
/// whose buffers are re-recorded one by one.
/// <para>Needs a display (./test.sh starts Xvfb) and Debian's vulkan-validationlayers (./test.sh installs it).</para>
/// </summary>
public class VulkanValidationTests
{
    private const string LayerManifest = "/usr/share/vulkan/explicit_layer.d/VkLayer_khronos_validation.json";

    [Fact]
    public void The_terminal_on_vulkan_through_live_frames_and_a_resize_gives_the_validation_layer_nothing_to_report()
    {
        Assert.True(File.Exists(LayerManifest), $"Khronos' validation layer is not installed ({LayerManifest}); ./test.sh installs Debian's vulkan-validationlayers");
        string display = Environment.GetEnvironmentVariable("DISPLAY") ?? "";
        Assert.False(display.Length == 0, "needs a display: ./test.sh starts Xvfb");
        string settings = Directory.CreateTempSubdirectory("skia-trader-vk-validation-").FullName;
        try
        {
            string report = Path.Combine(settings, "validation.log");
            File.WriteAllText(Path.Combine(settings, "vk_layer_settings.txt"), string.Join('\n',
                "khronos_validation.report_flags = error,warn",
                "khronos_validation.debug_action = VK_DBG_LAYER_ACTION_LOG_MSG",
                "khronos_validation.log_filename = " + report,
                "khronos_validation.enables = VK_VALIDATION_FEATURE_ENABLE_SYNCHRONIZATION_VALIDATION_EXT,VK_VALIDATION_FEATURE_ENABLE_BEST_PRACTICES_EXT") + "\n");
            var environment = new Dictionary<string, string?>
            {
                ["VK_INSTANCE_LAYERS"] = "VK_LAYER_KHRONOS_validation",
                ["VK_LAYER_SETTINGS_PATH"] = settings,
            };
            // No sandbox: the layer writes its report outside the directories the sandbox keeps writable.
            using var terminal = new TerminalProcess(["--window", "--backend", "vulkan", "--no-sandbox", "--exit-after", TerminalProcess.SafetyNet], environment, liveMarkup: true);
            terminal.WaitForStderr("backend: vulkan (");
            string screen = terminal.WaitForScreen(s => s.Contains("text=\"connected", StringComparison.Ordinal) && !s.Contains("bestBid=-", StringComparison.Ordinal), "connected and the book on the ladder");
            Assert.StartsWith("PopupHost #popups (0,0 1440x900)", screen, StringComparison.Ordinal);
            screen = LiveFrames(terminal, screen, 5);

            string window = Xdotool.Run(display, "search", "--sync", "--pid", terminal.ProcessId.ToString(CultureInfo.InvariantCulture)).Split('\n', StringSplitOptions.RemoveEmptyEntries)[0];
            Xdotool.Run(display, "windowsize", window, "1180", "760");
            terminal.WaitForScreen(s => s.StartsWith("PopupHost #popups (0,0 1180x760)", StringComparison.Ordinal), "the screen laid out at the new size");
            LiveFrames(terminal, terminal.ReadScreen(), 5);

            var (code, _) = terminal.StopAndWait();
            Assert.True(code == 0, terminal.Stderr);
            Assert.DoesNotContain("backend: raster", terminal.Stderr.Replace("backend: raster first frames", "", StringComparison.Ordinal), StringComparison.Ordinal); // it stayed on Vulkan
            Assert.True(File.Exists(report), "the validation layer did not run: it writes its report file when the Vulkan instance is made\n" + terminal.Stderr);
            string found = File.ReadAllText(report);
            Assert.True(found.Length == 0, "the validation layer reported:\n" + found[..Math.Min(found.Length, 6000)]);
        }
        finally
        {
            Directory.Delete(settings, recursive: true);
        }
    }

    // Waits for `count` more screens that differ from the one before (live markup is rewritten after frames that changed something).
    private static string LiveFrames(TerminalProcess terminal, string screen, int count)
    {
        for (int i = 0; i < count; i++)
        {
            string before = screen;
            screen = terminal.WaitForScreen(s => s != before, $"live frame {i + 1} of {count}");
        }
        return screen;
    }
}
