"""Wellness Journal and jrnl side by side on the same made-up journal. Prints figures; not a test.

    .venv/bin/python benchmarks/vs_jrnl.py --jrnl /tmp/jrnl-venv/bin/python [--years 10 30]

jrnl (https://jrnl.sh) is never a dependency of this project: install it into a separate
virtual environment for this comparison, e.g.
``python3 -m venv /tmp/jrnl-venv && /tmp/jrnl-venv/bin/pip install jrnl``.

Both get the same text (``sample.synthetic``, written as a jrnl journal file) and an empty,
encrypted journal. For each size, the median of ``--runs``:

- import: jrnl's ``--import`` of the file into an encrypted journal, against our import of the
  same file (``journal_io.import_file``) into a new vault; both timed inside the process, after
  start-up, including what each does to encrypt and write (ours returns with every entry in the
  search index); wall time, and the process's CPU time (fairer on a shared machine);
- size on disk: jrnl's encrypted journal file against our vault (``vault.db`` after the import,
  written back from its log);
- search: jrnl ``-contains WORD -n 10`` (it decrypts and parses the whole journal each time)
  against a search as you type in our journal (the first page of matches);
- add an entry: jrnl writing one entry (it encrypts and writes the whole journal again) against
  our save of a new entry.

The jrnl timings include its key derivation (PBKDF2, every command); ours exclude the
passphrase step (Argon2id, once per unlock). Targets: import <= 2x jrnl's, vault <= 2.5x jrnl's
encrypted file.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

import sample

CHILD = r"""
import json, sys, time
password = sys.argv[1]
import jrnl.encryption.BasePasswordEncryption as base
base.get_keyring_password = lambda *a, **k: password
base.create_password = lambda *a, **k: password
base.prompt_password = lambda *a, **k: password
from jrnl.main import run
out = {}
for name, args in json.loads(sys.argv[2]):
    start, cpu = time.perf_counter(), time.process_time()
    run(args)
    out[name] = time.perf_counter() - start
    out[name + "_cpu"] = time.process_time() - cpu
print("RESULT " + json.dumps(out), flush=True)
"""

CONFIG = """colors: {{body: none, date: none, tags: none, title: none}}
default_hour: 9
default_minute: 0
editor: ''
encrypt: true
highlight: false
indent_character: '|'
journals:
  default:
    journal: {journal}
    encrypt: true
