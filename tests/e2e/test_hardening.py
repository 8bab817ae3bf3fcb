"""The process leaks nothing by itself: no core dumps (they would hold decrypted text), and no
journal text in any log line or Qt message at any level."""

from __future__ import annotations

import json
import logging
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLoggingCategory, QtMsgType, qDebug, qInstallMessageHandler, qWarning
from PySide6.QtWidgets import QMessageBox

from tests.conftest import PASSPHRASE
from tests.ui.helpers import when_modal
from wellness_journal import app as app_module
from wellness_journal.core.models import Changes, ContactKind, SupportContact
from wellness_journal.services import backup, exchange
from wellness_journal.ui.settings.restore_dialog import RestoreDialog

ROOT = Path(__file__).resolve().parents[2]
MARKER = "LOGMARKER-heron-5150 ünïcødé"

CHILD = r"""
import json, os, resource, sys
from wellness_journal import app
from wellness_journal.storage.keyslots import KdfParams
harden = sys.argv[1] == "harden"
if harden:
    # The real entry point, as a user runs it (a command that opens the vault).
    code = app.main(
        ["--data-dir", sys.argv[2], "verify", "--passphrase-stdin"], kdf=KdfParams.fast_for_tests()
    )
else:
    soft, hard = resource.getrlimit(resource.RLIMIT_CORE)
    resource.setrlimit(resource.RLIMIT_CORE, (hard, hard))
    code = 0
status = open("/proc/self/status").read() if os.path.exists("/proc/self/status") else ""
fds = os.listdir("/proc/self/fd") if os.path.isdir("/proc/self/fd") else []
print(json.dumps({
    "code": code,
    "core_limit": list(resource.getrlimit(resource.RLIMIT_CORE)),
    "dumpable": app.is_dumpable(),
    "proc_status_readable": "Name:" in status,
    "proc_fd_readable": bool(fds),
}), flush=True)
os.chdir(sys.argv[3])
os.abort()
"""


def run_child(mode: str, data: Path, cwd: Path) -> tuple[dict, int]:  # type: ignore[type-arg]
    result = subprocess.run(
        [sys.executable, "-c", CHILD, mode, str(data), str(cwd)],
        input=PASSPHRASE + "\n",
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    return json.loads(result.stdout.strip().splitlines()[-1]), result.returncode


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX resource limits and signals")
def test_core_dumps_are_disabled_for_the_process(created, paths, tmp_path):
    created.vault.close()
    hardened_dir, control_dir = tmp_path / "hardened", tmp_path / "control"
    hardened_dir.mkdir()
    control_dir.mkdir()
    report, code = run_child("harden", paths.data_dir, hardened_dir)
    assert report["code"] == 0
    assert code == -signal.SIGABRT
    assert report["core_limit"] == [0, 0]
    if sys.platform.startswith("linux"):
        assert report["dumpable"] is False
        # Side effect checked: the process can still read what it needs of /proc/self.
        assert report["proc_status_readable"]
        assert report["proc_fd_readable"]
    assert list(hardened_dir.iterdir()) == []  # no core file
    # The control (same crash, without hardening) shows the check would notice a core file,
    # where this system writes them to the working folder.
    control, code = run_child("control", paths.data_dir, control_dir)
    assert code == -signal.SIGABRT
    assert control["dumpable"] in (True, None)
    pattern = Path("/proc/sys/kernel/core_pattern")
    writes_here = pattern.exists() and not pattern.read_text().startswith("|")
    if writes_here and control["core_limit"][0] != 0:
        assert list(control_dir.iterdir()) != [], "the control crash left no core file"


def test_no_journal_text_in_any_log_line_or_qt_message(
    qtbot, unlocked_shell, paths, tmp_path, capfd
):
    records: list[str] = []
    qt_messages: list[str] = []

    class Capture(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            records.append(f"{record.name} {record.levelname} {record.getMessage()}")
            if record.exc_info:
                records.append(logging.Formatter().formatException(record.exc_info))

    def on_qt_message(kind: QtMsgType, context: object, message: str) -> None:
        qt_messages.append(message)

    root = logging.getLogger()
    handler = Capture(level=logging.DEBUG)
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    previous = qInstallMessageHandler(on_qt_message)
    # As if the user's environment turned every Qt category on (QT_LOGGING_RULES=*.debug=true):
    # the app's own filter, installed by run_gui, must keep journal text out anyway.
    QLoggingCategory.setFilterRules("*.debug=true\n*.info=true")
    app_module.quiet_qt_messages()
    try:
        shell = unlocked_shell
        session = shell.session
        _, changes = session.contacts.save(
            SupportContact(id=None, uid="", kind=ContactKind.PERSONAL, name=MARKER, note=MARKER)
        )
        session.settings.put("note", MARKER)
        shell.ctx.announce(changes | Changes.of(backup.TOPIC))
        for page in shell.main_area.pages:
            shell.main_area.show_page(page.page_id)
        out = tmp_path / "b.wjbackup"
        card = shell.main_area.page("settings").backups
        card.back_up_to(out)
        qtbot.waitUntil(lambda: card.message.text().startswith("Done"), timeout=20_000)
        exchange.write_export(session.db, tmp_path / "export.json")
        exchange.import_document(session.db, exchange.read_document(tmp_path / "export.json"))
        shell.lock()
        shell.runner.wait(20_000)  # the automatic backup on lock
        when_modal(
            lambda d: (d.secret.setText(PASSPHRASE), d.restore_button.click()),
            of_type=RestoreDialog,
        )
        when_modal(lambda box: box.accept(), of_type=QMessageBox)
        shell.restore_from(str(out))
        qtbot.waitUntil(lambda: shell.session is not None, timeout=20_000)
        assert any(c.name == MARKER for c in shell.session.contacts.personal())
        shell.lock()
        shell.runner.wait(20_000)
        # The capture works: a warning and a log line get through, a debug line is dropped.
        qWarning("probe-warning")
        qDebug("probe-debug")
        logging.getLogger("probe").debug("probe-log")
    finally:
        QLoggingCategory.setFilterRules("")
        qInstallMessageHandler(previous)
        root.removeHandler(handler)
        root.setLevel(old_level)
    assert "probe-warning" in qt_messages
    assert "probe-debug" not in qt_messages
    assert any("probe-log" in r for r in records)
    captured = capfd.readouterr()
    for text in [*records, *qt_messages, captured.out, captured.err]:
        assert MARKER not in text
        assert "LOGMARKER" not in text
