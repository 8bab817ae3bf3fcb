"""Writing one entry (plain text, light Markdown) and reading it back formatted."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import QDateTime, Qt, Signal, Slot
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QKeyEvent,
    QResizeEvent,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QCompleter,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from wellness_journal.core.journal import MOODS, Entry, clean_tags
from wellness_journal.ui.theme import current_colors
from wellness_journal.ui.widgets.common import paragraph
from wellness_journal.ui.widgets.flow import FlowLayout
from wellness_journal.ui.widgets.safe_text import SafeTextBrowser

TITLE_ROOM = 220  # the least a title field should have beside the date, else the date goes under it

# GitHub's dialect without raw HTML, and with _x_ as emphasis (md4c's underline flag is 0x4000).
MARKDOWN_FEATURES = QTextDocument.MarkdownFeature(
    (
        QTextDocument.MarkdownFeature.MarkdownDialectGitHub.value
        | QTextDocument.MarkdownFeature.MarkdownNoHTML.value
    )
    & ~0x4000
)


def mood_words(widget: QWidget) -> dict[int, str]:
    return {
        1: widget.tr("Very low"),
        2: widget.tr("Low"),
        3: widget.tr("Okay"),
        4: widget.tr("Good"),
        5: widget.tr("Very good"),
    }


class MoodPicker(QWidget):
    """Five optional mood buttons. With focus on them, keys 1-5 choose and 0 clears."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Mood (optional)"))
        row = FlowLayout(self, spacing=6)  # wraps onto a second line in a narrow window
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)
        words = mood_words(self)
        self.buttons: dict[int, QPushButton] = {}
        for value in MOODS:
            b = QPushButton(words[value])
            b.setCheckable(True)
            b.setObjectName("mood")
            b.setAccessibleName(self.tr("Mood: {0}").format(words[value]))
            b.setToolTip(self.tr("{0} (key {1} while here; 0 clears)").format(words[value], value))
            b.setCursor(Qt.CursorShape.PointingHandCursor)
            self.group.addButton(b, value)
            self.buttons[value] = b
            row.addWidget(b)
        self.group.idClicked.connect(self._on_clicked)
        c = current_colors()
        self.setStyleSheet(
            f"QPushButton#mood {{ padding: 5px 10px; }}"
            f" QPushButton#mood:checked {{ background: {c.selection}; border: 2px solid {c.accent};"
            " font-weight: 600; }"
        )
        for b in self.buttons.values():
            b.ensurePolished()
            # Room for the word in bold too (as it is when chosen): it never shifts or clips.
            bold = QFont(b.font())
            bold.setWeight(QFont.Weight.DemiBold)
            extra = QFontMetrics(bold).horizontalAdvance(b.text())
            extra -= b.fontMetrics().horizontalAdvance(b.text())
            b.setMinimumWidth(b.sizeHint().width() + max(0, extra) + 2)

    def value(self) -> int | None:
        return next((v for v, b in self.buttons.items() if b.isChecked()), None)

    def set_value(self, value: int | None) -> None:
        for v, b in self.buttons.items():
            b.setChecked(v == value)

    @Slot(int)
    def _on_clicked(self, value: int) -> None:
        keep = self.buttons[value].isChecked()
        self.set_value(value if keep else None)
        self.changed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if text in {"0", *[str(m) for m in MOODS]}:
            self.set_value(int(text) or None)
            self.changed.emit()
            return
        super().keyPressEvent(event)


