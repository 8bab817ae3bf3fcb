"""A session on the demo journal in a process of its own, then lock: prints, as JSON, what of the
journal is still reachable from Python once the locked pages are taken down and garbage is
collected.

    QT_QPA_PLATFORM=offscreen python -m tests.ui.lock_forgets_probe DATA

Run by ``test_lock_forgets.py``. Two things are looked for among every object Python's
collector knows (frozen ones included): a record read from the vault (an object of the app's
own with a database ``id``, a number), and a list, tuple, set or dict holding a string with a marker word
written into the journal, a check-in note and a contact.
"""

from __future__ import annotations

import gc
import json
import sys
from collections.abc import Iterable
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

MARK = "zqxlockmarker"


def settle(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def settle_until(done: object, seconds: float = 60) -> None:
    for _ in range(int(seconds * 20)):
        if done():  # type: ignore[operator]
            return
        settle(50)
    raise TimeoutError("the window did not settle")


def mark_the_journal(paths: object) -> None:
    from wellness_journal.core.journal import Entry
    from wellness_journal.core.models import ContactKind
    from wellness_journal.services.demo import DEMO_PASSPHRASE
    from wellness_journal.services.journal import JournalService
    from wellness_journal.storage.repositories import checkins, contacts
    from wellness_journal.storage.vault import Vault

    vault = Vault.open_with_secret(paths, DEMO_PASSPHRASE)  # type: ignore[arg-type]
    db = vault.db
    with db.transaction():
        JournalService(db).save(
            Entry(
                None,
                "lock-probe",
                datetime.now().astimezone(),
                title=f"{MARK} title",
                body=f"A long day. {MARK} in the body.",
                tags=("shift",),
            )
        )
        latest = checkins.list_all(db)[-1]
        checkins.update(db, replace(latest, note=f"{MARK} note"), "x")
        person = contacts.list_all(db, ContactKind.PERSONAL)[0]
        contacts.update(db, replace(person, name=f"{MARK} Sam"))
    vault.close()


def session(shell: object) -> None:
    from wellness_journal.core.trends import Span

    area = shell.main_area  # type: ignore[attr-defined]
    for cls in area._classes:
        area.show_page(cls.page_id)
        settle(200)
    trends = area.page("trends")
    trends.range_bar.choose(Span.ALL)
    for index in range(trends.tabs.count()):
        trends.tabs.setCurrentIndex(index)
        settle(50)
        settle_until(lambda: not trends._pending)
    area.show_page("journal")
    journal = area.page("journal")
    journal.list.setCurrentIndex(journal.model.index(0, 0))
    settle(200)
    journal.edit_current()
    settle(200)


def attributes(thing: object) -> list[str]:
    """The names of ``thing``'s attributes: its ``__dict__`` and its slots (a dict holding only
    strings is not tracked by the collector, so the object is asked directly)."""
    names = list(getattr(thing, "__dict__", {}))
    for kind in type(thing).__mro__:
        slots = kind.__dict__.get("__slots__", ())
        names += [slots] if isinstance(slots, str) else list(slots)
    return names


def still_there() -> dict[str, list[str]]:
    gc.collect()  # what the app's collector would free, freed
    gc.unfreeze()  # then the frozen objects are looked at too, uncollected: the app never
    # collects them, so a frozen cycle holding the journal would stay for good
    records: list[str] = []
    marked: list[str] = []
    for thing in gc.get_objects():
        kind = type(thing)
        name = f"{kind.__module__}.{kind.__name__}"
        values: Iterable[object] = ()
        if kind.__module__.startswith("wellness_journal"):
            if isinstance(getattr(thing, "id", None), int):
                records.append(name)
            values = [getattr(thing, a, None) for a in attributes(thing)]
        elif isinstance(thing, (list, tuple, set, frozenset, dict)):
            values = thing.values() if isinstance(thing, dict) else thing
        if any(isinstance(v, str) and MARK in v and v != MARK for v in values):
            marked.append(name)
    return {"records": sorted(set(records)), "marked": sorted(set(marked))}


def main(data: Path) -> int:
    from wellness_journal.app import make_demo_vault
    from wellness_journal.services.demo import DEMO_PASSPHRASE
    from wellness_journal.services.preferences import Preferences
    from wellness_journal.storage.keyslots import KdfParams
    from wellness_journal.storage.vault import Vault
    from wellness_journal.ui.shell.window import Shell

    QApplication(sys.argv[:1])
    paths = make_demo_vault(data, today=date.today())
    mark_the_journal(paths)
    shell = Shell(paths, KdfParams.fast_for_tests(), Preferences(paths), set_theme=lambda _t: None)
    shell.open_session(Vault.open_with_secret(paths, DEMO_PASSPHRASE))
    shell.resize(1366, 768)
    shell.show()
    settle(200)
    session(shell)
    during = still_there()  # the probe finds the journal while it is open
    shell.lock()
    settle_until(lambda: shell.teardown.done and not shell.runner.busy)
    settle(300)
    after = still_there()
    print(json.dumps({"during": during, "after": after}))
    shell.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
