"""Reach the Learn page, or one guide, from anywhere in the app.

    open_guide(ctx, SLEEP)          # the same as ctx.go_to("learn/sleep")
    open_guide(ctx)                 # the list of guides

Guide ids are the ``id`` lines of ``assets/guides/*.md``; a test checks that every id named here
exists. Self-check results can point at the guide that fits (AUDIT-C: ALCOHOL, sleep: SLEEP,
after an incident: AFTER_INCIDENT, anything else: STRESS_CONTINUUM).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from wellness_journal.core.guides import Guide, GuideError, parse_guide
from wellness_journal.ui.context import UiContext
from wellness_journal.ui.icons import icon
from wellness_journal.ui.resources import guides_dir
from wellness_journal.ui.theme import current_colors
from wellness_journal.ui.widgets.common import button, paragraph

LEARN_PAGE = "learn"
STRESS_CONTINUUM = "stress-continuum"
AFTER_INCIDENT = "after-incident"
SLEEP = "sleep"
ALCOHOL = "alcohol"
MORAL_INJURY = "moral-injury"
FAMILIES = "families"
PEER_SUPPORT = "peer-support"
GUIDE_IDS = (
    STRESS_CONTINUUM,
    AFTER_INCIDENT,
    SLEEP,
    ALCOHOL,
    MORAL_INJURY,
    FAMILIES,
    PEER_SUPPORT,
)


def open_guide(ctx: UiContext, guide_id: str | None = None) -> None:
    ctx.go_to(f"{LEARN_PAGE}/{guide_id}" if guide_id else LEARN_PAGE)


def load_guides(folder: Path | None = None) -> tuple[list[Guide], list[str]]:
    """Every guide in ``folder`` (the assets' guides by default), in reading order, and the
    problems of any file that could not be read (that file is left out, the rest are shown)."""
    folder = folder or guides_dir()
    guides: dict[str, Guide] = {}
    problems: list[str] = []
    for path in sorted(folder.glob("*.md")):
        try:
            guide = parse_guide(path.read_text(encoding="utf-8"), path.name)
        except (OSError, UnicodeDecodeError) as exc:
            problems.append(f"{path.name}: {exc}")
            continue
        except GuideError as exc:
            problems.append(str(exc))
            continue
        if guide.id in guides:
            problems.append(f"{path.name}: the id {guide.id!r} is used twice")
            continue
        guides[guide.id] = guide
    return sorted(guides.values(), key=lambda g: (g.order, g.title)), problems


class LearnRow(QFrame):
    """Today's "Learn" row: one line about the guides and a button that opens them."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setAccessibleName(self.tr("Learn"))
        row = QHBoxLayout(self)
        row.setContentsMargins(20, 14, 20, 14)
        row.setSpacing(14)
        mark = QLabel()
        mark.setPixmap(icon("learn", current_colors().accent, 28).pixmap(28, 28))
        row.addWidget(mark, 0, Qt.AlignmentFlag.AlignVCenter)
        words = QVBoxLayout()
        words.setSpacing(2)
        title = QLabel(self.tr("Learn"))
        title.setStyleSheet("font-weight: 600;")
        words.addWidget(title)
        words.addWidget(
            paragraph(
                self.tr(
                    "Short reads on stress, sleep, hard calls and more, for you and the people "
                    "close to you."
                ),
                muted=True,
            )
        )
        row.addLayout(words, 1)
        self.open_button = button(
            self.tr("Open &Learn"), accessible=self.tr("Open the Learn guides")
        )
        self.open_button.clicked.connect(lambda: open_guide(ctx))
        row.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignVCenter)
