"""Saving a readable copy (a chart image, the pocket card): a warning first that the file is not
encrypted, then Qt's own file dialog (a native one would record the file among the desktop's
recent files; Qt's asks before replacing a file)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


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
