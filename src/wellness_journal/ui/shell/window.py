"""The one window: first run, lock screen, or the unlocked journal, and the moves between them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QStackedWidget, QWidget

from wellness_journal.core.clock import Monotonic, monotonic
from wellness_journal.core.errors import ErrorKind, WellnessError
from wellness_journal.core.models import Changes
from wellness_journal.services import backup as backup_service
from wellness_journal.services import settings as settings_service
from wellness_journal.services.autostart import StartWithComputer
from wellness_journal.services.preferences import DISCREET_TOPIC, REMINDERS_TOPIC, Preferences
from wellness_journal.services.session import Session
from wellness_journal.services.unlock import UnlockGate
from wellness_journal.storage import keyslots
from wellness_journal.storage import vault as vault_mod
from wellness_journal.storage.keyslots import KdfParams
from wellness_journal.storage.paths import AppPaths
from wellness_journal.storage.vault import UnlockedKey, Vault
from wellness_journal.ui.auto_backup import BackupJobs
from wellness_journal.ui.clipboard import ClipboardGuard, SecretClipboard, app_owns_clipboard
from wellness_journal.ui.context import ChangeBus, UiContext
from wellness_journal.ui.messages import error_text
from wellness_journal.ui.runner import Runner
from wellness_journal.ui.settings.restore_dialog import RestoreDialog, when_text
from wellness_journal.ui.settings.security import ChangePassphraseDialog
from wellness_journal.ui.shell.first_run import FirstRunFlow
from wellness_journal.ui.shell.health import HealthDialog
from wellness_journal.ui.shell.idle import IdleWatcher
from wellness_journal.ui.shell.main_area import MainArea
from wellness_journal.ui.shell.privacy import PrivacyGuards
from wellness_journal.ui.shell.problem import ProblemScreen
from wellness_journal.ui.shell.reminders import Reminders, rename_startup_entry
from wellness_journal.ui.shell.screen_fit import MINIMUM, PREFERRED
from wellness_journal.ui.shell.settle import AfterUnlock
from wellness_journal.ui.shell.teardown import Teardown, close_windows
from wellness_journal.ui.shell.tray import Tray
from wellness_journal.ui.shell.unlock import UnlockScreen
from wellness_journal.ui.support.regions import settle_first_region


class Shell(QMainWindow):
    def __init__(
        self,
        paths: AppPaths,
        kdf: KdfParams,
        prefs: Preferences,
        *,
        set_theme: Callable[[str], None],
        demo: bool = False,
        clock: Monotonic = monotonic,
        gate: UnlockGate | None = None,
        start_with_computer: StartWithComputer | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.paths = paths
        self.kdf = kdf
        self.prefs = prefs
        self.demo = demo
        self._set_theme = set_theme
        self.session: Session | None = None
        self.main_area: MainArea | None = None
        self.ctx: UiContext | None = None
        self.last_page = ""
        self.runner = Runner(self)
        self.teardown = Teardown(self.runner, self)  # the pages of a locked journal go
        self.after_unlock = AfterUnlock(self.runner, self)  # collects once the journal settled
        self.secrets = SecretClipboard(self)
        # Journal text copied while this window is open: marked sensitive, cleared at lock/quit.
        self.clipboard_guard = ClipboardGuard(
            self, owner_check=lambda: self.isVisible() and app_owns_clipboard()
        )
        self.bus = ChangeBus(self)
        self.gate = gate or UnlockGate(paths, target=kdf)
        self.backups = BackupJobs(paths, self.runner, enabled=not demo, parent=self)
        self.backups.automatic_finished.connect(self._on_automatic_backup_finished)
        self.backups.restore_requested.connect(self.restore_from)

        self.resize(PREFERRED)  # app.py shows it with ``show_fitted``: sized for the screen
        self.setMinimumSize(MINIMUM)

        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.unlock_screen = UnlockScreen(self.gate, self.runner, demo=demo, paths=paths)
        self.unlock_screen.unlocked.connect(self._on_unlocked)
        self.unlock_screen.restore_requested.connect(self.restore_from)
        self.stack.addWidget(self.unlock_screen)
        self.first_run: FirstRunFlow | None = None
        self.problem: ProblemScreen | None = None
        self.health: HealthDialog | None = None
        self.health_checked = False  # the check after the last unlock has reported

        self.idle = IdleWatcher(5, clock, self)
        self.idle.idle_timed_out.connect(self._on_idle)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle)

        # Discreet mode, Ctrl+Shift+H, locking on screen lock, sleep or minimise.
        self.privacy = PrivacyGuards(
            self, prefs, lock=self.lock, session=lambda: self.session, demo=demo
        )
        self.idle.key_hooks["hide now"] = self.privacy.hide_key.key_pressed
        self.privacy.apply_name()
        self.unlock_screen.set_discreet(prefs.discreet())
        self.bus.changed.connect(self._on_changes)
        # Reminders in the notification area, while the app runs (locked or not).
        self.start_with_computer = start_with_computer
        self._quitting = False
        self.tray = Tray(self, prefs)
        self.tray.open_requested.connect(self.bring_back)
        self.tray.lock_requested.connect(self.lock)
        self.tray.quit_requested.connect(self.quit_app)
        self.reminders = Reminders(
            self.tray, prefs, session=lambda: self.session, looking=self.isActiveWindow
        )
        self.privacy.watcher.away_changed.connect(self.reminders.away_changed)

        self.lock_action = QAction(self.tr("Lock"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock)
        self.addAction(self.lock_action)

    # -- start -------------------------------------------------------------------------------------------
    def start(self) -> None:
        """Show first run, the lock screen, or what is wrong with the data folder."""
        try:
            state = vault_mod.inspect(self.paths)
        except WellnessError as exc:
            self.show_problem(exc)
            return
        if state is vault_mod.VaultState.NEW:
            self.first_run = FirstRunFlow(self.paths, self.kdf, self.runner, self.secrets)
            self.first_run.finished.connect(self._on_first_run_finished)
            self.first_run.restore_requested.connect(self.restore_from)
            self.stack.addWidget(self.first_run)
            self.stack.setCurrentWidget(self.first_run)
        else:
            self.show_locked()

    def show_problem(self, exc: WellnessError) -> None:
        self.problem = ProblemScreen(exc, self.paths, runner=self.runner)
        self.problem.quit_requested.connect(self.close)
        self.problem.restore_requested.connect(self.restore_from)
        self.stack.addWidget(self.problem)
        self.stack.setCurrentWidget(self.problem)

    def show_locked(self, message: str = "") -> None:
        self.stack.setCurrentWidget(self.unlock_screen)
        self.unlock_screen.reset(message)

    @Slot(object)
    def _on_first_run_finished(self, vault: Vault) -> None:
        if self.first_run is not None:
            self.stack.removeWidget(self.first_run)
            self.first_run.deleteLater()
            self.first_run = None
        self.open_session(vault)
        if self.session is not None and self.ctx is not None:
            self.ctx.announce(settle_first_region(self.prefs, self.session))

    @Slot(object)
    def _on_unlocked(self, unlocked: UnlockedKey) -> None:
        self.after_unlock.start()  # opening the vault is part of the unlock's burst too
        try:
            vault = Vault.open(self.paths, unlocked)
        except WellnessError as exc:
            self.unlock_screen.show_error(exc)
            return
        self.open_session(vault)
        if unlocked.used == keyslots.RECOVERY and self.session is not None:
            QTimer.singleShot(0, self._ask_new_passphrase)

    def open_session(self, vault: Vault) -> None:
        """Show the unlocked journal on the page that was open before locking."""
        self.teardown.finish()  # the last session's pages, if any are left
        self.after_unlock.start()  # no collection while the first page is built and filled
        self.session = Session(vault, self.kdf)
        self.ctx = UiContext(
            session=self.session,
            paths=self.paths,
            prefs=self.prefs,
            bus=self.bus,
            runner=self.runner,
            secrets=self.secrets,
            demo=self.demo,
            set_theme=self._apply_theme,
            set_auto_lock_minutes=self.idle.set_minutes,
            keep_awake=self.idle.touch,
            locks_with_screen=lambda: bool(self.privacy.watcher.sources),
            start_with_computer=self.start_with_computer,
            backups=self.backups,
        )
        self.main_area = MainArea(self.ctx)
        self.main_area.lock_requested.connect(self.lock)
        self.idle.key_hooks["window"] = self.main_area.keys.key_pressed
        self.stack.setCurrentIndex(self.stack.addWidget(self.main_area))
        if self.last_page:
            self.main_area.show_page(self.last_page)
        self.idle.set_minutes(self.session.settings.auto_lock_minutes())
        self.idle.start()
        self.backups.session_opened(self.session)
        self._check_health(self.session)
        self.privacy.session_changed()
        self.reminders.reload()

    def _check_health(self, session: Session) -> None:
        """Both integrity checks on a connection of their own, off the GUI thread; damage found
        (now, or while opening) is said, with the newest good backup offered."""
        self.health_checked = False
        vault = session.vault

        def done(problems: object) -> None:
            if self.session is not session:  # locked meanwhile: said at the next unlock
                return
            self.health_checked = True
            if isinstance(problems, list) and problems:
                self._say_damage([str(p) for p in problems])

        def failed(exc: BaseException) -> None:
            damaged = isinstance(exc, WellnessError) and exc.kind is ErrorKind.DAMAGED
            done([str(exc)] if damaged else [])

        self.runner.submit(vault.verify, owner=self, on_done=done, on_error=failed)

    def _say_damage(self, problems: list[str]) -> None:
        self.health = HealthDialog(problems, self.paths, self.runner, self)
        self.health.restore_requested.connect(self.restore_from)
        self.health.open()

    @Slot()
    def _ask_new_passphrase(self) -> None:
        if self.session is None:
            return
        dialog = ChangePassphraseDialog(
            self.session.security, self.runner, self, current_required=False
        )
        if dialog.exec():
            QMessageBox.information(
                self, self.tr("Passphrase changed"), self.tr("Use your new passphrase from now on.")
            )

    def _apply_theme(self, theme: str) -> None:
        self._set_theme(theme)
        if self.main_area is not None:  # icons are drawn in the theme's colours: rebuild
            page = self.main_area.current_page_id()
            self._rebuild_main_area()
            self.main_area.show_page(page)

    def _rebuild_main_area(self) -> None:
        if self.main_area is None or self.ctx is None:
            return
        self.main_area.flush_all()
        old = self.main_area
        self.main_area = MainArea(self.ctx)
        self.main_area.lock_requested.connect(self.lock)
        self.idle.key_hooks["window"] = self.main_area.keys.key_pressed
        self.stack.setCurrentIndex(self.stack.addWidget(self.main_area))
        self.stack.removeWidget(old)
        old.deleteLater()

    # -- lock ---------------------------------------------------------------------------------------------
    @Slot()
    def _on_idle(self) -> None:
        self.lock()

    @Slot()
    def lock(self) -> bool:
        """Save what was typed, close the vault, drop the key, clear every view. True when locked."""
        if self.session is None:
            return True
        if self.main_area is not None:
            try:
                self.main_area.flush_all()
            except WellnessError as exc:
                # Never lose what was typed: stay unlocked and say why.
                self.idle.start()
                QMessageBox.warning(
                    self,
                    self.tr("Not locked yet"),
                    self.tr(
                        "Your latest writing could not be saved, so the journal stays open to keep it. "
                        "{0}"
                    ).format(error_text(exc)),
                )
                return False
            self.last_page = self.main_area.current_page_id()
        self.idle.stop()
        close_windows(self)
        self.secrets.clear()
        self.clipboard_guard.clear()
        # Hide at once; the pages go over the next passes (``Teardown``).
        self.show_locked()
        old, self.main_area = self.main_area, None
        if old is not None:
            self.idle.key_hooks.pop("window", None)
            old.setVisible(False)
            self.stack.removeWidget(old)
            self.teardown.take_down(old, old.detach())
        self.after_unlock.finish()  # (after the teardown took its hold: no collection between)
        session, self.session = self.session, None
        self.ctx = None
        backup = self.backups.session_closing(session)
        session.close()
        if backup is not None:  # today's automatic backup, started once the close (25-35 ms of
            self.backups.run(backup)  # wiping at 30 years) is done: not competing for the GIL
        self.privacy.session_changed()
        self.reminders.reload()
        return True

    @Slot(object)
    def _on_changes(self, changes: Changes) -> None:
        if changes.touches(DISCREET_TOPIC):
            self.privacy.apply_name()
            self.unlock_screen.set_discreet(self.prefs.discreet())
            rename_startup_entry(self.start_with_computer, self.prefs)
        if changes.touches(DISCREET_TOPIC, REMINDERS_TOPIC, settings_service.TOPIC):
            self.reminders.reload()

    # -- backups -----------------------------------------------------------------------------------------
    @Slot(object)
    def _on_automatic_backup_finished(self, _result: object) -> None:
        if self.ctx is not None:
            self.ctx.announce(Changes.of(backup_service.TOPIC))

    @Slot(str)
    def restore_from(self, path: str) -> None:
        """Restore a backup file: lock first, ask its passphrase, set the current files aside,
        then open the restored journal."""
        if self.session is not None and not self.lock():
            return
        dialog = RestoreDialog(Path(path), self.paths, self.backups, self)
        if not dialog.exec() or dialog.restored is None:
            return
        restored = dialog.restored
        self._leave_setup_screens()
        try:
            vault = Vault.open(self.paths, restored.unlocked)
        except WellnessError as exc:
            self.show_problem(exc)
            return
        self.open_session(vault)
        text = self.tr("Your journal has been restored from the backup made {0}.").format(
            when_text(restored.info.manifest.created_at)
        )
        if restored.set_aside is not None:
            text += " " + self.tr("The journal that was here is kept, as it was, in {0}.").format(
                restored.set_aside
            )
        QMessageBox.information(self, self.tr("Restored"), text)

    def _leave_setup_screens(self) -> None:
        self.unlock_screen.reset()
        for screen in (self.problem, self.first_run):
            if screen is not None:
                self.stack.removeWidget(screen)
                screen.deleteLater()
        self.problem = None
        if self.first_run is not None:
            self.first_run.discard()
        self.first_run = None

    # -- the notification area ------------------------------------------------------------------------------
    @Slot()
    def bring_back(self) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()

    @Slot()
    def quit_app(self) -> None:
        self._quitting = True
        self.close()

    # -- quit ----------------------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if self.session is not None and not self.lock():
            event.ignore()
            return
        if not self._quitting and self.reminders.keeps_running():
            # Reminders need the app running: lock, and stay in the notification area.
            event.ignore()
            self.hide()
            return
        if self.first_run is not None:
            self.first_run.discard()
        self.secrets.clear()
        self.clipboard_guard.clear()
        self.teardown.finish()
        self.runner.wait(10_000)
        super().closeEvent(event)
