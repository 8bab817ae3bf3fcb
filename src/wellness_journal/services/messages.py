"""Words for errors and warnings, shared by the window and the command line.

Plain and calm: say what happened and what to do next. Technical detail goes after, for anyone
helping the user.

No Qt here, so the headless commands never load it. Every text is marked with
``QT_TRANSLATE_NOOP("messages", ...)``, which Qt's translation tools (pyside6-lupdate) find by
name; the window passes ``tr`` (``QCoreApplication.translate`` in context "messages", see
``ui/messages.py``) and so shows them translated. The command line prints them as written.
"""

from __future__ import annotations

from collections.abc import Callable

from wellness_journal.core.errors import ErrorKind, WellnessError
from wellness_journal.core.passphrase import Weakness

Translate = Callable[[str], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Marks ``text`` for translation in ``context``; returns it unchanged."""
    return text


def as_written(text: str) -> str:
    return text


_ERRORS = {
    ErrorKind.WRONG_SECRET: QT_TRANSLATE_NOOP(
        "messages",
        "That passphrase did not open the journal. Check Caps Lock and try again, "
        "or use your recovery key.",
    ),
    ErrorKind.BAD_RECOVERY_KEY: QT_TRANSLATE_NOOP(
        "messages",
        "That does not look like a recovery key: it has 36 letters and digits in nine "
        "groups of four. Check for a typo and try again.",
    ),
    ErrorKind.THROTTLED: QT_TRANSLATE_NOOP(
        "messages", "Too many wrong tries. Please wait {0} seconds and try again."
    ),
    ErrorKind.DAMAGED: QT_TRANSLATE_NOOP(
        "messages",
        "The journal's files are damaged and cannot be opened. Nothing has been changed "
        "or deleted. Restore a backup, or keep the folder as it is and ask for help.",
    ),
    ErrorKind.MISSING_DATABASE: QT_TRANSLATE_NOOP(
        "messages",
        "The key file is here but the journal database is missing or empty. Nothing has "
        "been changed. Put back the file vault.db from a backup, or move the data folder "
        "away to start a new journal.",
    ),
    ErrorKind.MISSING_KEYFILE: QT_TRANSLATE_NOOP(
        "messages",
        "The journal database is here but its key file (vault.keys) is missing. Nothing "
        "has been changed. Put back vault.keys from a backup, or move the data folder "
        "away to start a new journal.",
    ),
    ErrorKind.NO_VAULT: QT_TRANSLATE_NOOP(
        "messages", "There is no journal in this folder yet. Create one first."
    ),
    ErrorKind.ALREADY_EXISTS: QT_TRANSLATE_NOOP(
        "messages", "A journal already exists in this folder; it has been left as it is."
    ),
    ErrorKind.IN_USE: QT_TRANSLATE_NOOP(
        "messages",
        "Wellness Journal is already open with this journal. Switch to that window, or "
        "close it and try again.",
    ),
    ErrorKind.DISK_FULL: QT_TRANSLATE_NOOP(
        "messages",
        "The disk is full, so this could not be saved. Your text is still here. Free "
        "some space and try again.",
    ),
    ErrorKind.PERMISSION: QT_TRANSLATE_NOOP(
        "messages",
        "Wellness Journal is not allowed to use its files. Check that the data folder "
        "belongs to you and is not read-only.",
    ),
    ErrorKind.BAD_PASSPHRASE: QT_TRANSLATE_NOOP(
        "messages", "A passphrase cannot be empty or only spaces."
    ),
    ErrorKind.BAD_BACKUP: QT_TRANSLATE_NOOP(
        "messages",
        "This file is not a Wellness Journal backup, or it is damaged, so it cannot be "
        "restored. Nothing has been changed. Try another backup.",
    ),
    ErrorKind.BACKUP_TOO_NEW: QT_TRANSLATE_NOOP(
        "messages",
        "This backup was made by a newer version of Wellness Journal. Update the app, then "
        "restore it. Nothing has been changed.",
    ),
    ErrorKind.TOO_NEW: QT_TRANSLATE_NOOP(
        "messages",
        "This journal was made by a newer version of Wellness Journal. Update the app, then "
        "open it. Nothing has been changed.",
    ),
    ErrorKind.INSIDE_DATA_FOLDER: QT_TRANSLATE_NOOP(
        "messages",
        "That place is inside the journal's own data folder, where a copy could replace the "
        "journal's files. Nothing was written. Choose a folder outside it.",
    ),
    ErrorKind.PLACE_TAKEN: QT_TRANSLATE_NOOP(
        "messages", "Something with that name is already there; nothing was replaced."
    ),
    ErrorKind.BAD_IMPORT: QT_TRANSLATE_NOOP(
        "messages", "This file cannot be imported: {0}. Nothing was imported."
    ),
    ErrorKind.IN_FUTURE: QT_TRANSLATE_NOOP(
        "messages",
        "That date or time is still to come. Pick one up to now; nothing you typed is lost.",
    ),
}
_ANY_OTHER_ERROR = QT_TRANSLATE_NOOP(
    "messages",
    "The journal's files could not be read or written. Nothing has been deleted. "
    "Try again; if it keeps happening, restart the computer.",
)


def error_text(error: WellnessError, tr: Translate = as_written) -> str:
    """One or two sentences for ``error``, without technical detail."""
    text = tr(_ERRORS.get(error.kind, _ANY_OTHER_ERROR))
    if error.kind is ErrorKind.THROTTLED:
        return text.format(max(1, round(error.wait_seconds)))
    if error.kind is ErrorKind.BAD_IMPORT:
        return text.format(error.detail)
    return text


_WEAKNESSES = {
    Weakness.SHORT: QT_TRANSLATE_NOOP(
        "messages",
        "It is shorter than 12 characters. A few unrelated words are long and easy to remember.",
    ),
    Weakness.COMMON: QT_TRANSLATE_NOOP(
        "messages", "It is a common password that others try first."
    ),
    Weakness.REPEATED: QT_TRANSLATE_NOOP("messages", "It repeats the same characters."),
    Weakness.SEQUENCE: QT_TRANSLATE_NOOP(
        "messages", "It is a simple sequence, like 1234 or qwerty."
    ),
    Weakness.EXAMPLE: QT_TRANSLATE_NOOP(
        "messages",
        "It is the example this app gives, so anyone who has seen the app could guess it. "
        "Choose words of your own.",
    ),
}
_ONLY_DIGITS = QT_TRANSLATE_NOOP("messages", "It is only digits.")


def weakness_text(weakness: Weakness, tr: Translate = as_written) -> str:
    return tr(_WEAKNESSES.get(weakness, _ONLY_DIGITS))


EXPORT_WARNING = QT_TRANSLATE_NOOP(
    "messages",
    "The export file is NOT encrypted: anyone who can open it can read everything in it. "
    "Keep it somewhere private and delete it when you no longer need it.",
)


def export_warning(tr: Translate = as_written) -> str:
    return tr(EXPORT_WARNING)
