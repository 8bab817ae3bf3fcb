"""Saving a readable copy (a chart image, the pocket card, the summary for a counselor): a
warning first that the file is not encrypted, then Qt's own file dialog (a native one would
record the file among the desktop's recent files; Qt's asks before replacing a file)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from wellness_journal.core.errors import WellnessError
from wellness_journal.services.private_file import InsideDataFolder, write_private

if TYPE_CHECKING:
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


def ask_save_path(
    parent: QWidget, title: str, start: Path, file_filter: str, suffix: str
) -> Path | None:
    """Where to save (``suffix`` added when the name lacks it), or None when cancelled."""
    name, _ = QFileDialog.getSaveFileName(
        parent, title, str(start), file_filter, options=QFileDialog.Option.DontUseNativeDialog
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


def save_private_copy(
    parent: QWidget,
    ctx: UiContext,
    *,
    title: str,
    warning: str,
    ask: Callable[[], Path | None],
    data: Callable[[], bytes],
) -> Path | None:
    """Warn, ``ask`` where (``ask_save_path``), write ``data()`` there
    (``services.private_file.write_private``: never in the journal's folder, whole or not at
    all, mode 0600). Where it went, or None."""

    def _t(text: str) -> str:
        return QCoreApplication.translate("save_copy", text)

    if not confirm_unencrypted(parent, title, warning, _t("Choose where to save…")):
        return None
    path = ask()
    if path is None:
        return None
    try:
        write_private(path, data(), ctx.paths.data_dir)
    except InsideDataFolder:
        QMessageBox.warning(
            parent,
            _t("Not saved"),
            _t(
                "That folder holds your encrypted journal. Choose a place outside it, so the "
                "file is never mistaken for part of the journal."
            ),
        )
        return None
    except WellnessError as exc:
        ctx.show_failure(_t("Not saved"), exc, parent=parent)
        return None
    return path
