"""Import…: our JSON export, jrnl (JSON or text) or Daylio's CSV export, told apart by content.
The import runs off the GUI thread in one transaction; then the dialog reports what was added,
what was already there, and which Daylio mood labels were kept as tags."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDir, Slot
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from wellness_journal.core import daylio
from wellness_journal.core.errors import WellnessError
from wellness_journal.core.models import Changes
from wellness_journal.services import (
    checkins,
    contacts,
    coping,
    incidents,
    journal,
    safety_plan,
    settings,
    sleep,
    stress,
)
from wellness_journal.services.daylio_import import DaylioReport
from wellness_journal.services.exchange import ImportReport
from wellness_journal.services.journal_io import import_file
from wellness_journal.ui.context import UiContext
from wellness_journal.ui.messages import error_text
from wellness_journal.ui.widgets.common import (
    action_footer,
    column,
    heading,
    paragraph,
    say_in_dialog,
)
from wellness_journal.ui.widgets.screen_room import fit_content

# Everything an import can add: every page that shows any of it refreshes.
IMPORT_TOPICS = Changes.of(
    journal.TOPIC,
    journal.PROMPTS_TOPIC,
    checkins.TOPIC,
    stress.TOPIC,
    incidents.TOPIC,
    sleep.TOPIC,
    coping.TOPIC,
    contacts.TOPIC,
    settings.TOPIC,
    safety_plan.TOPIC,
)


class ImportDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.report: ImportReport | None = None
        self.running = False
        self.setWindowTitle(self.tr("Import"))
        self.setMinimumWidth(560)
        layout = self.column = column(self, spacing=10, margins=(22, 18, 22, 18))
        layout.addWidget(heading(self.tr("Import into your journal"), 2))
        layout.addWidget(
            paragraph(
                self.tr(
                    "Adds what is in the file to this journal. Nothing already here is changed "
                    "or removed, and importing the same file again adds nothing."
                )
            )
        )
        self.formats = paragraph(
            self.tr(
                "It reads:\n"
                "• a Wellness Journal export (JSON)\n"
                "• jrnl: its JSON export or its plain-text journal file\n"
                "• Daylio: its CSV export (in Daylio: More → Export entries → CSV)"
            )
        )
        self.formats.setAccessibleName(self.tr("Files it can import"))
        layout.addWidget(self.formats)
        layout.addWidget(
            paragraph(
                self.tr(
                    "From Daylio, each entry becomes a journal entry with its note, its "
                    "activities as tags and its mood (rad, good, meh, bad, awful: very good to "
                    "very low). The mood also fills that day's check-in if it has none. Moods "
                    "you named yourself are kept as tags, like mood-tired."
                ),
                muted=True,
            )
        )
        footer = action_footer(
            layout,
            self.tr("Choose a file and &import…"),
            self.tr("Import progress"),
            self.tr("Import report"),
            on_action=self._on_import,
            on_close=self.reject,
        )
        self.progress, self.message = footer.progress, footer.message
        self.import_button, self.close_button = footer.action, footer.close
        self.progress.setRange(0, 0)
        fit_content(self, parent)

    @Slot()
    def _on_import(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a file to import"),
            QDir.homePath(),
            self.tr("Files it can import (*.json *.csv *.txt);;All files (*)"),
            options=QFileDialog.Option.DontUseNativeDialog,
        )
        if name:
            self.import_from(Path(name))

    def import_from(self, path: Path) -> None:
        """Import ``path`` in the background on a connection of its own."""
        if self.running:
            return
        self.running = True
        self.report = None
        self._set_busy(True)
        self._say(self.tr("Reading {0}…").format(path.name))
        self.ctx.keep_awake()
        self.ctx.perform_in_background(
            lambda db: import_file(db, path),
            owner=self,
            on_done=self._on_imported,
            on_failed=self._on_failed,
        )

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.import_button.setEnabled(not busy)

    def _say(self, text: str) -> None:
        say_in_dialog(self, self.column, self.message, text)

    @Slot(object)
    def _on_imported(self, report: ImportReport) -> None:
        self.running = False
        self.report = report
        self._set_busy(False)
        self.ctx.keep_awake()
        if self.ctx.session.is_open:
            self.ctx.announce(IMPORT_TOPICS)
        self._say(self.report_text(report))

    @Slot(object)
    def _on_failed(self, exc: BaseException) -> None:
        self.running = False
        self._set_busy(False)
        if isinstance(exc, WellnessError):
            self._say(error_text(exc))
        else:
            self._say(self.tr("This file could not be imported. Nothing was imported."))

    # -- the report -----------------------------------------------------------------------------
    def _what(self, section: str, n: int) -> str:
        words = {
            "journal_entries": self.tr("journal entries"),
            "journal_prompts": self.tr("journal prompts"),
            "checkins": self.tr("check-ins"),
            "stress_entries": self.tr("stress entries"),
            "critical_incidents": self.tr("critical incidents"),
            "incident_followups": self.tr("incident check-ins"),
            "sleep_periods": self.tr("sleep periods"),
            "coping_sessions": self.tr("exercise sessions"),
            "thought_records": self.tr("thought records"),
            "coping_favourites": self.tr("favourite exercises"),
            "support_contacts": self.tr("support contacts"),
            "safety_plan": self.tr("lines of the safety plan"),
            "plan_goals": self.tr("goals of My plan"),
            "settings": self.tr("settings"),
        }
        return self.tr("{0} {1}").format(n, words.get(section, section))

    def report_text(self, report: ImportReport) -> str:
        added = [self._what(s, n) for s, n in report.added.items() if n]
        there = [self._what(s, n) for s, n in report.skipped.items() if n]
        lines = [
            self.tr("Done. Added: {0}.").format(", ".join(added))
            if added
            else self.tr("Done. Nothing new: everything in this file is already in your journal.")
        ]
        if added and there:
            lines.append(self.tr("Already here, so not added again: {0}.").format(", ".join(there)))
        if isinstance(report, DaylioReport):
            if report.other_moods:
                moods = ", ".join(
                    (
                        self.tr("“{0}” (1 entry, tag {2})")
                        if n == 1
                        else self.tr("“{0}” ({1} entries, tag {2})")
                    ).format(label, n, daylio.mood_tag(label))
                    for label, n in sorted(report.other_moods.items())
                )
                lines.append(
                    self.tr(
                        "These moods are not one of Daylio's five, so they were kept as tags: {0}."
                    ).format(moods)
                )
            if report.moods_filled:
                lines.append(
                    self.tr("{0} check-ins that had no mood got the mood from Daylio.").format(
                        report.moods_filled
                    )
                )
        else:
            lines += report.notes
        return "\n".join(lines)
