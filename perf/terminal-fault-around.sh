#!/usr/bin/env bash
# How much of the terminal's peak RSS is the kernel mapping file pages around the ones the start reads (fault-around,
# large page-cache folios), and what advising the executable's mappings would trade for it (issue 13; perf/README.md,
# u-rss2). Prints the kernel facts it depends on (measured, not assumed), then runs `skia-trader --headless-test` from
# the unpacked package interleaved under each MODE, after one warm-up of each, with perf/terminal-fault-around.c
# preloaded (built here with cc):
#   plain        nothing preloaded
#   random       madvise(MADV_RANDOM) on the executable's mappings before its code runs
#   split:KIB[:PERMS]   its mappings (only those with PERMS, e.g. rw-p) cut into VMAs of KIB: fault-around stays inside one
#   lib:KIB:NAME[+NAME]  instead, the code of the libraries whose path holds a NAME (e.g. HarfBuzz+libSkiaSharp) cut so,
#                        right after the program's dlopen of them
#   perf/terminal-fault-around.sh                      default modes: plain random split:16 split:4 split:4:rw-p, 11 runs
#   perf/terminal-fault-around.sh -n 21 --package P.tar.gz plain split:8:rw-p
# Per mode: medians of peak RSS (the program's VmHWM after its frame), CPU to exit (user + system, wait4) and page faults
# (minor + major, wait4). An experiment: nothing of it ships.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=11; package=""; modes=()
while [ $# -gt 0 ]; do
  case "$1" in
    -n) runs="${2:-}"; shift 2 ;;
    --package) package="${2:-}"; shift 2 ;;
    plain|random|split:*|lib:*:*) modes+=("$1"); shift ;;
    *) echo "usage: perf/terminal-fault-around.sh [-n RUNS] [--package P.tar.gz] [plain|random|split:KIB[:PERMS]|lib:KIB:NAME[+NAME] ...]" >&2; exit 2 ;;
  esac
done
case "$runs" in ''|*[!0-9]*|0) echo "error: -n takes a number of runs (1 or more), got '$runs'" >&2; exit 2 ;; esac
[ ${#modes[@]} -gt 0 ] || modes=(plain random split:16 split:4 split:4:rw-p)
command -v cc >/dev/null || { echo "error: a C compiler (cc) is needed" >&2; exit 2; }
[ -n "$package" ] || package=$(ls artifacts/release/skia-trader-*-linux-x64.tar.gz 2>/dev/null | head -n 1)
[ -n "$package" ] && [ -f "$package" ] || { echo "error: no release package '$package' (run terminal/publish.sh)" >&2; exit 1; }
mkdir -p artifacts/perf
so=$PWD/artifacts/perf/terminal-fault-around.so
cc -O2 -shared -fPIC -o "$so" perf/terminal-fault-around.c -ldl
unpacked=artifacts/perf/fault-around-package
rm -rf "$unpacked"; mkdir -p "$unpacked"
tar -C "$unpacked" -xzf "$package"
exe=$PWD/$(ls -d "$unpacked"/skia-trader-*/)skia-trader
python3 - "$exe" "$so" "$runs" "${modes[@]}" <<'PY'
import ctypes, mmap, os, re, statistics, subprocess, sys
exe, so, runs, modes = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4:]

def read(path):
    try:
        return open(path).read().strip()
    except OSError:
        return "?"
dev = os.stat(exe).st_dev
ra = read(f"/sys/dev/block/{os.major(dev)}:{os.minor(dev)}/queue/read_ahead_kb")
if ra == "?":  # a partition: the queue belongs to its disk
    ra = read(f"/sys/dev/block/{os.major(dev)}:{os.minor(dev)}/../queue/read_ahead_kb")
print(f"kernel {os.uname().release}; THP enabled: {read('/sys/kernel/mm/transparent_hugepage/enabled')}; "
      f"read_ahead_kb of {os.path.dirname(exe)}'s disk: {ra}")

# Fault-around as it is: map the unpacked executable (in the page cache since tar wrote it), read one byte every 1 MiB,
# and count what became resident in that mapping; again after madvise(MADV_RANDOM).
libc = ctypes.CDLL(None, use_errno=True)
libc.mmap.restype = ctypes.c_void_p
libc.mmap.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int, ctypes.c_int, ctypes.c_int, ctypes.c_long]
libc.munmap.argtypes = [ctypes.c_void_p, ctypes.c_size_t]
libc.madvise.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int]
def probe(advice):
    size = os.path.getsize(exe)
    fd = os.open(exe, os.O_RDONLY)
    addr = libc.mmap(None, size, mmap.PROT_READ, mmap.MAP_PRIVATE, fd, 0)
    os.close(fd)
    if advice:
        libc.madvise(addr, size, advice)
    touches = 0
    for offset in range(0, size, 1 << 20):
        ctypes.c_char.from_address(addr + offset).value
        touches += 1
    rss = 0
    inside = False
    for line in open("/proc/self/smaps"):
        m = re.match(r"([0-9a-f]+)-[0-9a-f]+ ", line)
        if m:
            inside = int(m.group(1), 16) == addr
        elif inside and line.startswith("Rss:"):
            rss = int(line.split()[1])
    libc.munmap(addr, size)
    return rss / touches
print(f"resident per 1-byte read of the executable's mapping: {probe(0):.1f} KiB plain, "
      f"{probe(mmap.MADV_RANDOM):.1f} KiB after MADV_RANDOM (4 would mean no fault-around)")

def run(mode):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LD_PRELOAD", "FAULT_AROUND_"))}
    if mode != "plain":
        env["LD_PRELOAD"] = so
        kind, _, rest = mode.partition(":")
        if kind == "random":
            env["FAULT_AROUND_MODE"] = "random"
        elif kind == "lib":
            kib, _, names = rest.partition(":")
            env["FAULT_AROUND_MODE"] = "split:" + kib
            env["FAULT_AROUND_LIBS"] = names
        else:
            kib, _, perms = rest.partition(":")
            env["FAULT_AROUND_MODE"] = "split:" + kib
            if perms:
                env["FAULT_AROUND_PERMS"] = perms
    r, w = os.pipe()
    pid = os.posix_spawn(exe, [exe, "--headless-test"], env,
                         file_actions=[(os.POSIX_SPAWN_DUP2, w, 1), (os.POSIX_SPAWN_CLOSE, r)])
    os.close(w)
    out = b""
    while chunk := os.read(r, 65536):
        out += chunk
    _, status, usage = os.wait4(pid, 0)
    m = re.search(rb"^peak_rss_mb=([0-9.]+)", out, re.M)
    if os.waitstatus_to_exitcode(status) != 0 or not m:
        sys.exit(f"error: --headless-test failed under mode {mode}")
    return float(m.group(1)), (usage.ru_utime + usage.ru_stime) * 1000, usage.ru_minflt + usage.ru_majflt
os.chdir(os.path.dirname(exe))
results = {mode: [] for mode in modes}
for mode in modes:
    run(mode)
for i in range(runs):
    for mode in modes:
        results[mode].append(run(mode))
print("load after: " + " ".join(read("/proc/loadavg").split()[:3]))
print(f"{'mode':<30} {'peak RSS MB':>12} {'CPU ms':>8} {'faults':>7}   ({runs} interleaved runs, medians)")
for mode in modes:
    rs = results[mode]
    print(f"{mode:<30} {statistics.median(x[0] for x in rs):>12.2f} {statistics.median(x[1] for x in rs):>8.1f} "
          f"{statistics.median(x[2] for x in rs):>7.0f}")
PY
