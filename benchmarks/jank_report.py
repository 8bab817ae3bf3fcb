"""``jank.py``'s figures at the end of a session: the longest passes, each phase's, the
collections, the stalls, the finished saves and, last, the one-line figure. Not a test."""

from __future__ import annotations

import statistics
from collections import defaultdict
from typing import TYPE_CHECKING

import sample

if TYPE_CHECKING:
    from jank import Heartbeat


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    return ordered[min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))]


def report(beat: Heartbeat, saves: list[float], years: int, entries: int, wall: float) -> None:
    passes = [g for g, _, _ in beat.gaps]
    print(
        f"\nsession: {years} years, {entries} entries written, {wall:.0f} s, {len(passes)} passes"
    )
    print(f"  {sample.load()} (at the end)")
    worst = sorted(beat.gaps, reverse=True)[:10]
    print("  longest passes: " + ", ".join(f"{g:.0f} ms ({c:.0f} cpu) {p}" for g, c, p in worst))
    by_phase: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for g, c, p in beat.gaps:
        by_phase[p.split(":")[0]].append((g, c))
    for name, pairs in sorted(by_phase.items()):
        values = [g for g, _ in pairs]
        print(
            f"  {name:<22} longest {max(pairs)[0]:6.1f} ms ({max(pairs)[1]:4.1f} cpu)"
            f"  p99 {pct(values, 99):5.1f} ms  (n={len(values)}, {sum(1 for v in values if v > 50)}"
            f" over 50 ms; most CPU {max(c for _, c in pairs):.1f} ms)"
        )
    cpu = [c for _, c, _ in beat.gaps]
    print(f"  GUI-thread CPU within one pass: longest {max(cpu):.1f} ms, p99 {pct(cpu, 99):.1f} ms")
    if beat.gc_ms:
        slow = sorted(beat.gc_ms, reverse=True)[:4]
        print(
            f"  Python garbage collections: {len(beat.gc_ms)}, longest: "
            + ", ".join(
                f"{ms:.0f} ms ({cpu:.0f} cpu, gen {g}, {t} thread, {p})"
                for ms, cpu, g, t, p in slow
            )
        )
    for ms, phase, where in sorted(beat.stalls, reverse=True)[:12]:
        print(f"  stall {ms:.0f} ms in {phase}: {where}")
    if saves:
        print(
            f"  finished saves (Done): n={len(saves)} median {statistics.median(saves):.1f} ms"
            f"  p95 {pct(saves, 95):.1f} ms  p100 {max(saves):.1f} ms"
        )
    over = sum(1 for g in passes if g > 50)
    print(f"  passes over 50 ms: {over}; over 16 ms: {sum(1 for g in passes if g > 16)}")
    print(f"longest GUI-thread pass: {max(passes):.0f} ms (p99 {pct(passes, 99):.1f} ms)")
