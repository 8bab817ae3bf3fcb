"""Does the window ever freeze? A scripted session on a made-up journal of N years, timing every
pass of the GUI thread's event loop. Prints figures; not a test.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/jank.py --years 10 [--entries 300]

The journal (``sample.build_vault``: an entry a day, check-ins, sleep, stress, incidents and
coping sessions for ``--years`` years) is opened in the real window, through the lock screen.
Then, as a person would:

1. open each page in turn;
2. write and finish ``--entries`` new entries on the Journal page: a title and the first words
   typed key by key, the rest pasted, then Done; every 10th waits for the autosave first, every
   25th the user also opens an older entry, adds a few words and finishes it;
3. search as you type (a few queries, key by key) and clear the search;
4. Trends: every range, every tab, scrolled to the bottom;
5. lock and unlock, open the Journal, lock again.

matplotlib's font list is built by a child process as the app does at start-up
(``chart_fonts.start_if_missing``; ``--cold-fonts`` leaves it to the first chart build).

A 2 ms heartbeat timer on the GUI thread records the gap between its firings: a gap is how long
the event loop could not react (a key press would have waited that long). A "pass" below is a
gap minus the 2 ms the timer asked for. The CPU time the GUI thread used in the gap is printed
too: on a busy machine a pass can be long because the thread waited for a core, not because it
worked. The saves the user waits for (Done, and leaving the editor) are timed on their own.
Targets: longest pass <= 50 ms, p99 <= 16 ms; finished save p100 <= 20 ms.
"""

from __future__ import annotations

import argparse
import compileall
import cProfile
import gc
import os
import pstats
import random
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sample
from jank_report import report
from stall_watch import STALL_MS, StallWatch

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

HEARTBEAT_MS = 2
TYPED = ("sleep", "shoulders tight", '"long day"', "partn", "kalo")


@dataclass
class Until:
    """Wait (polling every few ms) until ``ready()`` or ``timeout`` seconds."""

    ready: Callable[[], bool]
    timeout: float = 120.0


