"""The safety plan page loses at most the last second of typing when the process is killed:
type in the real window, kill it hard a little over a second after the last keystroke (no lock,
no quit, no flush), reopen: every word is there."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from tests.conftest import PASSPHRASE
from wellness_journal.core.safety_plan import PlanSection
from wellness_journal.services.safety_plan import SafetyPlanService
from wellness_journal.storage.vault import Vault

CHILD = r"""
import sys, time
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from wellness_journal.core.safety_plan import PlanSection
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
page = shell.main_area.page("safety-plan")
shell.main_area.show_page("safety-plan")
edit = page.sections[PlanSection.REASONS_FOR_LIVING].edit
QTest.keyClicks(edit, "My kids")
QTest.keyClick(edit, Qt.Key.Key_Return)
edit.insertPlainText("Fishing with Dad at dawn 🎣")  # as an input method would
print("typed", flush=True)  # the last keystroke
while True:  # still "running": no lock, no quit, no flush
    app.processEvents()
    time.sleep(0.01)
"""
KILL_AFTER_S = 1.3  # the page promises a save within a second of the first unsaved keystroke


def test_a_kill_a_second_after_typing_loses_nothing(tmp_path: Path, paths, kdf):
    Vault.create(paths, PASSPHRASE, kdf=kdf).vault.close()
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(paths.data_dir), PASSPHRASE],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )
    try:
        line = proc.stdout.readline() if proc.stdout else ""
        assert line.strip() == "typed", (line, proc.stderr.read() if proc.stderr else "")
        time.sleep(KILL_AFTER_S)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=10)
    assert proc.returncode == -signal.SIGKILL
    vault = Vault.open_with_secret(paths, PASSPHRASE)
    try:
        plan = SafetyPlanService(vault.db).get()
        assert plan is not None
        assert plan.texts(PlanSection.REASONS_FOR_LIVING) == (
            "My kids",
            "Fishing with Dad at dawn 🎣",
        )
    finally:
        vault.close()
