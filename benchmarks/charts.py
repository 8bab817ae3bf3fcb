"""How long each trend chart takes to build and draw over ten years of entries, and the memory
with the Trends page open. Prints figures; not part of the test run.

    .venv/bin/python benchmarks/charts.py [--years 10] [--runs 5]

Builds a throwaway vault (cheap key derivation) with ``years`` of daily entries: check-ins, the
demo's 4-on/4-off rotation of sleep with naps and day sleeps, stress log entries, a critical
incident every few months with its follow-ups, and coping sessions most days.

For each chart and range it prints the median of ``runs`` cold builds: a new connection-side
service (nothing remembered), the aggregated reads, the matplotlib Figure, the caption, and one
full draw with Agg at the size the page shows it (8 x its height in inches, 100 dpi); wall
clock and, in brackets, CPU time (the machine may be busy with other work). The "tab" lines time
what the page does per tab: one build for all its charts, sharing the sleep days. Then it opens
the window, shows every Trends tab for every range, and prints the resident memory (Linux /proc)
with the page open, and the longest single pass of the GUI thread's event loop meanwhile (the
builds and the drawing run on the runner's threads; a pass is a result arriving or a picture
copied to the screen).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def rss_mb() -> float:
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return -1.0


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--window-only", action="store_true", help="only the window figures")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        os.environ.setdefault("MPLCONFIGDIR", str(Path(folder) / "mpl"))
        from PySide6.QtWidgets import QApplication

        app = QApplication(sys.argv[:1])
        from matplotlib.backends.backend_agg import FigureCanvasAgg

        from sample import fill_logs
        from wellness_journal.charts.style import LIGHT
        from wellness_journal.core.trends import Span
        from wellness_journal.services.trends import TrendsService
        from wellness_journal.storage.keyslots import KdfParams
        from wellness_journal.storage.paths import AppPaths
        from wellness_journal.storage.vault import Vault
        from wellness_journal.ui.trends.specs import sections

        paths = AppPaths.for_dir(Path(folder) / "data")
        kdf = KdfParams.fast_for_tests()
        created = Vault.create(paths, "bench", kdf=kdf)
        vault = created.vault
        today = date.today()
        start = time.perf_counter()
        counts = fill_logs(vault.db, args.years, today)
        print(f"vault: {args.years} years, {counts} (made in {time.perf_counter() - start:.1f} s)")
        service = TrendsService(vault.db)
        width = 8.0

        def cold_build(spec, span):  # type: ignore[no-untyped-def]
            db = vault.connect_new()
            try:
                svc = service.on(db)
                built = spec.build(svc, span, svc.period(span), LIGHT, width)
            finally:
                db.close()
            if built.chart is not None:
                FigureCanvasAgg(built.chart.figure).draw()
            return built

        def median_ms(fn, runs: int) -> tuple[float, float]:  # type: ignore[no-untyped-def]
            """Median wall-clock and CPU milliseconds (CPU time leaves out waiting for the
            cores, which other work on the machine takes)."""
            fn()  # the first build also imports and warms matplotlib's caches
            wall, cpu = [], []
            for _ in range(runs):
                t, c = time.perf_counter(), time.process_time()
                fn()
                wall.append((time.perf_counter() - t) * 1000)
                cpu.append((time.process_time() - c) * 1000)
            return statistics.median(wall), statistics.median(cpu)

        def cell(value: tuple[float, float]) -> str:
            return f"{value[0]:6.0f} ({value[1]:3.0f})"

        spans = [] if args.window_only else list(Span)
        print(f"\nmedian ms to build and draw, wall clock (CPU), cold, {args.runs} runs")
        print(f"{'chart':<16}" + "".join(f"{s.value:>13}" for s in spans))
        worst: dict[Span, tuple[float, float]] = {}
        for section in sections() if spans else []:
            for spec in section.specs:
                row = []
                for span in spans:
                    ms = median_ms(lambda spec=spec, span=span: cold_build(spec, span), args.runs)
                    old = worst.get(span, (0.0, 0.0))
                    worst[span] = (max(old[0], ms[0]), max(old[1], ms[1]))
                    row.append(ms)
                print(f"{spec.id:<16}" + "".join(cell(ms) for ms in row))
        for section in sections() if spans else []:
            row = []
            for span in spans:

                def whole(section=section, span=span) -> None:  # type: ignore[no-untyped-def]
                    db = vault.connect_new()
                    try:
                        svc = service.on(db)
                        period = svc.period(span)
                        built = [s.build(svc, span, period, LIGHT, width) for s in section.specs]
                    finally:
                        db.close()
                    for b in built:
                        if b.chart is not None:
                            FigureCanvasAgg(b.chart.figure).draw()

                row.append(median_ms(whole, args.runs))
            print(f"{'tab ' + section.id:<16}" + "".join(cell(ms) for ms in row))
        if spans:
            print("slowest chart:  " + "".join(cell(worst[s]) for s in spans))
        print("targets: <= 150 ms for 1 year, <= 400 ms for all")

        vault.close()
        print(f"\nRSS before the window: {rss_mb():.0f} MB")
        rss, stalls = open_trends(paths, kdf, app)
        print(f"RSS with the Trends page open (every tab, every range drawn): {rss:.0f} MB")
        stalls.sort()
        print(
            "GUI thread while switching ranges and tabs (one event-loop pass: the results"
            f" arriving, the canvases made and painted): longest {stalls[-1]:.0f} ms,"
            f" 90th percentile {stalls[int(len(stalls) * 0.9)]:.0f} ms, {len(stalls)} passes"
        )
    return 0


def open_trends(paths, kdf, app) -> tuple[float, list[float]]:  # type: ignore[no-untyped-def]
    """Open the journal in the window, show each Trends tab at each range. Returns the RSS and
    how long each pass of the event loop took while the charts came in (a freeze is one long
    pass)."""
    from wellness_journal.core.trends import Span
    from wellness_journal.services.preferences import Preferences
    from wellness_journal.storage.vault import Vault
    from wellness_journal.ui.shell.window import Shell
    from wellness_journal.ui.theme import apply_theme

    apply_theme(app, "light")
    shell = Shell(paths, kdf, Preferences(paths), set_theme=lambda _t: None)
    shell.resize(1120, 780)
    shell.show()
    shell.open_session(Vault.open_with_secret(paths, "bench"))
    assert shell.main_area is not None
    shell.main_area.show_page("trends")
    page = next(p for p in shell.main_area.pages if p.page_id == "trends")

    stalls: list[float] = []

    def turn() -> None:
        start = time.perf_counter()
        app.processEvents()
        stalls.append((time.perf_counter() - start) * 1000)

    def settle() -> None:
        deadline = time.perf_counter() + 60
        while (page.pending or shell.runner.busy) and time.perf_counter() < deadline:  # type: ignore[attr-defined]
            turn()
            time.sleep(0.005)
        for _ in range(5):
            turn()

    settle()
    stalls.clear()  # the first showing imports matplotlib's Qt canvas (once per run)
    for span in Span:
        page.range_bar.choose(span)  # type: ignore[attr-defined]
        for section in page.sections:  # type: ignore[attr-defined]
            page.show_section(section.id)  # type: ignore[attr-defined]
            settle()
            for card in page.cards.values():  # type: ignore[attr-defined]
                if card.canvas is not None:  # painted even when scrolled out of view
                    card.canvas.repaint()  # (a copy of the picture drawn on the runner)
            turn()
    rss = rss_mb()
    shell.lock()
    shell.close()
    return rss, stalls


if __name__ == "__main__":
    raise SystemExit(main())
