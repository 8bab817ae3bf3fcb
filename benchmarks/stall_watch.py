"""``jank.py --stalls``: where each thread was during a long pass of the GUI thread. Not a test."""

from __future__ import annotations

import sys
import threading
import time
from typing import Any

STALL_MS = 35.0


class StallWatch:
    """``--stalls``: a thread that notes every 2 ms where each thread is (its innermost frames of
    this project, or of any code), so a long pass can be told apart: the GUI thread's own work,
    or a wait while another thread held the GIL (it is then seen in its C call)."""

    def __init__(self) -> None:
        import collections

        self.samples: collections.deque[tuple[float, str]] = collections.deque(maxlen=500)
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="stall-watch", daemon=True)
        self._main = threading.main_thread().ident

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()

    @staticmethod
    def _where(frame: Any) -> str:
        names = []
        while frame is not None and len(names) < 3:
            code = frame.f_code
            if "wellness_journal" in code.co_filename or not names:
                short = code.co_filename.rsplit("/", 1)[-1]
                names.append(f"{short}:{frame.f_lineno} {code.co_name}")
            frame = frame.f_back
        return " < ".join(names)

    def _run(self) -> None:
        me = threading.get_ident()
        while not self._stop.wait(0.002):
            now = time.perf_counter()
            parts = []
            for ident, frame in sys._current_frames().items():
                if ident == me:
                    continue
                who = "gui" if ident == self._main else "worker"
                parts.append(f"{who}: {self._where(frame)}")
            with self._lock:
                self.samples.append((now, " | ".join(sorted(parts))))

    def during(self, start: float, end: float) -> str:
        """The most frequent picture between ``start`` and ``end`` (and the first one after)."""
        from collections import Counter

        with self._lock:  # the last second only (a stall is looked at as it ends)
            samples = list(self.samples)
        inside = [w for t, w in samples if start <= t <= end]
        after = next((w for t, w in samples if t > end), "")
        common = Counter(inside).most_common(1)
        return (common[0][0] if common else "(no sample: the watch waited too)") + (
            f" || first after: {after}" if after else ""
        )
