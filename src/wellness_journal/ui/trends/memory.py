"""Python's cycle collector and the charts: keep its pauses off the window.

A full collection looks at every object the collector tracks, holding the GIL, so whichever
thread runs it, the GUI thread stops for as long: with matplotlib loaded that was 100-250 ms now
and then while charts were built (measured with ``benchmarks/jank.py``). Two things keep it short:

- ``freeze_imports``: once matplotlib is in (imported with collection held), everything alive is
  taken out of the collector for good (``gc.freeze``): its ~100,000 objects are never looked at
  again.
- ``collected_young``: a chart's figure is tens of thousands of objects, garbage once it is drawn
  into a picture. Collected as usual, mid-build, it is first moved to the oldest generation,
  which then needs a full collection. With automatic collection held while charts are built,
  it stays young, and one collection of the youngest generation frees it (15-20 ms for a tab).
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from wellness_journal.ui import collector

_frozen = False  # freeze_imports has run (once per process)


def freeze_imports() -> None:
    """Take everything alive out of the collector, once per process, right after matplotlib's
    first import (its modules stay as long as the app). Nothing is collected first: with
    collection held during the import, a collection then looked at all its objects at once
    (54-132 ms holding the GIL). The little garbage frozen with them is never freed; neither is
    a cycle among the objects alive then (pages are torn down without cycles).

    Called before every chart build: whether it ran is kept here, not asked of the collector
    (``gc.get_freeze_count()`` walks every frozen object: 10-13 ms holding the GIL)."""
    global _frozen
    if not _frozen:
        gc.freeze()
        _frozen = True


def imports_frozen() -> bool:
    """Whether ``freeze_imports`` has run (the lock's teardown then freezes what survives it)."""
    return _frozen


# One chart drawn at a time. Drawing holds the GIL for each call into matplotlib's C++ (a text,
# a path collection); with both runner threads drawing, the window's thread competed with two
# and waited up to 70 ms for its turn (``jank.py --stalls``, opening a page while Trends drew).
_drawing = threading.RLock()


@contextmanager
def collected_young() -> Iterator[None]:
    """Draw charts one at a time (the block waits for any other chart build), with automatic
    collection held meanwhile (``ui/collector``); then collect the youngest generation, where
    the dropped figures are."""
    with _drawing:
        collector.hold()
        try:
            yield
        finally:
            collector.release()
            gc.collect(0)
