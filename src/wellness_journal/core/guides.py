"""Learn guides: short Markdown files with a small front-matter, read and checked here.

A guide file looks like this::

    ---
    id: sleep
    title: Sleep and shift work
    audience: Officers and families
    summary: One line for the list of guides.
    order: 3
    ---

    Paragraphs, ``## headings``, ``- lists``, **bold**, and links into the app only.

    **Try this now:** [log your last sleep](app:today/sleep), the last paragraph.

    ## Sources

    - One plain-text line per source (shown as text, never as a link)

Crisis numbers are never written in a guide: they differ by region. A marker stands for them and
the reader fills it in from the user's region (``fill_markers``; the Learn page gives the words):
``{{emergency}}`` in a sentence is the number to call in immediate danger ("call {{emergency}}
at once"); ``{{crisis}}``, a paragraph of its own, says what to do when thinking of ending your
life and in danger right now; ``{{crisis-lines}}``, a paragraph of its own, lists the region's
crisis and support lines (and the reader adds them to the Sources).

Rules (a guide that breaks one is refused with a ``GuideError`` naming the file and the problem):
no images, no HTML, no links out of the app (a web address in the body would become a link), a
last paragraph "**Try this now:**" with at least one link into the app, and a Sources section at
the end with at least one line, markers known and only in the text (a paragraph marker alone in
its paragraph). Words are counted without the Sources.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

APP_SCHEME = "app:"
SOURCES_HEADING = "## Sources"
TRY_THIS = "**Try this now:**"
REQUIRED_KEYS = ("id", "title", "audience", "summary")
OPTIONAL_KEYS = ("order",)
WORD_RANGE = (300, 600)  # what the guides aim for (checked by a test, not here)
EMERGENCY = "emergency"  # in a sentence: the number to call in immediate danger
CRISIS = "crisis"  # a paragraph: thinking of ending your life, in danger right now
CRISIS_LINES = "crisis-lines"  # a paragraph: the region's crisis and support lines
INLINE_MARKERS = (EMERGENCY,)
PARAGRAPH_MARKERS = (CRISIS, CRISIS_LINES)

_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*\Z")
_TARGET = re.compile(r"[a-z]+(?:/[a-z0-9_-]+)?\Z")
_LINK = re.compile(r"(!?)\[([^\]]*)\]\(([^)\s]*)(?:\s+\"[^\"]*\")?\)")
_RAW_URL = re.compile(r"(?i)\b(?:https?|ftp|file)://|\bwww\.|<[a-z][^>]*>|</[a-z]")
_IMAGE = re.compile(r"!\[")
_REFERENCE = re.compile(r"^\s{0,3}\[[^\]]+\]:", re.MULTILINE)
_WORD = re.compile(r"[^\W_]+(?:['’.,:–-][^\W_]+)*")
_MARKER = re.compile(r"\{\{([^{}]*)\}\}")


class GuideError(ValueError):
    """A guide file that cannot be shown: which one, and what is wrong with it."""

    def __init__(self, name: str, problem: str) -> None:
        super().__init__(f"{name}: {problem}")
        self.name = name
        self.problem = problem


@dataclass(frozen=True)
class Guide:
    id: str
    title: str
    audience: str
    summary: str
    order: int
    body: str  # Markdown, without the front-matter, the "Try this now" and the Sources
    try_this: str  # the "**Try this now:** ..." paragraph (Markdown, with links into the app)
    sources: tuple[str, ...]

    @property
    def links(self) -> tuple[str, ...]:
        """The in-app targets the guide links to, e.g. ``"toolbox/sigh"``, in order."""
        return tuple(
            url.removeprefix(APP_SCHEME)
            for bang, _, url in _LINK.findall(f"{self.body}\n{self.try_this}")
            if not bang
        )

    @property
    def markers(self) -> tuple[str, ...]:
        """The region markers in the text, in order, e.g. ``("emergency", "crisis")``."""
        return tuple(_MARKER.findall(self.body))

    @property
    def words(self) -> int:
        return word_count(plain_text(f"{self.body}\n\n{self.try_this}"))

    @property
    def minutes(self) -> int:
        """Reading time at an easy 200 words a minute, at least one."""
        return max(1, round(self.words / 200))


def parse_guide(text: str, name: str = "guide") -> Guide:
    """Read one guide file's text; ``name`` (the file name) goes into any error."""
    meta, rest = _front_matter(text.replace("\r\n", "\n"), name)
    guide_id = meta["id"]
    if not _ID.match(guide_id):
        raise GuideError(name, f"the id {guide_id!r} may use only a-z, 0-9 and single hyphens")
    order_text = meta.get("order", "0")
    if not order_text.isdigit():
        raise GuideError(name, f"order must be a whole number, not {order_text!r}")
    text, sources = _split_sources(rest, name)
    _check_body(text, name)
    body, try_this = _split_try_this(text, name)
    return Guide(
        id=guide_id,
        title=meta["title"],
        audience=meta["audience"],
        summary=meta["summary"],
        order=int(order_text),
        body=body,
        try_this=try_this,
        sources=sources,
    )


def fill_markers(guide: Guide, words: Mapping[str, str], sources: Sequence[str] = ()) -> Guide:
    """``guide`` with each marker replaced by ``words[name]`` (Markdown) and ``sources`` added to
    its Sources when it lists the crisis lines. A marker with no words is a ``KeyError``."""

    def words_for(match: re.Match[str]) -> str:
        return words[match.group(1)]

    body = _MARKER.sub(words_for, guide.body)
    extra = tuple(sources) if CRISIS_LINES in guide.markers else ()
    return replace(guide, body=body, sources=guide.sources + extra)


