"""Turn what the user types in the search box into a safe SQLite FTS5 query.

The user's words are never passed to FTS5 as syntax: every word and phrase is quoted, so text
that looks like SQL or FTS5 operators (``NEAR(``, ``OR``, ``*``, ``"``, ``-``) is searched as
plain words and can never cause an error. Supported, on purpose and nothing more:

- words: every word must be in the entry (``tired shoulders``);
- prefixes: ``shoul*``, and the last word while the user is still typing it (from two letters);
- phrases in double quotes: ``"hard call"`` (an unclosed quote runs to the end).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True)
class Term:
    text: str  # one word, or the words of a phrase separated by single spaces
    prefix: bool = False
    phrase: bool = False


@dataclass(frozen=True)
class SearchQuery:
    terms: tuple[Term, ...]

    @property
    def is_empty(self) -> bool:
        return not self.terms

    def fts(self) -> str:
        """The FTS5 MATCH expression (every term quoted; implicit AND)."""
        parts = []
        for term in self.terms:
            quoted = '"' + term.text.replace('"', '""') + '"'
            parts.append(quoted + ("*" if term.prefix else ""))
        return " ".join(parts)


def is_token_char(ch: str) -> bool:
    """The characters the journal's FTS5 tokenizer keeps (letters, digits, symbols like emoji)."""
    category = unicodedata.category(ch)
    return category[0] in "LN" or category in ("Co", "So")


def has_token(text: str) -> bool:
    return any(is_token_char(ch) for ch in text)


def parse(text: str, *, typing: bool = True) -> SearchQuery:
    """Read the search box. ``typing``: the last bare word is still being typed (a prefix)."""
    # Control characters (NUL ends an FTS5 string) are never part of a word: they separate.
    text = "".join(" " if unicodedata.category(ch) == "Cc" else ch for ch in text)
    text = unicodedata.normalize("NFC", text)
    terms: list[Term] = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch.isspace():
            i += 1
            continue
        if ch == '"':
            end = text.find('"', i + 1)
            closed = end != -1
            inner = text[i + 1 : end] if closed else text[i + 1 :]
            i = end + 1 if closed else n
            words = " ".join(inner.split())
            if has_token(words):
                # An unclosed phrase is still being typed: its last word is a prefix.
                terms.append(Term(words, prefix=not closed and typing, phrase=True))
            continue
        j = i
        while j < n and not text[j].isspace() and text[j] != '"':
            j += 1
        word = text[i:j]
        i = j
        star = word.endswith("*")
        word = word.rstrip("*")
        if not has_token(word):
            continue
        still_typing = typing and j == n
        prefix = star or still_typing
        if prefix and len(word) < 2:
            continue  # a one-letter prefix matches nearly everything: wait for the next letter
        terms.append(Term(word, prefix=prefix))
    return SearchQuery(tuple(terms))
