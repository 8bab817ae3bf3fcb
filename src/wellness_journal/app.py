"""The composition root: parse arguments, guard the process, build paths, start the CLI or the GUI."""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import sys
import tempfile
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from wellness_journal import APP_ID, APP_NAME, netguard
from wellness_journal.storage.keyslots import KdfParams
from wellness_journal.storage.paths import AppPaths

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from wellness_journal.core.errors import WellnessError
    from wellness_journal.services.autostart import StartWithComputer

PR_GET_DUMPABLE, PR_SET_DUMPABLE = 3, 4


def harden_process() -> None:
    """No core dumps (they would hold decrypted text), private file modes for everything we create.

    On Linux the process is also marked not dumpable (prctl PR_SET_DUMPABLE 0): no core is
    written even when the system pipes cores to a crash collector, and other processes of the
    same user cannot attach a debugger or read its memory. Side effect: the kernel then makes
    /proc/self owned by root, so the process can no longer read its own /proc/self/environ,
    /proc/self/io and /proc/self/auxv (status, maps, fd, exe and net stay readable); nothing in
    the app, Python or Qt reads those three.
    """
    if sys.platform != "win32":
        import resource

        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        os.umask(0o077)
    if sys.platform.startswith("linux"):
        _set_not_dumpable()


def _set_not_dumpable() -> None:
    import ctypes

    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)


def is_dumpable() -> bool | None:
    """The process's dumpable flag (Linux), None where it cannot be read."""
    if not sys.platform.startswith("linux"):
        return None
    import ctypes

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return bool(libc.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0))
    except (OSError, AttributeError):
        return None


def main(argv: Sequence[str] | None = None, *, kdf: KdfParams | None = None) -> int:
    """The program. ``kdf`` is for tests only (tests/launcher.py): the shipped entry point always
    uses the production Argon2id parameters, and nothing in the app reads a switch to lower them."""
    kdf = kdf or KdfParams.production()
    netguard.install()
    harden_process()
    from wellness_journal import cli

    parser = cli.build_parser()
    # Not in --help: close the window after SECONDS. The packages' smoke tests start the demo
    # offscreen and need it to end by itself, as a user closing the window would.
    parser.add_argument("--quit-after", type=float, metavar="SECONDS", help=argparse.SUPPRESS)
    parser.add_argument(
        "--background",
        action="store_true",
        help="start locked, in the notification area (how the app starts with the computer)",
    )
    # Not in --help: the child the window starts to build matplotlib's font list (chart_fonts.py).
    parser.add_argument("--prepare-charts", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(list(argv) if argv is not None else None)
    if args.prepare_charts:
        from wellness_journal import chart_fonts

        return chart_fonts.prepare()
    if args.demo and args.command:
        parser.error("--demo opens the window with made-up data; it takes no command")
    if args.demo and args.data_dir:
        parser.error("--demo uses a throwaway folder; it cannot be combined with --data-dir")
    paths = AppPaths.for_dir(args.data_dir) if args.data_dir else AppPaths.default()
    if args.command:
        return cli.run(args, paths, kdf, cli.default_io())
    if args.demo:
        return run_demo(quit_after=args.quit_after)
    remove_stale_demo_folders(Path(tempfile.gettempdir()))  # a demo killed earlier
    start = start_with_computer(Path(args.data_dir) if args.data_dir else None)
    return run_gui(paths, kdf, quit_after=args.quit_after, background=args.background, start=start)


def start_with_computer(data_dir: Path | None) -> StartWithComputer:
    """The startup entry this copy of the app would write (see ``services/autostart.py``)."""
    from wellness_journal.services.autostart import Autostart, StartWithComputer, launch_command

    launch = launch_command(
        frozen=bool(getattr(sys, "frozen", False)),
        executable=sys.executable,
        script=sys.argv[0] if sys.argv else "",
        data_dir=data_dir.expanduser().absolute() if data_dir else None,
    )
    return StartWithComputer(Autostart(), launch)


def _point_caches_at(paths: AppPaths) -> None:
    """Library caches go inside the data folder, never to shared places.

    That includes what Qt's own file dialog remembers (the folders visited, written to
    ~/.config/QtProject.conf when the dialog closes): QSettings' user scope, which the app itself
    never uses, is moved into the data folder's cache."""
    cache = paths.cache_dir
    os.environ.setdefault("MPLCONFIGDIR", str(cache / "matplotlib"))
    from PySide6.QtCore import QSettings

    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(cache / "qt"))