def app_target(url: str) -> str | None:
    """``"app:learn/sleep"`` -> ``"learn/sleep"``; None for anything that is not an in-app link."""
    if not url.startswith(APP_SCHEME):
        return None
    target = url.removeprefix(APP_SCHEME)
    return target if _TARGET.match(target) else None


def without_images(markdown: str) -> str:
    """``markdown`` with every image turned into a plain link (``![a](x)`` -> ``[a](x)``).

    Qt reads an image's file while it lays the text out (its image handler opens the path itself,
    whatever ``loadResource`` says), so images must never reach it. Every Markdown image, inline
    or by reference, starts with ``![``; a link to a file is never opened."""
    return markdown.replace("![", "[")


def plain_text(markdown: str) -> str:
    """The words a reader sees: link text kept, Markdown marks dropped."""
    text = _LINK.sub(lambda m: m.group(2), markdown)
    text = re.sub(r"^\s{0,3}#{1,6}\s*", "", text, flags=re.MULTILINE)
    text = re.sub(r"^\s*(?:[-*+]|\d+[.)])\s+", "", text, flags=re.MULTILINE)
    text = re.sub(r"(\*\*|__|\*|`)", "", text)
    return text


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


def paragraphs(text: str) -> list[str]:
    """Blank-line separated paragraphs of ``text``, each on one line."""
    return [" ".join(p.split()) for p in re.split(r"\n\s*\n", text) if p.strip()]


# -- reading a file ------------------------------------------------------------------------------------
def _front_matter(text: str, name: str) -> tuple[dict[str, str], str]:
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        raise GuideError(name, "the file must start with a front-matter block between --- lines")
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == "---")
    except StopIteration:
        raise GuideError(name, "the front-matter block has no closing --- line") from None
    meta: dict[str, str] = {}
    for number, line in enumerate(lines[1:end], start=2):
        if not line.strip():
            continue
        key, sep, value = line.partition(":")
        key, value = key.strip(), value.strip()
        if not sep or not value:
            raise GuideError(name, f"line {number} should read 'key: value'")
        if key not in REQUIRED_KEYS + OPTIONAL_KEYS:
            raise GuideError(name, f"line {number}: unknown key {key!r}")
        if key in meta:
            raise GuideError(name, f"line {number}: {key!r} is given twice")
        meta[key] = value
    missing = [k for k in REQUIRED_KEYS if k not in meta]
    if missing:
        raise GuideError(name, "the front-matter lacks " + ", ".join(missing))
    return meta, "\n".join(lines[end + 1 :])


def _split_sources(rest: str, name: str) -> tuple[str, tuple[str, ...]]:
    parts = re.split(r"^## Sources[ \t]*$", rest, flags=re.MULTILINE)
    if len(parts) != 2:
        raise GuideError(name, f"there must be exactly one '{SOURCES_HEADING}' section")
    body, tail = parts
    sources: list[str] = []
    for line in tail.strip().split("\n"):
        if not line.strip():
            continue
        if line.startswith("#"):
            raise GuideError(name, "the Sources section must come last")
        if not line.startswith("- "):
            raise GuideError(name, f"each source is one '- ' line, not {line.strip()!r}")
        source = line[2:].strip()
        if "](" in source or _RAW_URL.search(source):
            raise GuideError(name, f"a source is plain text, without links: {source!r}")
        if "{{" in source:
            raise GuideError(name, f"markers belong in the text, not in a source: {source!r}")
        sources.append(source)
    if not sources:
        raise GuideError(name, "the Sources section is empty")
    return body.strip() + "\n", tuple(sources)


def _split_try_this(text: str, name: str) -> tuple[str, str]:
    body, sep, last = text.rstrip().rpartition("\n\n")
    if not sep or not last.startswith(TRY_THIS):
        raise GuideError(name, f"the last paragraph before the Sources must start {TRY_THIS}")
    if not any(not bang for bang, _, _ in _LINK.findall(last)):
        raise GuideError(name, "'Try this now' needs a link into the app")
    return body.rstrip() + "\n", last


def _check_body(body: str, name: str) -> None:
    if _IMAGE.search(body):
        raise GuideError(name, "guides carry no images")
    if _REFERENCE.search(body):
        raise GuideError(name, "write links inline, as [text](app:page)")
    for bang, _text, url in _LINK.findall(body):
        if not bang and app_target(url) is None:
            raise GuideError(name, f"links may only lead into the app (app:page), not {url!r}")
    raw = _RAW_URL.search(_LINK.sub("", body))
    if raw:
        raise GuideError(name, f"no web addresses or HTML in the text: {raw.group(0)!r}")
    if not plain_text(body).strip():
        raise GuideError(name, "the guide has no text")
    _check_markers(body, name)


def _check_markers(text: str, name: str) -> None:
    body, _, last = text.rstrip().rpartition("\n\n")
    if "{" in last or "}" in last:
        raise GuideError(name, "markers such as {{crisis}} belong in the text, not in 'Try this'")
    for match in _MARKER.finditer(body):
        marker = match.group(1)
        if marker not in INLINE_MARKERS + PARAGRAPH_MARKERS:
            known = ", ".join("{{" + m + "}}" for m in INLINE_MARKERS + PARAGRAPH_MARKERS)
            raise GuideError(name, f"unknown marker {match.group(0)!r} (known: {known})")
        if marker in PARAGRAPH_MARKERS and match.group(0) not in paragraphs(body):
            raise GuideError(name, f"{match.group(0)} must be a paragraph of its own")
    stray = _MARKER.sub("", body)
    if "{" in stray or "}" in stray:
        raise GuideError(name, "a brace outside a marker: write markers as {{name}}")
