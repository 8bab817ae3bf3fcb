"""Save the safety plan's pocket card as a PDF, or print it.

Saving warns first that the file is not encrypted, then asks where with Qt's own file dialog (a
native one would record the file among the desktop's recent files). Where it may go is the rule
of every export (``export_files.check_place``): never inside the journal's data folder, and an
existing file only after Qt's dialog asked. It is written whole or not at all, mode 0600."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDir
from PySide6.QtWidgets import QWidget

from wellness_journal.reports import pocket_card
from wellness_journal.services import plan_words
from wellness_journal.ui.context import UiContext
from wellness_journal.ui.widgets.save_copy import ask_printer, ask_save_place, save_private_copy


def _t(text: str) -> str:
    return QCoreApplication.translate("safety_plan", text)


def current_card(ctx: UiContext) -> pocket_card.Card:
    session = ctx.session
    return pocket_card.build_card(
        session.safety_plan.steps(), session.contacts.crisis_lines(), ctx.prefs.region(), _t
    )


def ask_path(parent: QWidget, today: date) -> tuple[Path, bool] | None:
    """Where, and whether the user agreed to replace a file there (see ``ask_save_place``)."""
    return ask_save_place(
        parent,
        _t("Save the pocket card"),
        Path(QDir.homePath()) / f"safety-plan-card-{today.isoformat()}.pdf",
        _t("PDF files (*.pdf)"),
        ".pdf",
    )


def save_card(parent: QWidget, ctx: UiContext) -> Path | None:
    """The whole flow from the button: warn, ask where, write. Returns where it went."""
    card = current_card(ctx)
    return save_private_copy(
        parent,
        ctx,
        title=_t("Save the pocket card"),
        warning=_t(plan_words.CARD_WARNING),
        ask=lambda: ask_path(parent, date.today()),
        data=lambda: pocket_card.pdf_bytes(card),
    )


def print_card(parent: QWidget, ctx: UiContext) -> bool:
    """Qt's print dialog, then the card on the chosen printer. True when it was sent."""
    printer = ask_printer(parent, _t("Print the pocket card"))
    if printer is None:
        return False
    pocket_card.print_card(current_card(ctx), printer)
    return True