def run_gui(
    paths: AppPaths,
    kdf: KdfParams,
    *,
    demo: bool = False,
    quit_after: float | None = None,
    background: bool = False,
    start: StartWithComputer | None = None,
) -> int:
    from wellness_journal.core.errors import WellnessError
    from wellness_journal.services.preferences import Preferences
    from wellness_journal.storage.fsutil import ensure_private_dir
    from wellness_journal.storage.process_lock import ProcessLock

    # Discreet mode is known before the first window: the name the desktop matches the window
    # by (X11 WM_CLASS, Wayland app id) is set when Qt starts.
    app = _make_application(discreet=Preferences(paths).discreet())
    quiet_qt_messages()
    from wellness_journal.ui.theme import apply_theme

    try:
        ensure_private_dir(paths.data_dir)
        ensure_private_dir(paths.cache_dir)
        lock = ProcessLock(paths.lockfile).acquire()
    except WellnessError as exc:
        return _say_and_exit(exc)
    try:
        from wellness_journal.storage.restore import finish_interrupted

        finish_interrupted(paths)  # a restore cut off earlier is finished before anything else
    except WellnessError as exc:
        lock.release()
        return _say_and_exit(exc)
    _point_caches_at(paths)
    from wellness_journal import chart_fonts

    fonts = chart_fonts.start_if_missing()  # so Trends never builds matplotlib's font list here
    try:
        prefs = Preferences(paths)
        apply_theme(app, prefs.theme())
        from wellness_journal.ui.shell.window import Shell

        def set_theme(theme: str) -> None:
            apply_theme(app, theme)

        shell = Shell(paths, kdf, prefs, set_theme=set_theme, demo=demo, start_with_computer=start)
        from wellness_journal.ui.collector import freeze_startup

        freeze_startup()  # before any journal opens: later collections skip the app's own objects
        if demo:
            from wellness_journal.services.demo import DEMO_PASSPHRASE
            from wellness_journal.storage.vault import Vault

            shell.open_session(Vault.open_with_secret(paths, DEMO_PASSPHRASE))
        else:
            shell.start()
        if background and shell.first_run is None and shell.problem is None:
            # Started with the computer: locked, in the notification area (or minimised).
            shell.reminders.started_with_computer()
            if not shell.tray.shown:
                shell.showMinimized()
        else:
            from wellness_journal.ui.shell.screen_fit import show_fitted

            show_fitted(shell)  # sized for the screen (maximised on a small one)
        shell.privacy.start_watching()
        if quit_after is not None:
            from PySide6.QtCore import QTimer

            QTimer.singleShot(max(0, int(quit_after * 1000)), shell.close)
        code = app.exec()
        if shell.session is not None:
            shell.lock()
        return int(code)
    finally:
        lock.release()
        chart_fonts.finish(fonts)


def _say_and_exit(exc: WellnessError) -> int:
    """The data folder cannot be used at all: say why in a box, and exit with the CLI's code."""
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QMessageBox

    from wellness_journal.cli import EXIT_DAMAGED, EXIT_IN_USE
    from wellness_journal.core.errors import ErrorKind
    from wellness_journal.ui.messages import error_text

    # (discreet mode: "Notes", as the application was named when it started)
    title = QGuiApplication.applicationDisplayName() or APP_NAME
    QMessageBox.information(None, title, error_text(exc))
    return EXIT_IN_USE if exc.kind is ErrorKind.IN_USE else EXIT_DAMAGED


