using Skia.Toolkit.Settings;

namespace Skia.Toolkit.Tests.Settings;

public class ConfigDirectoryTests
{
    [Fact]
    public void XDG_CONFIG_HOME_wins_when_absolute_and_home_dot_config_otherwise()
    {
        Func<string, string?> Env(string? xdg) => name => name switch
        {
            "XDG_CONFIG_HOME" => xdg,
            "HOME" => "/home/ann",
            _ => null,
        };
        Assert.Equal("/xdg/skia-trader", ConfigDirectory.ForApp("skia-trader", Env("/xdg")));
        Assert.Equal("/home/ann/.config/skia-trader", ConfigDirectory.ForApp("skia-trader", Env(null)));
        Assert.Equal("/home/ann/.config/skia-trader", ConfigDirectory.ForApp("skia-trader", Env("relative/dir")));
    }

    [Fact]
    public void An_app_name_with_a_path_in_it_is_refused()
    {
        Assert.Throws<ArgumentException>(() => ConfigDirectory.ForApp("../etc", _ => "/tmp"));
    }
}
