#!/usr/bin/env python3
"""Summarises scene frame logs (`--frame-log FILE`, TSV) to show what the slow frames are.

  python3 perf/frame_tail.py LOG.tsv [LOG.tsv ...]

For each log (and all logs together when several are given): frame work and thread-CPU percentiles over
the frames after the first second, the frames over 2 ms of work split into descheduled ones (wall minus
thread CPU over 1 ms: the process waited for a core) and ones that did more work, the CPU of frames that
added an order (the order history moves its rows) against the others, GC collections and text-cache misses.
"""
import statistics
import sys

WARM_UP = 60  # frames of the first second, left out like the scene's steady-state figures


def read(path):
    with open(path) as f:
        header = f.readline().rstrip('\n').split('\t')
        rows = [dict(zip(header, line.rstrip('\n').split('\t'))) for line in f if line.strip()]
    return [r for r in rows if int(r['frame']) >= WARM_UP]


def pct(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(p * len(values)))] if values else float('nan')


def summarise(name, rows):
    work = [float(r['work_ms']) for r in rows]
    cpu = [float(r['cpu_ms']) for r in rows]
    slow = [r for r in rows if float(r['work_ms']) > 2]
    waited = [r for r in slow if float(r['work_ms']) - float(r['cpu_ms']) > 1]
    orders = [float(r['cpu_ms']) for r in rows if int(r['orders_added']) > 0]
    others = [float(r['cpu_ms']) for r in rows if int(r['orders_added']) == 0]
    top = sorted(rows, key=lambda r: float(r['cpu_ms']))[-max(1, len(rows) // 100):]
    print(f"{name}: {len(rows)} frames after the first second")
    print(f"  work ms   p50 {pct(work, .5):.3f}  p90 {pct(work, .9):.3f}  p99 {pct(work, .99):.3f}  max {max(work):.3f}")
    print(f"  cpu ms    p50 {pct(cpu, .5):.3f}  p90 {pct(cpu, .9):.3f}  p99 {pct(cpu, .99):.3f}  max {max(cpu):.3f}  mean {statistics.mean(cpu):.3f}")
    print(f"  frames over 2 ms of work: {len(slow)}, of which descheduled (wall - cpu > 1 ms): {len(waited)}")
    if orders and others:
        print(f"  cpu ms median: frames adding an order {statistics.median(orders):.3f} ({len(orders)} frames), others {statistics.median(others):.3f}")
    print(f"  top 1 % by cpu ({len(top)} frames): {sum(1 for r in top if int(r['orders_added']) > 0)} added an order, "
          f"dirty rects {statistics.mean(int(r['dirty_rects']) for r in top):.1f}, pixels {statistics.mean(int(r['pixels']) for r in top):.0f} "
          f"(all frames: {statistics.mean(int(r['pixels']) for r in rows):.0f})")
    gc = sum(int(r.get('gen0', '0')) for r in rows)
    misses = sum(int(r['text_misses']) for r in rows)
    print(f"  gen0 collections {gc}, text-cache misses {misses}")


def main():
    if len(sys.argv) < 2:
        print("usage: perf/frame_tail.py LOG.tsv [LOG.tsv ...]", file=sys.stderr)
        sys.exit(2)
    everything = []
    for path in sys.argv[1:]:
        rows = read(path)
        everything += rows
        summarise(path, rows)
    if len(sys.argv) > 2:
        summarise("all logs", everything)


main()
