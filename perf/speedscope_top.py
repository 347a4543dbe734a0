#!/usr/bin/env python3
"""Summarises a speedscope profile written by `dotnet-trace convert --format Speedscope`.

For each thread (one "evented" profile per thread) it replays the open/close events to get, per
frame, self time (the frame was on top of the stack) and total time (the frame was anywhere on the
stack, counted once per stack even under recursion). dotnet-trace samples threads whether they run
or wait, so time under a waiting frame (Sleep, Wait, SpinWait, ...) is reported apart as idle, and
the top lists cover the remaining, working time. Time dotnet-trace marks as native code
(UNMANAGED_CODE_TIME: Skia, HarfBuzz) is charged to the managed frame that made the call, marked
"[native]". Usage: speedscope_top.py FILE [--top N] [--all-threads]
"""
import argparse
import json
import re
import sys
from collections import defaultdict

# Frames that mean "this thread is waiting", not working: the scene paces itself to 60 Hz with
# Thread.Sleep + SpinWait (FrameClock-style), and the runtime's helper threads block in waits.
IDLE = re.compile(r"Thread\.Sleep|SpinWait|Thread\.SpinWait|WaitHandle|WaitOne|Monitor\.Wait|"
                  r"LowLevelLifoSemaphore|LowLevelMonitor|WaitForSignal|WaitNative|Semaphore.*Wait|"
                  r"epoll|PortableThreadPool.*Wait|Interop\+Sys\.Poll|WaitSubsystem|"
                  # the terminal (perf/profile-terminal.sh): the headless UI loop's wait for work, a file watcher's
                  # blocking read, the socket engine's epoll loop (native, unnamed frames under it)
                  r"ManualResetEventSlim\.Wait|FileSystemWatcher.*TryReadEvent|SocketAsyncEngine\.EventLoop")


# Pseudo-frames dotnet-trace puts on top of a sample: time in native code (Skia, HarfBuzz) or in
# managed code. Their self time is given to the managed frame below, marked, so the top list names
# the method that called into Skia rather than one "UNMANAGED_CODE_TIME" line.
MARKERS = {"UNMANAGED_CODE_TIME": " [native]", "CPU_TIME": ""}
# Grouping frames TraceEvent puts at the bottom of every stack.
SYNTHETIC = re.compile(r"^(Process\d+ |\(Non-Activities\)$|Threads$|Thread \(\d+\)$)")


def replay(profile, frames):
    """Returns (self, total, idle, span) in the profile's unit for one evented profile; self is keyed by name."""
    self_time = defaultdict(float)
    total_time = defaultdict(float)
    stack = []
    idle = 0.0
    last = None
    for event in profile.get("events", []):
        at = event["at"]
        if last is not None and stack and at > last:
            dt = at - last
            if any(IDLE.search(frames[f]) for f in stack):
                idle += dt
            else:
                top = len(stack) - 1
                suffix = ""
                while top > 0 and frames[stack[top]] in MARKERS:
                    suffix = MARKERS[frames[stack[top]]] or suffix
                    top -= 1
                self_time[frames[stack[top]] + suffix] += dt
                for f in set(stack):
                    if frames[f] not in MARKERS and not SYNTHETIC.search(frames[f]):
                        total_time[frames[f]] += dt
        last = at
        if event["type"] == "O":
            stack.append(event["frame"])
        elif event["type"] == "C":
            # Close events match the innermost open of that frame.
            for i in range(len(stack) - 1, -1, -1):
                if stack[i] == event["frame"]:
                    del stack[i:]
                    break
    span = profile.get("endValue", 0) - profile.get("startValue", 0)
    return self_time, total_time, idle, span


def short(name, width=110):
    return name if len(name) <= width else name[: width - 1] + "…"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("file")
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--all-threads", action="store_true", help="list every thread's top frames, not only the busiest's")
    args = parser.parse_args()
    with open(args.file, encoding="utf-8") as f:
        doc = json.load(f)
    frames = [fr["name"] for fr in doc["shared"]["frames"]]
    results = []
    for profile in doc["profiles"]:
        self_time, total_time, idle, span = replay(profile, frames)
        work = sum(self_time.values())
        results.append((work, idle, span, profile.get("name", "?"), profile.get("unit", "?"), self_time, total_time))
    if not results:
        print("no profiles in", args.file)
        return 1
    results.sort(key=lambda r: r[0], reverse=True)

    print(f"\n{len(results)} threads; sampled time per thread (working = not under a wait/sleep frame):")
    for work, idle, span, name, unit, _, _ in results[:12]:
        print(f"  {short(name, 60):60} working {work:9.1f} {unit}  idle {idle:9.1f} {unit}")

    for work, idle, span, name, unit, self_time, total_time in (results if args.all_threads else results[:1]):
        if work <= 0:
            continue
        print(f"\n== {name}: top {args.top} frames by self time ({work:.1f} {unit} working) ==")
        print(f"  {'self':>8} {'self%':>6} {'total%':>6}  frame")
        for f, t in sorted(self_time.items(), key=lambda kv: kv[1], reverse=True)[: args.top]:
            base = f[: -len(" [native]")] if f.endswith(" [native]") else f
            print(f"  {t:8.1f} {100 * t / work:5.1f}% {100 * total_time.get(base, t) / work:5.1f}%  {short(f)}")
        print(f"\n== {name}: top {args.top} frames by total (inclusive) time ==")
        print(f"  {'total':>8} {'total%':>6}  frame")
        for f, t in sorted(total_time.items(), key=lambda kv: kv[1], reverse=True)[: args.top]:
            print(f"  {t:8.1f} {100 * t / work:5.1f}%  {short(f)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
