#!/usr/bin/env python3
"""The methods `skia-trader --headless-test` runs, as an ILC order file (perf/terminal-method-order.sh runs this).

    perf/terminal-method-order.py EXE OBJECT CALLGRIND_OUT [CALLGRIND_OUT ...] > ORDER

EXE is the NativeAOT executable that ran under `valgrind --tool=callgrind --dump-instr=yes --compress-pos=no`
(stripped is fine), OBJECT the ILC object file it was linked from (obj/.../native/skia-trader.o, which keeps every
method's symbol), CALLGRIND_OUT the profile (several: the union of the methods they ran). Every instruction address callgrind saw run in EXE's __managedcode section
is mapped to the method symbol that holds it (the section is copied whole from OBJECT, so an address is the section's
start in EXE plus the symbol's offset in OBJECT). Prints one mangled method name per line, in the order of the methods
in EXE (a reproducible order; ILC places the listed methods first in this order, the rest after them unchanged).
Every name at a run address is printed (identical bodies folded into one share it; ILC ignores names it has not).
"""
import bisect, re, subprocess, sys

if len(sys.argv) < 4:
    sys.exit("usage: perf/terminal-method-order.py EXE OBJECT CALLGRIND_OUT [CALLGRIND_OUT ...] > ORDER")
exe, obj, profiles = sys.argv[1], sys.argv[2], sys.argv[3:]

def section(path, name):
    for line in subprocess.run(["readelf", "-S", "--wide", path], capture_output=True, text=True, check=True).stdout.splitlines():
        m = re.match(r"\s*\[\s*(\d+)\]\s+(\S+)\s+\S+\s+([0-9a-f]+)\s+[0-9a-f]+\s+([0-9a-f]+)", line)
        if m and m.group(2) == name:
            return int(m.group(1)), int(m.group(3), 16), int(m.group(4), 16)
    sys.exit(f"error: {path} has no {name} section")

_, exe_start, exe_size = section(exe, "__managedcode")
obj_index, _, obj_size = section(obj, "__managedcode")
if exe_size != obj_size:
    sys.exit(f"error: __managedcode is {exe_size} bytes in {exe} but {obj_size} in {obj}: not the object it was linked from")

# Method symbols of the object's __managedcode section: offset -> names (several where bodies were folded).
names = {}
for line in subprocess.run(["readelf", "-s", "--wide", obj], capture_output=True, text=True, check=True).stdout.splitlines():
    parts = line.split()
    if len(parts) >= 8 and parts[3] == "FUNC" and parts[6] == str(obj_index):
        names.setdefault(int(parts[1], 16), []).append(parts[7])
starts = sorted(names)

# Instruction addresses callgrind recorded. It gives the executable's own code (.text) relative to its load address,
# but files the managed code under "ob=???" at run-time addresses: valgrind loads a PIE main program at 0x108000, and a
# non-PIE one (terminal/publish.sh's default since u-rss) at its link addresses, so its load address is 0 (ELF e_type 2).
# The load address is checked: the entry of most functions callgrind saw there must be a method symbol's start.
with open(exe, "rb") as f:
    LOAD = 0 if f.read(18)[16] == 2 else 0x108000
run = set()
entries = []
for profile in profiles:
    current = None
    objects = {}
    for line in open(profile, errors="replace"):
        if line.startswith(("ob=", "cob=")):
            m = re.match(r"c?ob=(\(\d+\))?\s*(.*)", line.rstrip("\n"))
            ident, path = m.group(1), m.group(2)
            if ident and path:
                objects[ident] = path
            elif ident:
                path = objects.get(ident, "")
            if line.startswith("ob="):
                current = path
            continue
        if current not in ("???", exe) and not (current or "").endswith("/skia-trader"):
            continue
        base = LOAD if current == "???" else 0
        if line.startswith("fn=0x") and current == "???":
            entries.append(int(line[3:].split()[0].split("'")[0], 16) - LOAD - exe_start)
        elif line[:2] == "0x":
            offset = int(line.split()[0], 16) - base - exe_start
            if 0 <= offset < exe_size:
                i = bisect.bisect_right(starts, offset) - 1
                if i >= 0:
                    run.add(starts[i])
symbol_starts = set(starts)
inside = [e for e in entries if 0 <= e < exe_size]
if not inside or sum(e in symbol_starts for e in inside) < len(inside) / 2:
    sys.exit(f"error: the profile's managed functions do not start at method symbols with the executable loaded at {LOAD:#x}")
if not run:
    sys.exit("error: no instruction of the executable's managed code in the profile (was it run with --dump-instr=yes?)")
for offset in sorted(run):
    for name in names[offset]:
        print(name)
print(f"{len(run)} methods run of {len(starts)}; {sum(1 for _ in run)} start addresses", file=sys.stderr)
