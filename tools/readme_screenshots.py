"""The README's screenshots, made from the demo journal (made-up data only): Today, the Journal,
a breathing exercise running and Trends, at 1366x768 in the light theme.

    make screenshots                      # writes docs/screenshots/*.png
    .venv/bin/python tools/readme_screenshots.py --out /tmp/shots --size 1024x600 --theme dark

It runs on Qt's offscreen platform (no screen needed), in a throwaway folder it deletes after.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

SHOTS = ("today", "journal", "exercise", "trends")


def _wait(ms: int) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _wait_until(done: Callable[[], bool], *, seconds: float = 60) -> None:
    for _ in range(int(seconds * 10)):
        if done():
            return
        _wait(100)
    raise TimeoutError("the page did not settle")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--size", default="1366x768", help="window size, WIDTHxHEIGHT")
    parser.add_argument("--theme", choices=("light", "dark"), default="light")
    parser.add_argument("--shots", nargs="+", choices=SHOTS, default=list(SHOTS))
    args = parser.parse_args(argv)
    width, height = (int(n) for n in args.size.lower().split("x"))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtWidgets import QApplication

    from wellness_journal.app import make_demo_vault, quiet_qt_messages
    from wellness_journal.services.demo import DEMO_PASSPHRASE
    from wellness_journal.services.preferences import Preferences
    from wellness_journal.storage.keyslots import KdfParams
    from wellness_journal.storage.vault import Vault
    from wellness_journal.ui.shell.window import Shell
    from wellness_journal.ui.theme import apply_theme

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    quiet_qt_messages()
    apply_theme(app, args.theme)
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="wellness-journal-shots-") as folder:
        paths = make_demo_vault(Path(folder) / "data")
        # Not demo=True: the made-up journal without the demo's banner over every page.
        shell = Shell(
            paths, KdfParams.fast_for_tests(), Preferences(paths), set_theme=lambda _t: None
        )
        shell.open_session(Vault.open_with_secret(paths, DEMO_PASSPHRASE))
        shell.resize(width, height)
        shell.show()
        area = shell.main_area
        assert area is not None

        def today() -> None:
            area.show_page("today")

        def journal() -> None:
            area.show_page("journal")
            page = area.page("journal")
            page.list.setCurrentIndex(page.model.index(0, 0))

        def exercise() -> None:
            area.show_page("today")
            area.page("today").quick.breathe.click()
            _wait(6500)  # past "Get comfortable", into the breathing

        def trends() -> None:
            area.show_page("trends")
            page = area.page("trends")
            _wait_until(lambda: not page.pending)

        for name, show in zip(SHOTS, (today, journal, exercise, trends), strict=True):
            if name not in args.shots:
                continue
            show()
            _wait(400)
            target = args.out / f"{name}.png"
            if not shell.grab().save(str(target)):
                raise OSError(f"could not write {target}")
            print(target)
        shell.lock()
        shell.runner.wait(10_000)
        shell.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
