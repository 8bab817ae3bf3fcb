"""Counted words for the calendar ("1 stress entry", "3 stress entries")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("Calendar", text)


def counted(kind: str, n: int) -> str:
    """``n`` things of ``kind`` ("stress", "exercise", "journal", "sleep") in words."""
    one, many = {
        "stress": (_t("1 stress entry"), _t("{0} stress entries")),
        "exercise": (_t("1 exercise"), _t("{0} exercises")),
        "journal": (_t("1 journal entry"), _t("{0} journal entries")),
        "sleep": (_t("1 sleep"), _t("{0} sleeps")),
    }[kind]
    return one if n == 1 else many.format(n)
