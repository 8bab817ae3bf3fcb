"""Words for errors and warnings, shared by the window and the command line.

Plain and calm: say what happened and what to do next. Technical detail goes after, for anyone
helping the user.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from wellness_journal.core.errors import ErrorKind, WellnessError
from wellness_journal.core.passphrase import Weakness


def _t(text: str) -> str:
    return QCoreApplication.translate("messages", text)


def error_text(error: WellnessError) -> str:
    """One or two sentences for ``error``, without technical detail."""
    kind = error.kind
    if kind is ErrorKind.WRONG_SECRET:
        return _t(
            "That passphrase did not open the journal. Check Caps Lock and try again, "
            "or use your recovery key."
        )
    if kind is ErrorKind.BAD_RECOVERY_KEY:
        return _t(
            "That does not look like a recovery key: it has 36 letters and digits in nine "
            "groups of four. Check for a typo and try again."
        )
    if kind is ErrorKind.THROTTLED:
        return _t("Too many wrong tries. Please wait {0} seconds and try again.").format(
            max(1, round(error.wait_seconds))
        )
    if kind is ErrorKind.DAMAGED:
        return _t(
            "The journal's files are damaged and cannot be opened. Nothing has been changed "
            "or deleted. Restore a backup, or keep the folder as it is and ask for help."
        )
    if kind is ErrorKind.MISSING_DATABASE:
        return _t(
            "The key file is here but the journal database is missing or empty. Nothing has "
            "been changed. Put back the file vault.db from a backup, or move the data folder "
            "away to start a new journal."
        )
    if kind is ErrorKind.MISSING_KEYFILE:
        return _t(
            "The journal database is here but its key file (vault.keys) is missing. Nothing "
            "has been changed. Put back vault.keys from a backup, or move the data folder "
            "away to start a new journal."
        )
    if kind is ErrorKind.NO_VAULT:
        return _t("There is no journal in this folder yet. Create one first.")
    if kind is ErrorKind.ALREADY_EXISTS:
        return _t("A journal already exists in this folder; it has been left as it is.")
    if kind is ErrorKind.IN_USE:
        return _t(
            "Wellness Journal is already open with this journal. Switch to that window, or "
            "close it and try again."
        )
    if kind is ErrorKind.DISK_FULL:
        return _t(
            "The disk is full, so this could not be saved. Your text is still here. Free "
            "some space and try again."
        )
    if kind is ErrorKind.PERMISSION:
        return _t(
            "Wellness Journal is not allowed to use its files. Check that the data folder "
            "belongs to you and is not read-only."
        )
    if kind is ErrorKind.BAD_PASSPHRASE:
        return _t("A passphrase cannot be empty or only spaces.")
    if kind is ErrorKind.BAD_BACKUP:
        return _t(
            "This file is not a Wellness Journal backup, or it is damaged, so it cannot be "
            "restored. Nothing has been changed. Try another backup."
        )
    if kind is ErrorKind.BACKUP_TOO_NEW:
        return _t(
            "This backup was made by a newer version of Wellness Journal. Update the app, then "
            "restore it. Nothing has been changed."
        )
    if kind is ErrorKind.TOO_NEW:
        return _t(
            "This journal was made by a newer version of Wellness Journal. Update the app, then "
            "open it. Nothing has been changed."
        )
    if kind is ErrorKind.INSIDE_DATA_FOLDER:
        return _t(
            "That place is inside the journal's own data folder, where a copy could replace the "
            "journal's files. Nothing was written. Choose a folder outside it."
        )
    if kind is ErrorKind.PLACE_TAKEN:
        return _t("Something with that name is already there; nothing was replaced.")
    if kind is ErrorKind.BAD_IMPORT:
        return _t("This file cannot be imported: {0}. Nothing was imported.").format(error.detail)
    return _t(
        "The journal's files could not be read or written. Nothing has been deleted. "
        "Try again; if it keeps happening, restart the computer."
    )


def weakness_text(weakness: Weakness) -> str:
    if weakness is Weakness.SHORT:
        return _t(
            "It is shorter than 12 characters. A few unrelated words are long and easy to remember."
        )
    if weakness is Weakness.COMMON:
        return _t("It is a common password that others try first.")
    if weakness is Weakness.REPEATED:
        return _t("It repeats the same characters.")
    if weakness is Weakness.SEQUENCE:
        return _t("It is a simple sequence, like 1234 or qwerty.")
    return _t("It is only digits.")


EXPORT_WARNING = (
    "The export file is NOT encrypted: anyone who can open it can read everything in it. "
    "Keep it somewhere private and delete it when you no longer need it."
)


def export_warning() -> str:
    return _t(EXPORT_WARNING)
