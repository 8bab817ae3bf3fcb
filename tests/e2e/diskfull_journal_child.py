"""The journal page on a full disk, in the real window (offscreen). Run by test_disk_full_journal.py:

    python -m tests.e2e.diskfull_journal_child DATA_DIR HEADROOM_BYTES

Opens the vault in the window, starts an entry and lets it autosave, then lowers the file-size
limit (RLIMIT_FSIZE, SIGXFSZ ignored: writes past it fail with EFBIG, as on a full disk) to the
current size of the largest file plus HEADROOM and types a long passage. It records what the
page says after the autosave, after "Done" and after "Lock", and what the editor still holds;
then it lifts the limit (room again), saves, locks and quits. Prints one JSON line.
"""

from __future__ import annotations

import json
import resource
import signal
import sys
import time

PASSPHRASE = "disk full journal passphrase"
TITLE = "Night of the full disk"
FIRST = "These first words were saved before the disk filled up. "
LONG = "Every word of this long passage must stay in the editor while the disk is full. "


def main() -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QMessageBox

    from wellness_journal.services.preferences import Preferences
    from wellness_journal.storage.keyslots import KdfParams
    from wellness_journal.storage.paths import AppPaths
    from wellness_journal.storage.vault import Vault
    from wellness_journal.ui.shell.window import Shell

    data, headroom = AppPaths.for_dir(sys.argv[1]), int(sys.argv[2])
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    app = QApplication([])
    shell = Shell(data, KdfParams.fast_for_tests(), Preferences(data), set_theme=lambda _t: None)
    shell.open_session(Vault.open_with_secret(data, PASSPHRASE))
    shell.show()
    shell.main_area.show_page("journal")
    page = shell.main_area.page("journal")
    report: dict[str, object] = {}
    boxes: list[str] = []

    def wait_for(condition, seconds: float = 30.0) -> bool:  # type: ignore[no-untyped-def]
        deadline = time.monotonic() + seconds
        while not condition() and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.01)
        return bool(condition())

    def answer_boxes() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            boxes.append(box.text())
            box.accept()
        QTimer.singleShot(20, answer_boxes)

    answer_boxes()
    page.new_entry()
    QTest.keyClicks(page.editor.title, TITLE)
    QTest.keyClicks(page.editor.body, FIRST)
    report["first_autosave"] = wait_for(lambda: not page._dirty)

    # The disk fills up: no file may grow by more than HEADROOM bytes from now on.
    largest = max(p.stat().st_size for p in data.data_dir.iterdir() if p.is_file())
    limit = largest + headroom
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.RLIM_INFINITY))
    report["limit"] = limit
    passage = LONG * (limit // len(LONG) + 200)  # more than any file may hold now
    page.editor.body.moveCursor(page.editor.body.textCursor().MoveOperation.End)
    page.editor.body.insertPlainText(passage)  # pasted, or typed by an input method
    expected_body = FIRST + passage
    wait_for(lambda: page.status.text().startswith("Not saved yet"))
    report["after_autosave"] = page.status.text()
    page.finish_editing()  # "Done": the save fails, the editor stays open
    app.processEvents()
    report["still_editing"] = page._editing and page.panels.currentWidget() is page.panels.writing
    report["locked"] = shell.lock()  # refuses: the words are not saved yet
    wait_for(lambda: len(boxes) >= 2, 10)
    report["boxes"] = boxes[:]
    report["editor_kept_words"] = (
        page.editor.title.text() == TITLE and page.editor.body.toPlainText() == expected_body
    )
    report["session_open"] = shell.session is not None

    # Room again: the same words save.
    resource.setrlimit(resource.RLIMIT_FSIZE, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))
    page.save_now()
    report["after_room"] = page.status.text()
    report["locked_at_last"] = shell.lock()
    shell.close()
    app.processEvents()
    print(json.dumps(report), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
