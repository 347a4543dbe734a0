#!/usr/bin/env python3
"""Where the resident memory of `skia-trader --headless-test` is, just after its first frame (issue 13: peak RSS).

    perf/terminal-smaps.py [EXECUTABLE]        default: the unpacked package of perf/terminal-startup.sh
                                               (artifacts/perf/terminal-package/skia-trader-*/skia-trader)
    perf/terminal-smaps.py --sections EXE      also split the executable's resident pages by ELF section

The program is held after it printed its figures: `--screenshot` names a FIFO, and opening a FIFO for writing blocks
until a reader comes, so /proc/PID/smaps is read at the state the figures describe (first frame drawn, VmHWM taken).
Prints VmHWM/VmRSS and the resident KiB per mapping (file, [heap], anonymous, stacks), largest first, with the
private-dirty part; for the executable, its resident pages split by ELF section (--sections, from readelf and
/proc/PID/pagemap where readable, else by segment).
"""
import glob, os, re, subprocess, sys, tempfile, time
from collections import defaultdict

args = sys.argv[1:]
sections = "--sections" in args
args = [a for a in args if a != "--sections"]
if args:
    exe = os.path.abspath(args[0])
else:
    found = glob.glob("artifacts/perf/terminal-package/skia-trader-*/skia-trader")
    if not found:
        sys.exit("error: no unpacked package (run perf/terminal-startup.sh first) and no EXECUTABLE given")
    exe = os.path.abspath(found[0])

folder = tempfile.mkdtemp()
fifo = os.path.join(folder, "hold.png")
os.mkfifo(fifo)
proc = subprocess.Popen([exe, "--headless-test", "--screenshot", fifo], cwd=os.path.dirname(exe),
                        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
figures = []
for line in proc.stdout:
    figures.append(line.strip())
    if line.startswith("peak_rss_mb="):
        break
time.sleep(0.2)  # the program goes on to open the FIFO and blocks there
status = open(f"/proc/{proc.pid}/status").read()
smaps = open(f"/proc/{proc.pid}/smaps").read()
maps = []
with open(f"/proc/{proc.pid}/maps") as f:
    for line in f:
        parts = line.split(None, 5)
        lo, hi = (int(x, 16) for x in parts[0].split("-"))
        maps.append((lo, hi, parts[1], int(parts[2], 16), parts[5].strip() if len(parts) > 5 else ""))
resident_pages = None
if sections:
    try:
        resident_pages = set()
        with open(f"/proc/{proc.pid}/pagemap", "rb") as pm:
            for lo, hi, perms, off, name in maps:
                if name != exe:
                    continue
                pm.seek(lo // 4096 * 8)
                data = pm.read((hi - lo) // 4096 * 8)
                for i in range(0, len(data), 8):
                    if int.from_bytes(data[i:i + 8], "little") >> 63:
                        resident_pages.add(lo + i // 8 * 4096)
    except OSError:
        resident_pages = None
with open(fifo, "rb") as f:  # release it: it writes the PNG and exits
    f.read()
proc.wait()
os.unlink(fifo); os.rmdir(folder)

print("\n".join(figures))
for key in ("VmHWM", "VmRSS", "RssAnon", "RssFile"):
    m = re.search(rf"^{key}:\s+(\d+) kB", status, re.M)
    print(f"{key}: {int(m.group(1)) / 1024:.2f} MB")

per = defaultdict(lambda: [0, 0])
anon = []  # (rss KiB, size KiB, what lies just before it): the biggest anonymous regions
name = None
previous = ""
for line in smaps.splitlines():
    if re.match(r"^[0-9a-f]+-[0-9a-f]+ ", line):
        parts = line.split(None, 5)
        lo, hi = (int(x, 16) for x in parts[0].split("-"))
        name = parts[5] if len(parts) > 5 else "[anonymous]"
        if name == "[anonymous]":
            # An anonymous region right after the executable's writable data is its .bss (.hydrated: NativeAOT's
            # runtime data, rebuilt at start from the dehydrated blob).
            anon.append([0, (hi - lo) // 1024, "after " + os.path.basename(previous) if previous else ""])
        previous = parts[5] if len(parts) > 5 else ""
        if name == exe:
            name = f"{os.path.basename(exe)} {parts[1]}"
        elif name.startswith("/"):
            name = os.path.basename(name)
    elif line.startswith("Rss:"):
        per[name][0] += int(line.split()[1])
        if name == "[anonymous]":
            anon[-1][0] = int(line.split()[1])
    elif line.startswith("Private_Dirty:"):
        per[name][1] += int(line.split()[1])
total = sum(v[0] for v in per.values())
print(f"\n{'mapping':<44} {'RSS KiB':>9} {'dirty KiB':>9}")
for k, (rss, dirty) in sorted(per.items(), key=lambda kv: -kv[1][0]):
    if rss:
        print(f"{k:<44} {rss:>9} {dirty:>9}")
print(f"{'total':<44} {total:>9}")
print(f"\n{'biggest anonymous regions':<44} {'RSS KiB':>9} {'size KiB':>9}")
for rss, size, where in sorted(anon, key=lambda a: -a[0])[:8]:
    print(f"{where:<44} {rss:>9} {size:>9}")

if sections:
    out = subprocess.run(["readelf", "-SW", exe], capture_output=True, text=True).stdout
    secs = []
    for m in re.finditer(r"\]\s+(\S+)\s+\S+\s+([0-9a-f]+)\s+([0-9a-f]+)\s+([0-9a-f]+)", out):
        sname, addr, off, size = m.group(1), int(m.group(2), 16), int(m.group(3), 16), int(m.group(4), 16)
        if addr and size:
            secs.append((sname, addr, size))
    # The executable's load base: its first mapping (file offset 0) for a PIE; 0 for a non-PIE (ELF type EXEC, the
    # default package since u-rss), whose section addresses are already the run-time ones.
    with open(exe, "rb") as f:
        is_exec = f.read(18)[16] == 2
    base = 0 if is_exec else min(lo for lo, hi, perms, off, name in maps if name == exe)
    print(f"\n{'section':<28} {'size KiB':>9} {'resident KiB':>12}")
    for sname, addr, size in secs:
        lo, hi = base + addr, base + addr + size
        if resident_pages is None:
            res = "?"
        else:
            res = sum(4 for p in range(lo // 4096 * 4096, hi, 4096) if p in resident_pages)
        print(f"{sname:<28} {size // 1024:>9} {res:>12}")
