"""Save the summary as a PDF (after the warning that it is not encrypted, never inside the
journal's folder, an existing file only after Qt's dialog asked, mode 0600) or print it with
Qt's print dialog."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDir
from PySide6.QtWidgets import QWidget

from wellness_journal.reports.summary_pages import Layout
from wellness_journal.services import report_words
from wellness_journal.ui.context import UiContext
from wellness_journal.ui.report.render import Made
from wellness_journal.ui.widgets.save_copy import ask_printer, ask_save_place, save_private_copy


def _t(text: str) -> str:
    return QCoreApplication.translate("ReportDialog", text)


def suggested_name(first: date, last: date) -> str:
    return f"wellness-summary-{first.isoformat()}-to-{last.isoformat()}.pdf"


def save(parent: QWidget, ctx: UiContext, made: Made, first: date, last: date) -> Path | None:
    """The whole flow from the button: warn, ask where, write. Returns where it went."""
    return save_private_copy(
        parent,
        ctx,
        title=_t("Save the summary"),
        warning=QCoreApplication.translate("report", report_words.WARNING),
        ask=lambda: ask_save_place(
            parent,
            _t("Save the summary"),
            Path(QDir.homePath()) / suggested_name(first, last),
            _t("PDF files (*.pdf)"),
            ".pdf",
        ),
        data=lambda: made.pdf,
    )


def print_pages(parent: QWidget, made: Made) -> bool:
    """Qt's print dialog, then every page on the chosen printer. True when it was sent."""
    printer = ask_printer(parent, _t("Print the summary"))
    if printer is None:
        return False
    layout = Layout(made.report)
    try:
        layout.print_on(printer)
    finally:
        layout.close()
    return True
