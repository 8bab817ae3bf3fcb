"""Opens the app's own windows over the main window on a screen of a given size and prints, as
JSON, each one's size and what a person would see cut off (``layout_check.cut_off``).

    QT_QPA_PLATFORM=offscreen:configfile=SCREEN.json python -m tests.ui.dialog_fit_probe DATA

Run in a process of its own by ``test_dialogs_fit_the_screen.py``: the size of the screen is the
offscreen platform's (its config file), and only a new process gets a new screen. Qt sizes a
window that is not sized by hand to at most two thirds of the screen: that is what cut the
export warning, the crisis lines and the damaged-files dialog on a 1366x768 laptop.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QWidget


def settle(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def windows(shell: QWidget) -> Iterator[tuple[str, Callable[[], QWidget]]]:
    from wellness_journal.ui.settings.export_dialog import ExportDialog
    from wellness_journal.ui.settings.import_dialog import ImportDialog
    from wellness_journal.ui.shell.health import HealthDialog
    from wellness_journal.ui.support.crisis_strip import CrisisLinesDialog, region_of

    ctx = shell.ctx  # type: ignore[attr-defined]
    yield "export", lambda: ExportDialog(ctx, shell)
    yield "import", lambda: ImportDialog(ctx, shell)
    yield "crisis lines", lambda: CrisisLinesDialog(shell, region_of(shell.paths))  # type: ignore[attr-defined]
    yield (
        "damaged files",
        lambda: HealthDialog(
            ["vault.db: page 3 is damaged"],
            shell.paths,  # type: ignore[attr-defined]
            shell.runner,  # type: ignore[attr-defined]
            shell,
        ),
    )
    yield "get support over a window", lambda: shell.main_area._support_over(shell)  # type: ignore[attr-defined]


def main(data: Path) -> int:
    from tests.ui.layout_check import cut_off
    from wellness_journal.app import make_demo_vault
    from wellness_journal.services.demo import DEMO_PASSPHRASE
    from wellness_journal.services.preferences import Preferences
    from wellness_journal.storage.keyslots import KdfParams
    from wellness_journal.storage.vault import Vault
    from wellness_journal.ui.shell.window import Shell
    from wellness_journal.ui.theme import apply_theme

    app = QApplication(sys.argv[:1])
    apply_theme(app, "light")
    screen = app.primaryScreen().availableGeometry()
    paths = make_demo_vault(data, today=date.today())
    shell = Shell(paths, KdfParams.fast_for_tests(), Preferences(paths), set_theme=lambda _t: None)
    shell.open_session(Vault.open_with_secret(paths, DEMO_PASSPHRASE))
    shell.setGeometry(screen)
    shell.show()
    settle(200)
    found = {}
    for name, make in windows(shell):
        window = make()
        window.show()
        settle(300)  # the damaged-files dialog looks for a backup in the background
        found[name] = {"size": [window.width(), window.height()], "cut": cut_off(window)}
        window.close()
        settle(50)
    shell.lock()
    shell.runner.wait(10_000)
    shell.close()
    print(json.dumps({"screen": [screen.width(), screen.height()], "windows": found}))
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