@dataclass
class Heartbeat:
    """Gaps between firings of a precise timer on the GUI thread, each with what was going on."""

    phase: list[str]
    watch: StallWatch | None = None
    stalls: list[tuple[float, str, str]] = field(default_factory=list)  # (ms, phase, where)
    gaps: list[tuple[float, float, str]] = field(default_factory=list)  # (pass ms, cpu ms, phase)
    gc_ms: list[tuple[float, float, int, str, str]] = field(default_factory=list)
    # (wall ms, cpu ms, generation, thread, phase)

    def start(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self._last = time.perf_counter()
        self._cpu = time.thread_time()
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(HEARTBEAT_MS)
        self.timer.timeout.connect(self._beat)
        self.timer.start()
        self._gc_start = self._gc_cpu = 0.0
        gc.callbacks.append(self._on_gc)

    def stop(self) -> None:
        self.timer.stop()
        gc.callbacks.remove(self._on_gc)

    def _beat(self) -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        gap = (now - self._last) * 1000 - HEARTBEAT_MS
        self.gaps.append((max(0.0, gap), (cpu - self._cpu) * 1000, self.phase[0]))
        if self.watch is not None and gap > STALL_MS:
            self.stalls.append((gap, self.phase[0], self.watch.during(self._last, now)))
        self._last, self._cpu = now, cpu

    def _on_gc(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._gc_start = time.perf_counter()
            self._gc_cpu = time.thread_time()
        else:
            ms = (time.perf_counter() - self._gc_start) * 1000
            cpu = (time.thread_time() - self._gc_cpu) * 1000
            thread = threading.current_thread()
            where = "gui" if thread is threading.main_thread() else "worker"
            self.gc_ms.append((ms, cpu, info["generation"], where, self.phase[0]))


class Session:
    """The scripted session: a generator of steps, each run in its own turn of the event loop."""

    def __init__(self, shell: Any, app: Any, entries: int, seed: int) -> None:
        self.shell = shell
        self.app = app
        self.entries = entries
        self.writer = sample.Writer(seed)
        self.rng = random.Random(seed)
        self.phase = ["start"]
        self.saves: list[float] = []

    # -- helpers -------------------------------------------------------------------------------
    def idle(self) -> bool:
        return not self.shell.runner.busy

    def keys(self, widget: Any, text: str, spacing: float = 0.004) -> Iterator[Any]:
        """Type ``text`` one key per turn of the event loop."""
        from PySide6.QtTest import QTest

        for ch in text:
            QTest.keyClicks(widget, ch)
            yield spacing

    def unlock(self) -> Iterator[Any]:
        self.phase[0] = "unlock"
        screen = self.shell.unlock_screen
        yield Until(lambda: screen.isVisible() and screen.unlock_button.isEnabled(), 10)
        screen.field.setText(sample.PASSPHRASE)
        screen.unlock_button.click()
        yield Until(lambda: self.shell.main_area is not None, 60)
        self.phase[0] = "first page after unlock"  # built, filled and shown over a few passes
        self.shell.idle.stop()  # the script sits still longer than the auto-lock allows
        yield Until(self.idle)
        yield 0.3

    # -- the session ---------------------------------------------------------------------------
    def steps(self) -> Iterator[Any]:
        yield from self.unlock()
        yield from self.open_pages()
        yield from self.write()
        yield from self.search()
        yield from self.trends()
        self.phase[0] = "lock"
        self.shell.lock()
        yield 1.0
        yield Until(self.idle, 300)  # the automatic backup made on lock
        yield from self.unlock()
        self.phase[0] = "journal after unlock"
        self.shell.main_area.show_page("journal")
        yield 0.5
        yield Until(self.idle)
        self.phase[0] = "lock"
        self.shell.lock()
        yield 0.5
        yield Until(self.idle, 300)

    def open_pages(self) -> Iterator[Any]:
        for page_id in ("today", "journal", "toolbox", "trends", "support", "learn", "settings"):
            self.phase[0] = f"open {page_id}"
            self.shell.main_area.show_page(page_id)
            yield 0.3
            yield Until(self.idle)
            yield 0.2

    def journal_page(self) -> Any:
        self.shell.main_area.show_page("journal")
        return self.shell.main_area.page("journal")

    def write(self) -> Iterator[Any]:
        from wellness_journal.ui.journal.page import JournalPage

        timed, phase = self.saves, self.phase
        original = JournalPage.save_now

        def save_now(page: Any, *args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                return original(page, *args, **kwargs)
            finally:
                if phase[0].startswith("write: done"):  # the save the user waits for
                    timed.append((time.perf_counter() - start) * 1000)

        JournalPage.save_now = save_now  # type: ignore[method-assign]
        try:
            page = self.journal_page()
            yield 0.3
            for n in range(self.entries):
                self.phase[0] = "write: new entry"
                page.new_entry()
                yield 0.01
                self.phase[0] = "write: typing"
                yield from self.keys(page.editor.title, self.writer.title())
                body = self.writer.body()
                yield from self.keys(page.editor.body, body[:24])
                self.phase[0] = "write: paste"
                page.editor.body.insertPlainText(body[24:])
                yield 0.01
                if n % 10 == 9:
                    self.phase[0] = "write: autosave"
                    yield 1.0
                self.phase[0] = "write: done"
                page.finish_editing()
                yield 0.03
                if n % 25 == 24:
                    yield from self.edit_old(page)
        finally:
            JournalPage.save_now = original  # type: ignore[method-assign]

    def edit_old(self, page: Any) -> Iterator[Any]:
        self.phase[0] = "write: open an old entry"
        row = self.rng.randrange(5, max(6, min(40, page.model.rowCount())))
        page.list.setCurrentIndex(page.model.index(row, 0))
        yield 0.05
        page.edit_current()
        yield 0.2  # its words leave the index, in the background
        self.phase[0] = "write: typing in an old entry"
        page.editor.body.moveCursor(page.editor.body.textCursor().MoveOperation.End)
        yield from self.keys(page.editor.body, " and later " + self.writer.text(3))
        self.phase[0] = "write: done (old entry)"
        page.finish_editing()
        yield 0.05

    def search(self) -> Iterator[Any]:
        page = self.journal_page()
        yield 0.2
        box = page.filters.search
        for query in TYPED:
            self.phase[0] = "search: typing"
            box.setFocus()
            yield from self.keys(box, query, spacing=0.06)
            self.phase[0] = "search: count"
            yield 0.4
            self.phase[0] = "search: clear"
            box.clear()
            yield 0.3

    def trends(self) -> Iterator[Any]:
        from wellness_journal.core.trends import Span

        self.phase[0] = "trends: open"
        self.shell.main_area.show_page("trends")
        page = self.shell.main_area.page("trends")
        for span in Span:
            for index, section in enumerate(page.sections):
                self.phase[0] = f"trends: {span.value} {section.id}"
                if index == 0:
                    page.range_bar.choose(span)
                page.show_section(section.id)
                yield 0.05
                yield Until(lambda page=page: not page.pending and self.idle())
                yield 0.3
                bar = page.scrolls[page.tabs.currentIndex()].verticalScrollBar()
                self.phase[0] = f"trends: scroll {span.value} {section.id}"
                while bar.value() < bar.maximum():
                    bar.setValue(bar.value() + 120)
                    yield 0.03
                yield 0.2
                bar.setValue(0)
                yield 0.1


def drive(steps: Iterator[Any], app: Any) -> None:
    """Run each step in its own turn of a real event loop; waits hand the loop back."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    failure: list[BaseException] = []

    def advance() -> None:
        try:
            step = next(steps)
        except StopIteration:
            loop.quit()
            return
        except BaseException as exc:  # noqa: BLE001 - reported after the loop ends
            failure.append(exc)
            loop.quit()
            return
        if isinstance(step, Until):
            deadline = time.perf_counter() + step.timeout

            def poll(step: Until = step) -> None:
                if step.ready() or time.perf_counter() > deadline:
                    QTimer.singleShot(HEARTBEAT_MS, advance)
                else:
                    QTimer.singleShot(10, poll)

            QTimer.singleShot(10, poll)
        else:
            QTimer.singleShot(max(HEARTBEAT_MS, round(float(step) * 1000)), advance)

    QTimer.singleShot(0, advance)
    loop.exec()
    if failure:
        raise failure[0]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--entries", type=int, default=300, help="new entries to write")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument(
        "--profile", action="store_true", help="profile the GUI thread; print where its time went"
    )
    parser.add_argument(
        "--stalls",
        action="store_true",
        help=f"print where every thread was during each pass over {STALL_MS:.0f} ms",
    )
    parser.add_argument(
        "--cold-fonts",
        action="store_true",
        help="leave matplotlib's font list to the first chart build (no child process)",
    )
    args = parser.parse_args()

    # An installed app has compiled bytecode (pip and PyInstaller write it): so does this run.
    sys.dont_write_bytecode = False
    compileall.compile_dir(str(Path(__file__).resolve().parents[1] / "src"), quiet=1)
    with tempfile.TemporaryDirectory(prefix="wj-jank-") as tmp:
        folder = Path(tmp)
        os.environ.setdefault("MPLCONFIGDIR", str(folder / "mpl"))
        from wellness_journal import chart_fonts

        # As run_gui: matplotlib's font list is built in a child process while the journal is
        # made (--cold-fonts: left to the first chart build, as before that child existed).
        fonts = None if args.cold_fonts else chart_fonts.start_if_missing()
        print(f"machine: {sample.machine()}")
        started = time.perf_counter()
        counts = sample.build_vault(folder / "data", args.years)
        print(
            f"journal: {args.years} years {counts} (made in {time.perf_counter() - started:.0f} s)"
        )

        from PySide6.QtWidgets import QApplication

        from wellness_journal.services.preferences import Preferences
        from wellness_journal.storage.keyslots import KdfParams
        from wellness_journal.storage.paths import AppPaths
        from wellness_journal.ui.shell.window import Shell
        from wellness_journal.ui.theme import apply_theme

        app = QApplication.instance() or QApplication(sys.argv[:1])
        apply_theme(app, "light")  # type: ignore[arg-type]
        paths = AppPaths.for_dir(folder / "data")
        shell = Shell(
            paths, KdfParams.fast_for_tests(), Preferences(paths), set_theme=lambda _t: None
        )
        from wellness_journal.ui.collector import freeze_startup

        freeze_startup()  # as app.run_gui does
        shell.resize(1280, 800)
        shell.show()
        shell.start()
        session = Session(shell, app, args.entries, args.seed)
        beat = Heartbeat(session.phase, StallWatch() if args.stalls else None)
        if beat.watch is not None:
            beat.watch.start()
        print(f"  {sample.load()} (at the start)")
        beat.start()
        began = time.perf_counter()
        profile = cProfile.Profile() if args.profile else None
        try:
            if profile is not None:
                profile.enable()
            drive(session.steps(), app)
        finally:
            if profile is not None:
                profile.disable()
            beat.stop()
            if beat.watch is not None:
                beat.watch.stop()
        wall = time.perf_counter() - began
        print(
            f"  objects: {gc.get_freeze_count()} frozen, {len(gc.get_objects())} tracked by the collector"
        )
        shell.runner.wait(300_000)
        shell.close()
        chart_fonts.finish(fonts)
        if profile is not None:
            pstats.Stats(profile).sort_stats("tottime").print_stats(30)
        report(beat, session.saves, args.years, args.entries, wall)  # its last line: the figure
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