class EntryEditor(QWidget):
    """The fields of one entry. ``edited`` fires on every change the user makes."""

    edited = Signal()
    done_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entry: Entry | None = None
        self._loading = False
        self._time_touched = False
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(10)
        self.prompt_label = paragraph("", muted=True)
        self.prompt_label.setObjectName("prompt")
        self.prompt_label.setAccessibleName(self.tr("Prompt"))
        col.addWidget(self.prompt_label)

        top = QHBoxLayout()
        top.setSpacing(10)
        self._top = top  # the date goes under the title when the two do not fit side by side
        self.title = QLineEdit()
        self.title.setObjectName("entryTitle")
        self.title.setPlaceholderText(self.tr("Title (optional)"))
        self.title.setAccessibleName(self.tr("Title"))
        top.addWidget(self.title, 1)
        self.when = QDateTimeEdit()
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("ddd d MMM yyyy  HH:mm")
        self.when.setAccessibleName(self.tr("Date and time of the entry"))
        self.when.setToolTip(self.tr("Change this to write about an earlier day"))
        self.when.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        top.addWidget(self.when)
        col.addLayout(top)

        self.body = QPlainTextEdit()
        self.body.setObjectName("entryBody")
        self.body.setPlaceholderText(
            self.tr(
                "Write whatever is on your mind. Only you can read this.\n\n"
                "Markdown works: # heading, - list, *emphasis*, **strong**."
            )
        )
        self.body.setAccessibleName(self.tr("Entry text"))
        self.body.setTabChangesFocus(True)
        col.addWidget(self.body, 1)

        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("Tags, separated by commas (optional)"))
        self.tags.setAccessibleName(self.tr("Tags, separated by commas"))
        col.addWidget(self.tags)

        mood_row = QHBoxLayout()
        mood_row.setSpacing(10)
        mood_label = QLabel(self.tr("Mood:"))
        mood_label.setObjectName("muted")
        self.mood = MoodPicker()
        mood_label.setBuddy(self.mood.buttons[MOODS[0]])
        # Level with the first line of buttons, when they wrap onto a second.
        mood_label.setMinimumHeight(self.mood.buttons[MOODS[0]].sizeHint().height())
        mood_row.addWidget(mood_label, 0, Qt.AlignmentFlag.AlignTop)
        mood_row.addWidget(self.mood, 1)
        col.addLayout(mood_row)

        self.title.textEdited.connect(self._on_edited)
        self.body.textChanged.connect(self._on_body_changed)
        self.tags.textEdited.connect(self._on_edited)
        self.mood.changed.connect(self._on_edited)
        self.when.dateTimeChanged.connect(self._on_time_changed)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        side_by_side = TITLE_ROOM + self._top.spacing() + self.when.sizeHint().width()
        direction = (
            QBoxLayout.Direction.LeftToRight
            if self.width() >= side_by_side
            else QBoxLayout.Direction.TopToBottom
        )
        if self._top.direction() != direction:
            self._top.setDirection(direction)

    def set_tag_words(self, tags: list[str]) -> None:
        completer = QCompleter(tags, self.tags)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.tags.setCompleter(completer)

    def load(self, entry: Entry) -> None:
        self._loading = True
        try:
            self._entry = entry
            self._time_touched = False
            local = entry.written_at.astimezone()
            self.when.setDateTime(
                QDateTime(local.year, local.month, local.day, local.hour, local.minute, 0)
            )
            self.title.setText(entry.title)
            self.body.setPlainText(entry.body)
            self.tags.setText(", ".join(entry.tags))
            self.mood.set_value(entry.mood)
            self.prompt_label.setText(entry.prompt)
            self.prompt_label.setVisible(bool(entry.prompt))
        finally:
            self._loading = False

    def entry(self) -> Entry | None:
        """The entry as the fields show it now."""
        if self._entry is None:
            return None
        written_at = self._entry.written_at
        if self._time_touched:
            value = self.when.dateTime()
            d, t = value.date(), value.time()
            written_at = datetime(d.year(), d.month(), d.day(), t.hour(), t.minute()).astimezone()
        return replace(
            self._entry,
            written_at=written_at,
            title=self.title.text(),
            body=self.body.toPlainText(),
            tags=clean_tags(self.tags.text()),
            mood=self.mood.value(),
        )

    def mark_saved(self, entry: Entry) -> None:
        """Remember the stored id and uid without touching what is on screen."""
        if self._entry is not None:
            self._entry = replace(
                self._entry, id=entry.id, uid=entry.uid, created_at=entry.created_at
            )

    @property
    def current_id(self) -> int | None:
        return None if self._entry is None else self._entry.id

    @Slot()
    def _on_body_changed(self) -> None:
        self._on_edited()

    @Slot()
    def _on_edited(self, *_: object) -> None:
        if not self._loading:
            self.edited.emit()

    @Slot(QDateTime)
    def _on_time_changed(self, _: QDateTime) -> None:
        if not self._loading:
            self._time_touched = True
            self.edited.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.done_requested.emit()
            return
        super().keyPressEvent(event)


class EntryViewer(QWidget):
    """The entry shown formatted: Markdown rendered, no HTML, no links followed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(8)
        self.title = QLabel()
        self.title.setObjectName("h1")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        col.addWidget(self.title)
        self.facts = paragraph("", muted=True)
        col.addWidget(self.facts)
        self.prompt_label = paragraph("", muted=True)
        self.prompt_label.setObjectName("prompt")
        col.addWidget(self.prompt_label)
        self.body = SafeTextBrowser()  # images show as a placeholder; nothing is loaded
        self.body.setObjectName("entryView")
        self.body.setAccessibleName(self.tr("Entry text, formatted"))
        col.addWidget(self.body, 1)

    def show_entry(self, entry: Entry) -> None:
        local = entry.written_at
        when = local.strftime("%A %d %B %Y, %H:%M")
        self.title.setText(entry.title or when)
        facts = [when] if entry.title else []
        if entry.mood is not None:
            facts.append(self.tr("Mood: {0}").format(mood_words(self)[entry.mood]))
        if entry.tags:
            facts.append("  ".join(f"#{t}" for t in entry.tags))
        self.facts.setText("   ·   ".join(facts))
        self.facts.setVisible(bool(facts))
        self.prompt_label.setText(entry.prompt)
        self.prompt_label.setVisible(bool(entry.prompt))
        self.body.document().setMarkdown(entry.body, MARKDOWN_FEATURES)
        self.body.setAccessibleDescription(entry.body[:2000])
        # From its first line (not where the last entry, or the editor, had been scrolled to).
        self.body.moveCursor(QTextCursor.MoveOperation.Start)
        self.body.verticalScrollBar().setValue(0)
