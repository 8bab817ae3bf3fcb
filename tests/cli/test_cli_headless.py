"""The headless commands run without Qt: a server or a script has no PySide6 to spare, and the
command line must not depend on the window's code (its shared words live in services)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

PASS = "correct horse battery staple"

# Runs the real entry point, then writes which modules it loaded.
PROBE = """
import json, sys
from wellness_journal.app import main
from wellness_journal.storage.keyslots import KdfParams
code = main(sys.argv[2:], kdf=KdfParams.fast_for_tests())  # as tests/launcher.py does
loaded = sorted(m for m in sys.modules if m.split(".")[0] == "PySide6" or m.startswith("wellness_journal.ui"))
with open(sys.argv[1], "w", encoding="utf-8") as out:
    json.dump(loaded, out)
sys.exit(code)
"""


def run(tmp_path: Path, data: Path, *args: str, stdin: str = PASS + "\n") -> tuple[int, str, list]:  # type: ignore[type-arg]
    report = tmp_path / "modules.json"
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(report), "--data-dir", str(data), *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
    )
    return result.returncode, result.stderr, json.loads(report.read_text(encoding="utf-8"))


@pytest.mark.slow
def test_no_command_loads_qt_or_the_window_code(tmp_path: Path):
    data = tmp_path / "vault"
    bad = tmp_path / "bad.json"
    bad.write_text(
        '{"format": "wellness-journal-export", "version": 1, "sections": {"checkins": 5}}'
    )
    steps = [
        (("init", "--passphrase-stdin"), "short\n", 0),  # warns about the weak passphrase
        (("verify", "--passphrase-stdin"), "short\n", 0),
        (("verify", "--passphrase-stdin"), "wrong\n", 3),  # the words of an error
        (("export", "--passphrase-stdin", "--out", str(tmp_path / "all.json")), "short\n", 0),
        (("export", "--passphrase-stdin", "--csv", str(tmp_path / "csv")), "short\n", 0),
        (("import", "--passphrase-stdin", str(tmp_path / "all.json")), "short\n", 0),
        (("import", "--passphrase-stdin", str(bad)), "short\n", 1),
        (("backup", "--passphrase-stdin", "--out", str(tmp_path)), "short\n", 0),
    ]
    for args, stdin, expected in steps:
        code, stderr, loaded = run(tmp_path, data, *args, stdin=stdin)
        assert code == expected, (args, stderr)
        assert loaded == [], (args, loaded)
    assert (
        "weak passphrase"
        in run(tmp_path, tmp_path / "other", "init", "--passphrase-stdin", stdin="short\n")[1]
    )
