"""The journal's search index, kept in order off the GUI thread.

A save the user waits for (Done, changing page, locking) writes only the entry's row. A moment
after the journal goes quiet, ``IndexUpkeep`` puts the words of finished entries into the index
and then merges the index's segments a little at a time, on a connection of its own: each step is
a short transaction (a few ms even at 30 years), with a pause after it, so a save from the window
waits for one step at most. It stops when the journal is locked; entries not indexed by then are
indexed after the next unlock. An entry open in the editor is never indexed: its words would
have to leave the index again at the next keystroke's save (see ``JournalService.begin_edit``).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from wellness_journal.core.errors import WellnessError
from wellness_journal.services.journal import JournalService
from wellness_journal.storage.connection import Database
from wellness_journal.ui.context import UiContext

QUIET_MS = 1500  # after the last change to the journal, before the work starts
AGAIN_MS = 200  # the next run, while work remains
RETRY_MS = 10_000  # after a failure (the vault busy with a backup, a full disk...)
BATCH = 8  # entries indexed per transaction
MERGE_PAGES = 8  # index pages written per merge step
PAUSE_S = 0.004  # after each step: room for a save from the window
BUDGET_S = 1.0  # one run; the runner's two threads are shared with charts and backups


@dataclass(frozen=True)
class UpkeepResult:
    indexed: int  # entries whose words joined the index
    steps: int  # merge steps done
    more: bool  # work was left for the next run


def upkeep(
    journal: JournalService,
    held: Callable[[], frozenset[int]],
    stopped: Callable[[], bool],
    *,
    budget: float = BUDGET_S,
) -> UpkeepResult:
    """Index finished entries, then merge index segments, in short transactions, until there is
    nothing left, ``stopped()``, or ``budget`` seconds have passed. Runs on a runner thread."""
    deadline = time.monotonic() + budget
    indexed = steps = 0
    while True:
        if stopped() or time.monotonic() > deadline:
            return UpkeepResult(indexed, steps, more=True)
        done = journal.index_pending(exclude=held(), limit=BATCH)
        if not done:
            break
        indexed += done
        time.sleep(PAUSE_S)
    while True:
        if stopped() or time.monotonic() > deadline:
            return UpkeepResult(indexed, steps, more=True)
        if not journal.merge_index(MERGE_PAGES):
            return UpkeepResult(indexed, steps, more=False)
        steps += 1
        time.sleep(PAUSE_S)


class IndexUpkeep(QObject):
    """Runs ``upkeep`` on the runner a moment after ``request()``, again while work remains."""

    run_finished = Signal(object)  # an UpkeepResult, after each run

    def __init__(self, ctx: UiContext, parent: QObject) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._held: set[int] = set()
        self._lock = threading.Lock()
        self._running = False
        self._again = False
        self._typed_at = [0.0]  # time.monotonic() of the last keystroke in the editor
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_quiet)

    @property
    def busy(self) -> bool:
        """A run is waiting or going on (tests wait for this to end)."""
        return self._running or self._timer.isActive()

    def hold(self, entry_id: int | None) -> None:
        """The entry is open in the editor: keep it out of the index until ``release``."""
        if entry_id is not None:
            with self._lock:
                self._held.add(entry_id)

    def release(self, entry_id: int | None) -> None:
        """The writing is done: the entry joins the index at the next run."""
        with self._lock:
            self._held.discard(entry_id or 0)
        self.request()

    def request(self, delay_ms: int = QUIET_MS) -> None:
        """Run once the journal has been quiet for ``delay_ms`` (each request restarts it)."""
        self._timer.start(delay_ms)

    def typed(self) -> None:
        """The user is writing: a run going on stops after its step (so the next save finds
        the database free), and the next one waits until the typing has paused."""
        self._typed_at[0] = time.monotonic()
        if self._timer.isActive() or self._running:
            self.request()

    def _typing(self) -> bool:
        return time.monotonic() - self._typed_at[0] < QUIET_MS / 1000

    def _held_now(self) -> frozenset[int]:
        with self._lock:
            return frozenset(self._held)

    @Slot()
    def _on_quiet(self) -> None:
        if self._running:
            self._again = True
            return
        session = self._ctx.session
        if not session.is_open:
            return
        self._running = True
        journal, held, typing = session.journal, self._held_now, self._typing

        def stopped() -> bool:  # locked (the key dropped), or the user is typing
            return not session.is_open or typing()

        def work(db: Database) -> UpkeepResult:
            result = upkeep(journal.on(db), held, stopped)
            if result.indexed or result.steps:
                # Here rather than in a save on the GUI thread (SQLite's automatic checkpoint
                # runs in whichever commit fills the log) or at lock.
                db.checkpoint(passive=True)
            return result

        self._ctx.perform_in_background(
            work, owner=self, on_done=self._on_done, on_failed=self._on_failed
        )

    def _on_done(self, result: UpkeepResult) -> None:
        self._running = False
        if result.more or self._again:
            self._again = False
            self.request(QUIET_MS if self._typing() else AGAIN_MS)
        self.run_finished.emit(result)

    def _on_failed(self, exc: BaseException) -> None:
        self._running = False
        if not isinstance(exc, WellnessError):
            raise exc  # a bug: say so
        # Nothing is lost: the entries stay in the journal and are indexed at a later run.
        self.request(RETRY_MS)
