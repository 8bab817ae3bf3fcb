"""Saving a readable copy (a chart image, the pocket card, the summary for a counselor): a
warning first that the file is not encrypted, then Qt's own file dialog (a native one would
record the file among the desktop's recent files; Qt's asks before replacing a file). Printing
one: Qt's print dialog."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from wellness_journal.core.errors import WellnessError
from wellness_journal.services.private_file import write_private

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from wellness_journal.ui.context import UiContext


def confirm_unencrypted(parent: QWidget, title: str, warning: str, go: str) -> bool:
    """The warning, with ``go`` ("Choose where to save…") and Cancel. True: go on."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(warning)
    go_button = box.addButton(go, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(go_button)
    box.exec()
    return box.clickedButton() is go_button


def ask_save_place(
    parent: QWidget, title: str, start: Path, file_filter: str, suffix: str
) -> tuple[Path, bool] | None:
    """Where to save (``suffix`` added when the name lacks it), or None when cancelled. The flag
    says the user agreed to replace an existing file: Qt's dialog asked about the very name it
    returned (not about one with the suffix added afterwards)."""
    name, _ = QFileDialog.getSaveFileName(
        parent, title, str(start), file_filter, options=QFileDialog.Option.DontUseNativeDialog
    )
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() == suffix:
        return path, path.exists()
    return path.with_name(path.name + suffix), False


def save_private_copy(
    parent: QWidget,
    ctx: UiContext,
    *,
    title: str,
    warning: str,
    ask: Callable[[], tuple[Path, bool] | None],
    data: Callable[[], bytes],
) -> Path | None:
    """Warn, ``ask`` where (``ask_save_place``), write ``data()`` there
    (``services.private_file.write_private``: the place rule of every export, whole or not at
    all, mode 0600). Where it went, or None."""

    def _t(text: str) -> str:
        return QCoreApplication.translate("save_copy", text)

    if not confirm_unencrypted(parent, title, warning, _t("Choose where to save…")):
        return None
    chosen = ask()
    if chosen is None:
        return None
    path, replace = chosen
    try:
        write_private(path, data(), ctx.paths.data_dir, replace=replace)
    except WellnessError as exc:  # inside the data folder, a file there unasked, cannot write
        ctx.show_failure(_t("Not saved"), exc, parent=parent)
        return None
    return path


def ask_printer(parent: QWidget, title: str) -> QPrinter | None:
    """Qt's print dialog; the printer chosen, or None when the user cancelled."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return None
    return printer