def quiet_qt_messages() -> None:
    """Drop Qt's debug and info messages, whatever QT_LOGGING_RULES or a qtlogging.ini says:
    some quote the text they handle (with qt.text.* debug on, every string laid out is printed,
    journal text included). Warnings and errors still reach stderr."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    previous: list[object] = []

    def handler(kind: QtMsgType, context: object, message: str) -> None:
        if kind in (QtMsgType.QtDebugMsg, QtMsgType.QtInfoMsg):
            return
        forward = previous[0] if previous else None
        if callable(forward):
            forward(kind, context, message)
        else:
            sys.stderr.write(message + "\n")

    previous.append(qInstallMessageHandler(handler))


DISCREET_ID = "notes"  # discreet mode: the name the desktop sees instead of the app's


def _make_application(*, discreet: bool = False) -> QApplication:
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    if discreet:
        # Not matched to the app's desktop entry: the taskbar shows "Notes" and a plain icon.
        QGuiApplication.setApplicationName(DISCREET_ID)
        QGuiApplication.setApplicationDisplayName("Notes")
        QGuiApplication.setDesktopFileName(os.environ.get("FLATPAK_ID") or DISCREET_ID)
        return QApplication([DISCREET_ID])
    QGuiApplication.setApplicationName(APP_ID)
    QGuiApplication.setApplicationDisplayName(APP_NAME)
    # Inside a Flatpak the desktop file carries the Flatpak's id (the window manager matches the
    # window to its icon by it).
    QGuiApplication.setDesktopFileName(os.environ.get("FLATPAK_ID") or APP_ID)
    return QApplication([sys.argv[0] if sys.argv else APP_ID])


def make_demo_vault(folder: Path, *, today: date | None = None) -> AppPaths:
    """A throwaway vault in ``folder`` with made-up data, passphrase ``demo``, cheap KDF."""
    from wellness_journal.services import demo
    from wellness_journal.storage.vault import Vault

    paths = AppPaths.for_dir(folder)
    created = Vault.create(paths, demo.DEMO_PASSPHRASE, kdf=KdfParams.fast_for_tests())
    try:
        demo.populate(created.vault.db, today=today or date.today())
    finally:
        created.vault.close()
    return paths


DEMO_PREFIX = f"{APP_ID}-demo-"
DEMO_LOCK = "demo.lock"  # held by a running demo on its throwaway folder
STALE_AFTER_SECONDS = 60.0


def run_demo(*, quit_after: float | None = None) -> int:
    from wellness_journal.storage.process_lock import ProcessLock

    remove_stale_demo_folders(Path(tempfile.gettempdir()))
    folder = Path(tempfile.mkdtemp(prefix=DEMO_PREFIX))
    lock = ProcessLock(folder / DEMO_LOCK).acquire()
    try:
        paths = make_demo_vault(folder / "data")
        return run_gui(paths, KdfParams.fast_for_tests(), demo=True, quit_after=quit_after)
    finally:
        lock.release()
        shutil.rmtree(folder, ignore_errors=True)


def remove_stale_demo_folders(root: Path, *, older_than: float = STALE_AFTER_SECONDS) -> None:
    """Remove the throwaway folders of demos that were killed (they hold only made-up data, but
    nothing is left behind): our own folders, not links, not in use by a running demo (it holds
    their lock) and not made in the last minute (a demo may be starting there)."""
    import stat
    import time

    from wellness_journal.core.errors import WellnessError
    from wellness_journal.storage.process_lock import ProcessLock

    try:
        candidates = list(root.glob(DEMO_PREFIX + "*"))
    except OSError:
        return
    for folder in candidates:
        try:
            info = folder.lstat()
        except OSError:
            continue
        if not stat.S_ISDIR(info.st_mode) or time.time() - info.st_mtime < older_than:
            continue
        if hasattr(os, "getuid") and info.st_uid != os.getuid():
            continue
        try:
            lock = ProcessLock(folder / DEMO_LOCK).acquire()
        except WellnessError:
            continue  # a demo is running there
        try:
            shutil.rmtree(folder, ignore_errors=True)
        finally:
            lock.release()
