namespace Skia.Toolkit.Platform;

/// <summary>GlfwException is an error GLFW reported through its error callback, carrying GLFW's own message.</summary>
public sealed class GlfwException : Exception
{
    /// <summary>GlfwException records the failed call, GLFW's error code and GLFW's description.</summary>
    public GlfwException(string call, int code, string glfwMessage)
        : base($"{call} failed: GLFW error 0x{code:X8}: {glfwMessage}")
    {
        Call = call;
        Code = code;
        GlfwMessage = glfwMessage;
    }

    /// <summary>Call names the GLFW function that failed.</summary>
    public string Call { get; }

    /// <summary>Code is GLFW's error code (GLFW_PLATFORM_ERROR and friends, from glfw3.h).</summary>
    public int Code { get; }

    /// <summary>GlfwMessage is GLFW's description of the error, unchanged.</summary>
    public string GlfwMessage { get; }
}
