"""Journal performance with 10 and 30 years of entries. Prints medians and p95; not a test.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/journal.py [--years 10 30]

Measures, on a real encrypted vault with a synthetic journal (one entry a day, 50-600 words):
- search as you type: the query plus the results model ready (ids, then the rows on screen
  with their highlighted snippets), for each keystroke of a few searches;
- opening the journal page (building it and filling the list);
- saving an edited entry (what autosave does);
- importing the whole journal from a jrnl JSON export, and from our own JSON export, into a
  fresh vault.
Targets: search p95 <= 16 ms at both sizes, open <= 100 ms, save <= 20 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

import sample
from sample import synthetic
from wellness_journal.core.journal import EntryFilter
from wellness_journal.services.journal import JournalService
from wellness_journal.storage.keyslots import KdfParams
from wellness_journal.storage.paths import AppPaths
from wellness_journal.storage.vault import Vault

TYPED = ["sleep", "shoulders tight", '"long day"', "partn", "xylophone"]


def figures(samples: list[float]) -> str:
    ms = sorted(s * 1000 for s in samples)
    p95 = ms[min(len(ms) - 1, round(0.95 * (len(ms) - 1)))]
    return f"median {statistics.median(ms):7.2f} ms   p95 {p95:7.2f} ms   (n={len(ms)})"


def make_vault(folder: Path) -> Vault:
    return Vault.create(
        AppPaths.for_dir(folder), "benchmark pass", kdf=KdfParams.fast_for_tests()
    ).vault


def bench_size(years: int, root: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from wellness_journal.services.preferences import Preferences
    from wellness_journal.ui.journal.entry_list import EntryListModel, EntryRole
    from wellness_journal.ui.journal.page import JournalPage
    from wellness_journal.ui.shell.window import Shell

    app = QApplication.instance() or QApplication([])
    entries = synthetic(years)
    words = sum(len(e.body.split()) for e in entries)
    vault = make_vault(root / f"y{years}")
    t0 = time.perf_counter()
    with vault.db.transaction():
        JournalService(vault.db).add_imported(entries)
    print(
        f"\n{years} years: {len(entries)} entries, {words / 1e6:.1f} M words "
        f"(built in {time.perf_counter() - t0:.1f} s)"
    )
    vault.close()  # as the app does: open the vault afresh
    vault = Vault.open_with_secret(AppPaths.for_dir(root / f"y{years}"), "benchmark pass")
    journal = JournalService(vault.db)

    model = EntryListModel(journal.rows)
    search = []
    for _ in range(3):
        for typed in TYPED:
            for n in range(1, len(typed) + 1):
                t = time.perf_counter()
                flt = EntryFilter(query=typed[:n])
                model.reset(lambda b, n, flt=flt: journal.find(flt, before=b, limit=n), flt.query)
                for row in range(min(12, model.rowCount())):
                    model.data(model.index(row, 0), EntryRole)
                search.append(time.perf_counter() - t)
    print(f"  search as you type   {figures(search)}")
    tagged = []
    for _ in range(20):
        t = time.perf_counter()
        flt = EntryFilter(query="tired", tag="sleep", since=datetime(2020, 1, 1).date())
        model.reset(lambda b, n, flt=flt: journal.find(flt, before=b, limit=n), flt.query)
        for row in range(min(12, model.rowCount())):
            model.data(model.index(row, 0), EntryRole)
        tagged.append(time.perf_counter() - t)
    print(f"  search + tag + date  {figures(tagged)}")

    paths = AppPaths.for_dir(root / f"y{years}")
    shell = Shell(paths, KdfParams.fast_for_tests(), Preferences(paths), set_theme=lambda _t: None)
    shell.open_session(vault)
    assert shell.ctx is not None
    opening = []
    for _ in range(15):
        t = time.perf_counter()
        page = JournalPage(shell.ctx)
        page.refresh()
        page.resize(1000, 700)
        page.show()
        app.processEvents()
        opening.append(time.perf_counter() - t)
        page.hide()
        page.deleteLater()
        app.processEvents()
    print(f"  open journal page    {figures(opening)}")

    ids = journal.find(EntryFilter())
    rng = random.Random(3)
    from wellness_journal.ui.journal.index_upkeep import upkeep

    def background() -> float:
        """What IndexUpkeep does after the user finished (on its own thread in the app)."""
        t = time.perf_counter()
        while upkeep(journal, frozenset, lambda: False, budget=30.0).more:
            pass
        return time.perf_counter() - t

    begin, first, autosave, done, behind = [], [], [], [], []
    for _ in range(20):
        entry = journal.get(ids[rng.randrange(len(ids))])
        assert entry is not None
        t = time.perf_counter()  # the editor opens on an old entry: its words leave the index
        journal.begin_edit(int(entry.id or 0))
        begin.append(time.perf_counter() - t)
        t = time.perf_counter()  # the first autosave of that entry
        entry, _ = journal.save(replace(entry, body=entry.body + " more"), final=False)
        first.append(time.perf_counter() - t)
        for k in range(5):  # further autosaves while typing
            t = time.perf_counter()
            entry, _ = journal.save(replace(entry, body=entry.body + f" w{k}"), final=False)
            autosave.append(time.perf_counter() - t)
        t = time.perf_counter()  # Done: the last words saved; nothing else waits for it
        entry, _ = journal.save(replace(entry, body=entry.body + " done"), final=False)
        done.append(time.perf_counter() - t)
        behind.append(background())  # the words join the index again, in the background
    print(f"  save (autosave)      {figures(autosave)}")
    print(f"  first save, old entry {figures(first)}")
    print(f"  open an old entry to edit (once, as the editor opens) {figures(begin)}")
    print(f"  Done (save)          {figures(done)}")
    print(f"  re-index and merge, in the background afterwards {figures(behind)}")
    writer = sample.Writer(17)
    saves = []
    for n in range(300):  # 300 new entries finished one after another
        entry = replace(journal.new_entry(), title=writer.title(), body=writer.body())
        t = time.perf_counter()
        journal.save(entry, final=False)
        saves.append((time.perf_counter() - t) * 1000)
        if n % 10 == 9:
            background()
    saves.sort()
    print(
        f"  300 finished saves   median {statistics.median(saves):7.2f} ms   p95 {saves[284]:7.2f}"
        f" ms   p99 {saves[296]:7.2f} ms   p100 {saves[-1]:7.2f} ms   ({sample.load()})"
    )
    shell.lock()
    shell.runner.wait(120_000)  # the automatic backup made on lock, before the next timing


def bench_import(root: Path, years: int) -> None:
    """Import ``years`` of entries into a new vault: from a jrnl JSON export, and from our own
    JSON export of the same journal (median of 3, each into a fresh vault)."""
    from wellness_journal.services import exchange
    from wellness_journal.services.journal_io import import_file

    entries = synthetic(years, seed=5)
    document = {
        "tags": {},
        "entries": [
            {
                "title": e.title,
                "body": e.body,
                "date": e.written_at.strftime("%Y-%m-%d"),
                "time": e.written_at.strftime("%H:%M"),
                "tags": ["@" + t for t in e.tags],
                "starred": False,
            }
            for e in entries
        ],
    }
    jrnl_json = root / f"jrnl-{years}y.json"
    jrnl_json.write_text(json.dumps(document), encoding="utf-8")
    ours = root / f"ours-{years}y.json"
    for name, path in (("jrnl JSON", jrnl_json), ("our JSON export", ours)):
        times = []
        for run in range(3):
            vault = make_vault(root / f"import-{years}-{name[:4]}-{run}")
            t = time.perf_counter()
            report = import_file(vault.db, path)
            times.append(time.perf_counter() - t)
            assert report.added["journal_entries"] == len(entries)
            if not ours.exists():
                exchange.write_export(vault.db, ours)
            vault.close()
        size = path.stat().st_size / 1e6
        print(
            f"import {years} years from {name} ({len(entries)} entries, {size:.0f} MB): "
            f"median {statistics.median(times):.2f} s, worst {max(times):.2f} s (n={len(times)})"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=int, nargs="+", default=[10, 30])
    parser.add_argument("--no-import", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="wj-bench-") as tmp:
        root = Path(tmp)
        for years in args.years:
            bench_size(years, root)
        if not args.no_import:
            print()
            for years in args.years:
                bench_import(root, years)


if __name__ == "__main__":
    main()
