"""How long the summary for a counselor takes to make for the last 3 months of the demo journal
(every section, with and without notes). Prints figures; not part of the test run.

    .venv/bin/python benchmarks/report.py [--days 91] [--runs 5]

The demo journal holds about three months of everything: daily check-ins, the sleep diary of a
4-on/4-off rotation with naps and day sleeps, stress entries, two critical incidents with their
check-ins, exercise sessions and My plan. One run is what "Save as PDF" or the command line
does: read the days, build the charts (SVG), lay out the pages, write the PDF in memory. The
"with preview" figure adds the preview's page images (what the window does before saving).
The first run in a process also imports matplotlib; it is printed on its own. The machine may be
shared: the load average is printed first and last, and each figure is the median of ``runs``
with its CPU time in brackets.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))


def load() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "?"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--days", type=int, default=91)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    from wellness_journal import app
    from wellness_journal.core.localzone import system_zone
    from wellness_journal.reports import summary, summary_pages
    from wellness_journal.services.demo import DEMO_PASSPHRASE
    from wellness_journal.services.report_data import ReportRequest, ReportSource
    from wellness_journal.storage.vault import Vault

    qt = summary_pages.gui_application()
    today = date.today()
    zone = system_zone()
    print(f"load average (1, 5, 15 min): {load()}   cores: {os.cpu_count()}")
    with tempfile.TemporaryDirectory() as folder:
        paths = app.make_demo_vault(Path(folder) / "data", today=today)
        vault = Vault.open_with_secret(paths, DEMO_PASSPHRASE)
        sections = tuple(b.id for b in summary.builders() if b.headless)

        def once(notes: bool, preview: bool) -> tuple[float, float, int]:
            wall, cpu = time.perf_counter(), time.process_time()
            request = ReportRequest(today - timedelta(days=args.days - 1), today, sections, notes)
            source = ReportSource(vault.db, request, now=lambda: datetime.now(zone), zone=zone)
            layout = summary_pages.Layout(summary.build_report(source))
            if preview:
                for index in range(layout.page_count):
                    layout.page_image(index, 80)
            layout.pdf_bytes()
            return time.perf_counter() - wall, time.process_time() - cpu, layout.page_count

        wall, cpu, pages = once(False, False)
        print(f"first run (imports matplotlib): {wall:.2f} s ({cpu:.2f} s CPU), {pages} pages")
        for notes, preview in ((False, False), (True, False), (False, True)):
            runs = [once(notes, preview) for _ in range(args.runs)]
            label = "with notes" if notes else "with preview" if preview else "every section"
            print(
                f"{args.days} days, {label:14}: median {statistics.median(r[0] for r in runs):.2f} s"
                f" ({statistics.median(r[1] for r in runs):.2f} s CPU), {runs[0][2]} pages"
            )
        vault.close()
    print(f"load average (1, 5, 15 min): {load()}")
    del qt
    return 0


if __name__ == "__main__":
    sys.exit(main())
