"""Turn what the user types in the search box into a safe SQLite FTS5 query.

The user's words are never passed to FTS5 as syntax: every word and phrase is quoted, so text
that looks like SQL or FTS5 operators (``NEAR(``, ``OR``, ``*``, ``"``, ``-``) is searched as
plain words and can never cause an error. Supported, on purpose and nothing more:

- words: every word must be in the entry (``tired shoulders``);
- prefixes: ``shoul*``, and the last word while the user is still typing it (from two letters);
- phrases in double quotes: ``"hard call"`` (an unclosed quote runs to the end).
"""

from __future__ import annotations

import re
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
            parts = inner.split()
            prefix = not closed and typing  # an unclosed phrase is still being typed
            if prefix and parts and len(parts[-1]) < 2:
                parts = parts[:-1]  # a one-letter prefix matches nearly everything: wait
                prefix = False
            words = " ".join(parts)
            if has_token(words):
                terms.append(Term(words, prefix=prefix, phrase=True))
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


# -- marking matches (done in Python: FTS5's snippet() re-reads every word of each entry) --------

_WORD = r"[^\W_]"  # a letter or digit, as the tokenizer sees words (near enough for marking)
SNIPPET_CHARS = 220
LEAD_CHARS = 60


class _FoldTable(dict[int, str]):
    """Lower case without accents, one character for one, so positions stay the same."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        base = unicodedata.normalize("NFD", ch)[0]
        low = base.lower()
        folded = low if len(low) == 1 else base
        self[code] = folded
        return folded


_FOLD = _FoldTable()


def fold(text: str) -> str:
    """``text`` in lower case without accents, of the same length (for finding words in it)."""
    return text.lower() if text.isascii() else text.translate(_FOLD)


def _term_pattern(term: Term) -> str:
    words = [re.escape(fold(w)) for w in re.findall(rf"{_WORD}+", term.text)]
    if not words:
        return ""
    body = r"[\W_]+".join(words)
    tail = rf"{_WORD}*" if term.prefix else rf"(?!{_WORD})"  # a prefix marks the whole word
    return rf"(?<!{_WORD}){body}{tail}"


def match_pattern(query: SearchQuery) -> re.Pattern[str] | None:
    parts = [p for p in (_term_pattern(t) for t in query.terms) if p]
    return re.compile("|".join(f"(?:{p})" for p in parts)) if parts else None


def mark(text: str, pattern: re.Pattern[str] | None, start: str, end: str) -> str:
    """``text`` with every match wrapped in ``start`` ... ``end``."""
    if pattern is None or not text:
        return text
    out, last = [], 0
    for m in pattern.finditer(fold(text)):
        out += [text[last : m.start()], start, text[m.start() : m.end()], end]
        last = m.end()
    out.append(text[last:])
    return "".join(out)


def snippet(text: str, pattern: re.Pattern[str] | None, start: str, end: str) -> str:
    """A short piece of ``text`` around its first match, with matches marked."""
    flat = " ".join(text.split())
    first = pattern.search(fold(flat)) if pattern is not None else None
    begin = 0 if first is None else max(0, first.start() - LEAD_CHARS)
    if begin:
        space = flat.find(" ", begin)
        begin = space + 1 if 0 <= space < (first.start() if first else begin) else begin
    stop = min(len(flat), begin + SNIPPET_CHARS)
    if stop < len(flat):
        space = flat.rfind(" ", begin, stop)
        stop = space if space > begin else stop
    piece = mark(flat[begin:stop], pattern, start, end)
    return ("…" if begin else "") + piece + ("…" if stop < len(flat) else "")
