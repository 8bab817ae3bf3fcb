"""Charts are drawn one at a time (``ui/trends/memory.collected_young``): two runner threads
drawing at once left the window's thread waiting for the GIL behind both (up to 70 ms)."""

from __future__ import annotations

import gc
import threading

from wellness_journal.ui.trends import memory


def test_a_second_chart_build_waits_for_the_first():
    inside = threading.Event()
    release = threading.Event()
    order: list[str] = []

    def first() -> None:
        with memory.collected_young():
            order.append("first in")
            inside.set()
            release.wait(10)
            order.append("first out")

    def second() -> None:
        inside.wait(10)
        with memory.collected_young():
            order.append("second in")

    a = threading.Thread(target=first)
    b = threading.Thread(target=second)
    a.start()
    b.start()
    inside.wait(10)
    b.join(0.3)
    assert b.is_alive()  # waiting for the first build
    assert not gc.isenabled()  # automatic collection held while a chart is drawn
    release.set()
    a.join(10)
    b.join(10)
    assert order == ["first in", "first out", "second in"]
    assert gc.isenabled()
