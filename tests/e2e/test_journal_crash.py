"""A draft survives a crash: type in the real window, kill the process hard, reopen, text there."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from tests.conftest import PASSPHRASE
from wellness_journal.services.journal import JournalService
from wellness_journal.storage.vault import Vault

CHILD = r"""
import sys, time
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from wellness_journal.storage.paths import AppPaths
from wellness_journal.services.preferences import Preferences
from wellness_journal.storage.keyslots import KdfParams
from wellness_journal.storage.vault import Vault
from wellness_journal.ui.shell.window import Shell

app = QApplication([])
paths = AppPaths.for_dir(sys.argv[1])
shell = Shell(paths, KdfParams.fast_for_tests(), Preferences(paths), set_theme=lambda t: None)
shell.open_session(Vault.open_with_secret(paths, sys.argv[2]))
shell.show()
shell.main_area.show_page("journal")
page = shell.main_area.page("journal")
page.new_entry()
QTest.keyClicks(page.editor.title, "Rough night")
QTest.keyClicks(page.editor.body, "Typed at 3 a.m., then the laptop died. ")
QTest.keyClicks(page.editor.body, "Unicode too: ")
page.editor.body.insertPlainText("café 夜勤 🌙")  # as an input method would (QTest types ASCII)
deadline = time.monotonic() + 20
while page._dirty and time.monotonic() < deadline:  # the autosave, about a second later
    app.processEvents()
    time.sleep(0.01)
print("typed" if not page._dirty else "not saved", flush=True)
while True:  # still "running": no lock, no quit, no flush
    app.processEvents()
    time.sleep(0.05)
"""


def test_typed_text_survives_a_killed_process(tmp_path: Path, paths, kdf):
    Vault.create(paths, PASSPHRASE, kdf=kdf).vault.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(paths.data_dir), PASSPHRASE],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        line = proc.stdout.readline() if proc.stdout else ""
        assert line.strip() == "typed", (line, proc.stderr.read() if proc.stderr else "")
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=10)
    assert proc.returncode == -signal.SIGKILL
    vault = Vault.open_with_secret(paths, PASSPHRASE)
    try:
        entries = list(JournalService(vault.db).all_entries())
        assert [(e.title, e.body) for e in entries] == [
            ("Rough night", "Typed at 3 a.m., then the laptop died. Unicode too: café 夜勤 🌙")
        ]
    finally:
        vault.close()