linewrap: 79
tagsymbols: '#@'
template: false
timeformat: '%Y-%m-%d %H:%M'
version: v4.6
"""

WORD = "tired"


def median(values: list[float]) -> float:
    return statistics.median(values)


def jrnl_run(python: str, folder: Path, text_file: Path) -> dict[str, float]:
    """One run of jrnl in a fresh folder: import, search, add; times in seconds, and the size."""
    journal = folder / "journal.txt"
    config = folder / "config.yaml"
    config.write_text(CONFIG.format(journal=journal), encoding="utf-8")
    base = ["--config-file", str(config)]
    commands = [
        ("import", [*base, "--import", "--file", str(text_file)]),
        ("search", [*base, "-contains", WORD, "-n", "10"]),
        ("search2", [*base, "-contains", "shoulders", "-n", "10"]),
        ("add", [*base, "A new entry. Typed at the end of the shift, @sleep"]),
    ]
    result = sample.run_quiet(
        [python, "-c", CHILD, sample.PASSPHRASE, json.dumps(commands)],
        env={**os.environ, "HOME": str(folder), "XDG_CONFIG_HOME": str(folder)},
        timeout=600,
    )
    line = next((x for x in result.stdout.splitlines() if x.startswith("RESULT ")), None)
    if line is None:
        raise RuntimeError(f"jrnl failed: {result.stderr[-2000:]}")
    times: dict[str, float] = json.loads(line[7:])
    times["search"] = (times["search"] + times.pop("search2")) / 2
    times["size"] = journal.stat().st_size
    return times


def our_run(folder: Path, text_file: Path) -> dict[str, float]:
    from wellness_journal.core.journal import EntryFilter
    from wellness_journal.services.journal import JournalService
    from wellness_journal.services.journal_io import import_file
    from wellness_journal.storage.keyslots import KdfParams
    from wellness_journal.storage.paths import AppPaths
    from wellness_journal.storage.vault import Vault

    paths = AppPaths.for_dir(folder)
    vault = Vault.create(paths, sample.PASSPHRASE, kdf=KdfParams.fast_for_tests()).vault
    start, cpu = time.perf_counter(), time.process_time()
    import_file(vault.db, text_file)
    times = {"import": time.perf_counter() - start, "import_cpu": time.process_time() - cpu}
    vault.close()
    times["size"] = paths.database.stat().st_size
    vault = Vault.open_with_secret(paths, sample.PASSPHRASE)
    journal = JournalService(vault.db)
    searches = []
    for word in (WORD, "shoulders"):
        for n in range(2, len(word) + 1):  # as the user types it
            start = time.perf_counter()
            journal.rows(journal.find(EntryFilter(query=word[:n]), limit=40)[:12], word[:n])
            searches.append(time.perf_counter() - start)
    times["search"] = median(searches)
    start = time.perf_counter()
    entry = replace(journal.new_entry(), body="A new entry. Typed at the end of the shift.")
    journal.save(entry, final=False)
    times["add"] = time.perf_counter() - start
    vault.close()
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=int, nargs="+", default=[10, 30])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--jrnl", default="/tmp/jrnl-venv/bin/python", help="jrnl's Python")
    args = parser.parse_args()
    if not Path(args.jrnl).exists():
        print(f"no jrnl at {args.jrnl}: see the instructions at the top of this file")
        return 2
    print(f"machine: {sample.machine()}")
    with tempfile.TemporaryDirectory(prefix="wj-vs-jrnl-") as tmp:
        root = Path(tmp)
        rows = []
        for years in args.years:
            text_file = root / f"journal-{years}y.txt"
            text_file.write_text(sample.jrnl_text(sample.synthetic(years)), encoding="utf-8")
            theirs: list[dict[str, float]] = []
            ours: list[dict[str, float]] = []
            for run in range(args.runs):  # alternately, so both meet the same load
                folder = root / f"jrnl-{years}-{run}"
                folder.mkdir()
                theirs.append(jrnl_run(args.jrnl, folder, text_file))
                ours.append(our_run(root / f"ours-{years}-{run}", text_file))
                print(f"  {years} years, run {run + 1}: {sample.load()}", flush=True)
            rows.append((years, text_file.stat().st_size, theirs, ours))
        print(f"\nmedians of {args.runs} runs (load at the end: {sample.load()})")
        print(f"{'':<26}{'jrnl':>12}{'ours':>12}{'ours/jrnl':>11}")
        for years, text_size, theirs, ours in rows:
            print(f"{years} years ({text_size / 1e6:.1f} MB of text)")
            for key, unit, scale in (
                ("import", "s", 1.0),
                ("import_cpu", "s CPU", 1.0),
                ("size", "MB", 1e-6),
                ("search", "ms", 1000.0),
                ("add", "ms", 1000.0),
            ):
                a = median([t[key] for t in theirs]) * scale
                b = median([t[key] for t in ours]) * scale
                print(f"  {key + ' (' + unit + ')':<24}{a:>12.2f}{b:>12.2f}{b / a:>10.2f}x")
        if len(rows) > 1:
            (y0, _, t0, o0), (y1, _, t1, o1) = rows[0], rows[-1]
            for key in ("import", "import_cpu"):
                growth = [median([t[key] for t in x]) for x in (t0, t1, o0, o1)]
                print(
                    f"{key} growth {y0} -> {y1} years: jrnl {growth[1] / growth[0]:.2f}, "
                    f"ours {growth[3] / growth[2]:.2f}"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
