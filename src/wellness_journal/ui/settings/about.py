"""About Wellness Journal: what it is, and what it is not (self-care, not a diagnosis, therapy
or an emergency service), with the numbers to call in danger."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from wellness_journal import APP_NAME, __version__
from wellness_journal.services.preferences import Preferences
from wellness_journal.ui.support.emergency import crisis_reach, emergency_number


def not_a_service_text(prefs: Preferences | None = None) -> str:
    """The app's limits in one calm paragraph (shown at first run and in About)."""
    return QCoreApplication.translate(
        "about",
        "Wellness Journal is for self-care. It is not a diagnosis, therapy or an emergency "
        "service. If you are in danger, call {0}, or {1}.",
    ).format(emergency_number(prefs), crisis_reach(prefs))


def about_text(prefs: Preferences | None = None) -> str:
    tr = QCoreApplication.translate
    return "\n\n".join(
        (
            tr(
                "about",
                "A private, offline journal for law-enforcement officers: notice stress "
                "and sleep, practise skills that help, and see what works for you.",
            ),
            not_a_service_text(prefs),
            tr(
                "about",
                "Everything you write stays on this computer, encrypted. The app never "
                "uses the network.",
            ),
            tr(
                "about",
                "The exercises, the sleep diary and the guides follow published sources, "
                "named in the Learn guides. Licence: MIT.",
            ),
        )
    )


def show_about(parent: QWidget, prefs: Preferences | None = None) -> None:
    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("about", "About {0}").format(APP_NAME))
    box.setIcon(QMessageBox.Icon.Information)
    box.setText(f"<b>{APP_NAME}</b> {__version__}")
    box.setInformativeText(about_text(prefs))
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    box.exec()
