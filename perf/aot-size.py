#!/usr/bin/env python3
"""Where a NativeAOT executable's bytes go, by assembly (and, with --ns, by namespace), from ILC's map file.

    perf/aot-size.sh                          publish the terminal with the release switches plus the map, then this
    perf/aot-size.py MAP.xml [--top N] [--ns PREFIX] [--kinds]

MAP.xml is what `dotnet publish -p:PublishAot=true -p:IlcGenerateMapFile=true` leaves in
obj/Release/net10.0/linux-x64/native/<name>.map.xml: one node per object the compiler emitted (method code, GC info,
type structures (MethodTable), statics, generic dictionaries, frozen objects, metadata ...), each with its length.
A node's owner is the assembly whose mangled name (dots as underscores; System.Private.CoreLib as S_P_CoreLib) its
name starts with, after the node kind's own prefix (__GCSTATICS, __GenericDict_, _ZTV<len> ...); a generic
instantiation counts for its generic definition's assembly. Shared blobs (metadata, resources, hashtables, dehydrated
data) are listed by name. The sizes are before dehydration and linking (the executable holds the native runtime
too, ~1 MB, and dehydrated type data), so they add up to more than the file; compare builds with the same script.
--ns PREFIX lists, inside the assemblies whose name starts with PREFIX, the biggest namespaces/types.
--kinds prints the bytes per node kind.
"""
import re, sys
from collections import defaultdict
import xml.etree.ElementTree as ET

args = sys.argv[1:]
if not args or args[0].startswith("-"):
    sys.exit(__doc__)
path = args[0]
top = int(args[args.index("--top") + 1]) if "--top" in args else 40
ns = args[args.index("--ns") + 1] if "--ns" in args else None
kinds = "--kinds" in args

# Assembly names as the compiler mangles them: from the rsp file next to the map (-r: and the inputs).
rsp = re.sub(r"\.map\.xml$", ".ilc.rsp", path)
assemblies = set()
try:
    for line in open(rsp):
        line = line.strip()
        m = re.match(r"^(?:-r:)?(.+)\.dll$", line)
        if m:
            assemblies.add(m.group(1).replace("\\", "/").split("/")[-1])
except OSError:
    pass
mangled = {}
for a in assemblies:
    key = a.replace(".", "_").replace("-", "_")
    if a.startswith("System.Private."):
        key = "S_P_" + a[len("System.Private."):].replace(".", "_")
    mangled[key + "_"] = a
keys = sorted(mangled, key=len, reverse=True)
# A leading "_ZTV<digits>" (type structures) or a kind prefix before the owner's name.
prefixes = re.compile(r"^(?:_ZTV\d+|__GCSTATICS|__NONGCSTATICS|__THREADSTATICS|__GenericDict_|__writableData|"
                      r"__readonlydata_|__unbox_|__fatpointer_|__RuntimeMethodHandle_|__RuntimeFieldHandle_|"
                      r"__Str_|__FrozenObj_|__InterfaceDispatchCell_|__InterfaceDispatchMap_|__SealedVTable_|"
                      r"__GenericVarianceInfo_|__GCStaticBase_|__NonGCStaticBase_|__typeThreadStaticIndex|"
                      r"__EEType_|__pinvoke_|__Fixup_|__dictionary_|__GenericComposition_|__EHInfo_|__GCInfo_|"
                      r"__TypeThreadStaticIndex_|__TypeManagerIndirection|__delegate_ctor_|__unboxing_)*")


def owner(name):
    n = prefixes.sub("", name)
    n = n.lstrip("_") if not n.startswith("S_P_") else n
    for k in keys:
        if n.startswith(k):
            return mangled[k], n[len(k):]
    return None, n


by_asm = defaultdict(lambda: defaultdict(int))
by_kind = defaultdict(int)
shared = defaultdict(int)
inner = defaultdict(int)
total = 0
for _, el in ET.iterparse(path, events=("end",)):
    length = el.get("Length")
    if length is None:
        continue
    size = int(length)
    total += size
    kind = el.tag
    by_kind[kind] += size
    name = el.get("Name") or ""
    asm, rest = owner(name)
    if asm is None:
        shared[f"{kind} {name[:60]}" if size >= 20000 else f"(other {kind})"] += size
    else:
        bucket = "code" if kind in ("MethodCode", "UnboxingStub") else (
            "types" if "EEType" in kind or kind in ("SealedVTable", "InterfaceDispatchMap", "GenericComposition") else "other")
        by_asm[asm][bucket] += size
        if ns and asm.startswith(ns):
            # the namespace and type: up to the first "__" (method separator), generic arguments cut
            t = re.split(r"__|&lt;|<", rest)[0]
            inner[f"{asm}: {t}"] += size
    el.clear()

print(f"total of all nodes: {total / 1048576:.2f} MB ({total} B)\n")
print(f"{'assembly':<58} {'all KiB':>8} {'code':>8} {'types':>8} {'other':>8}")
rows = sorted(by_asm.items(), key=lambda kv: -sum(kv[1].values()))
for asm, b in rows[:top]:
    print(f"{asm:<58} {sum(b.values()) / 1024:>8.0f} {b['code'] / 1024:>8.0f} {b['types'] / 1024:>8.0f} {b['other'] / 1024:>8.0f}")
rest = sum(sum(b.values()) for _, b in rows[top:])
print(f"{'(%d more assemblies)' % max(0, len(rows) - top):<58} {rest / 1024:>8.0f}")
groups = defaultdict(int)
for asm, b in rows:
    g = ("ASP.NET Core + Microsoft.Extensions" if asm.startswith(("Microsoft.AspNetCore", "Microsoft.Extensions", "Microsoft.Net.Http.Headers"))
         else "OpenTelemetry" if asm.startswith("OpenTelemetry") else "Skia.Trader/Toolkit (ours)" if asm.startswith("Skia.") else
         "SkiaSharp/HarfBuzzSharp" if asm.startswith(("SkiaSharp", "HarfBuzzSharp")) else "Silk.NET" if asm.startswith("Silk") else
         "System.* / CoreLib" if asm.startswith(("System", "S_P", "Microsoft.Win32")) else "other: " + asm)
    groups[g] += sum(b.values())
print(f"\n{'group':<58} {'KiB':>8}")
for g, v in sorted(groups.items(), key=lambda kv: -kv[1]):
    print(f"{g:<58} {v / 1024:>8.0f}")
print(f"\n{'shared / unattributed':<58} {'KiB':>8}")
for k, v in sorted(shared.items(), key=lambda kv: -kv[1])[:top]:
    print(f"{k:<58} {v / 1024:>8.0f}")
if kinds:
    print(f"\n{'node kind':<58} {'KiB':>8}")
    for k, v in sorted(by_kind.items(), key=lambda kv: -kv[1]):
        print(f"{k:<58} {v / 1024:>8.0f}")
if ns:
    print(f"\n{'type (in ' + ns + '*)':<80} {'KiB':>8}")
    for k, v in sorted(inner.items(), key=lambda kv: -kv[1])[:top]:
        print(f"{k[:80]:<80} {v / 1024:>8.0f}")
