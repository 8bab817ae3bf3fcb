"""One section of the safety plan: its title, a hint, and the person's lines, one a line.

People and professionals can also be picked from the support contacts: the line is written
out (name and how to reach them) and remembers which contact it came from while it stays as
picked."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QPlainTextEdit, QWidget

from wellness_journal.core.models import SupportContact
from wellness_journal.core.safety_plan import PlanItem, PlanSection, lines
from wellness_journal.services import plan_words
from wellness_journal.ui.theme import current_colors
from wellness_journal.ui.widgets.common import button, card, paragraph, spread_row

MIN_LINES, MAX_LINES = 2, 12

Pick = Callable[[SupportContact], None]
Fill = Callable[[QMenu, Pick], None]  # fills a picker's menu when it opens


def _t(text: str) -> str:
    return QCoreApplication.translate("safety_plan", text)


def title(section: PlanSection) -> str:
    return plan_words.section_title(section, _t)


class LinesEdit(QPlainTextEdit):
    """Plain text, one item a line; grows with its lines (up to a point, then scrolls)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.document().setDocumentMargin(6)
        self.textChanged.connect(self._on_grow)
        self._on_grow()

    @Slot()
    def _on_grow(self) -> None:
        shown = min(MAX_LINES, max(MIN_LINES, self.document().lineCount()))
        margins = self.contentsMargins()
        height = (
            shown * self.fontMetrics().lineSpacing()
            + 2 * int(self.document().documentMargin())
            + margins.top()
            + margins.bottom()
            + 6
        )
        self.setFixedHeight(height)

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        self._on_grow()  # wrapping changed the number of lines


class PlanSectionCard(QWidget):
    """``edited`` when the person typed or picked something."""

    edited = Signal()

    def __init__(
        self, section: PlanSection, hint: str, example: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.section = section
        self._links: dict[str, str] = {}  # a picked line's text -> the contact's uid
        frame, layout = card()
        self._card_layout = layout
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        top = QHBoxLayout()
        top.setSpacing(10)
        number = plan_words.step_number(section)
        if number is not None:
            mark = QLabel(str(number))
            colors = current_colors()
            mark.setStyleSheet(
                f"background: {colors.accent}; color: {colors.accent_text}; border-radius: 14px;"
                " font-weight: 600;"
            )
            mark.setAlignment(Qt.AlignmentFlag.AlignCenter)
            mark.setFixedSize(28, 28)
            mark.setAccessibleName(_t("Step {0}").format(number))
            top.addWidget(mark, 0, Qt.AlignmentFlag.AlignTop)
        name = QLabel(title(section))
        name.setObjectName("h2")
        name.setWordWrap(True)
        top.addWidget(name, 1)
        self.pick_button: QWidget | None = None
        layout.addLayout(top)
        self.hint = paragraph(hint, muted=True)
        layout.addWidget(self.hint)
        self.guide_box = QHBoxLayout()
        layout.addLayout(self.guide_box)
        self.edit = LinesEdit()
        self.edit.setPlaceholderText(example)
        self.edit.setAccessibleName(_t("{0}, one a line").format(title(section)))
        self.edit.setAccessibleDescription(hint)
        self.edit.textChanged.connect(self._on_text_changed)
        layout.addWidget(self.edit)
        self._loading = False

    def add_guide(self, text: str) -> None:
        """A short paragraph of guidance under the hint (making surroundings safer)."""
        label = paragraph(text)
        label.setObjectName("planGuide")
        self.guide_box.addWidget(label)

    def add_picker(self, text: str, fill: Fill) -> None:
        """A button whose menu lists contacts to pick; ``fill(menu, pick)`` fills the menu when
        it opens, calling ``pick(contact)`` for the one chosen."""
        pick = button(text, name="flat")
        menu = QMenu(pick)

        def refill() -> None:
            menu.clear()
            fill(menu, self.pick)

        menu.aboutToShow.connect(refill)
        pick.setMenu(menu)
        self._card_layout.addLayout(spread_row([pick]))
        self.pick_button = pick

    # -- content -------------------------------------------------------------------------------
    def items(self) -> list[PlanItem]:
        return [
            PlanItem(line, self._links.get(line, "")) for line in lines(self.edit.toPlainText())
        ]

    def load(self, items: tuple[PlanItem, ...]) -> None:
        """Show ``items`` unless the editor already shows the same lines (the cursor stays)."""
        self._links = {i.text: i.contact_uid for i in items if i.contact_uid}
        texts = tuple(i.text for i in items)
        if lines(self.edit.toPlainText()) == texts:
            return
        self._loading = True
        try:
            self.edit.setPlainText("\n".join(texts))
        finally:
            self._loading = False

    def pick(self, contact: SupportContact) -> None:
        """Add a line for ``contact`` at the end (once)."""
        line = plan_words.contact_line(contact, _t)
        self._links[line] = contact.uid
        if line in lines(self.edit.toPlainText()):
            return
        text = self.edit.toPlainText().rstrip("\n")
        self.edit.setPlainText(f"{text}\n{line}" if text.strip() else line)
        cursor = self.edit.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        self.edit.setTextCursor(cursor)

    @Slot()
    def _on_text_changed(self) -> None:
        if not self._loading:
            self.edited.emit()
