"""Search the Learn guides as you type: a small in-memory index (seven short texts need no more).

Every word of the query must appear in a guide, as a word or the start of one, after light
stemming on both sides ("drinking" finds "drink", "naps" finds "nap", "sleep" finds "sleepy").
Hits in the title count most, then the summary and audience, then the text and the sources.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from wellness_journal.core.guides import Guide, paragraphs, plain_text

WEIGHTS = {"title": 8, "summary": 4, "audience": 3, "body": 1, "sources": 1}
SNIPPET_CHARS = 160
_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_SUFFIXES = ("ing", "ies", "ed", "ly", "s")
_SENTENCE = re.compile(r"(?<=[.!?])\s+")


def stem(word: str) -> str:
    """Lower case, apostrophes dropped, one common English ending taken off long words."""
    word = word.casefold().replace("'", "").replace("’", "")
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)] + ("y" if suffix == "ies" else "")
    return word


def terms(text: str) -> list[str]:
    return [stem(w) for w in _TOKEN.findall(text)]


@dataclass(frozen=True)
class Hit:
    guide: Guide
    score: int
    snippet: str  # a sentence of the text that holds a query word ("" when none or no query)


class GuideIndex:
    def __init__(self, guides: Iterable[Guide]) -> None:
        self.guides = tuple(guides)
        self._fields: list[dict[str, Counter[str]]] = []
        self._sentences: list[list[tuple[str, frozenset[str]]]] = []
        for guide in self.guides:
            body = plain_text(f"{guide.body}\n\n{guide.try_this}")
            self._fields.append(
                {
                    "title": Counter(terms(guide.title)),
                    "summary": Counter(terms(guide.summary)),
                    "audience": Counter(terms(guide.audience)),
                    "body": Counter(terms(body)),
                    "sources": Counter(terms(" ".join(guide.sources))),
                }
            )
            # Snippets come from the sentences of the text (not its headings) and the sources.
            prose = re.sub(r"^\s{0,3}#.*$", "", f"{guide.body}\n\n{guide.try_this}", flags=re.M)
            sentences = [s for p in paragraphs(plain_text(prose)) for s in _SENTENCE.split(p)]
            sentences += guide.sources
            self._sentences.append([(s, frozenset(terms(s))) for s in sentences])

    def search(self, query: str) -> list[Hit]:
        """The guides holding every word of ``query``, best first; all of them for no words."""
        wanted = list(dict.fromkeys(terms(query)))
        if not wanted:
            return [Hit(g, 0, "") for g in self.guides]
        hits = []
        for n, guide in enumerate(self.guides):
            score = 0
            for term in wanted:
                found = sum(
                    WEIGHTS[field] * count
                    for field, counter in self._fields[n].items()
                    for word, count in counter.items()
                    if word.startswith(term)
                )
                if not found:
                    break
                score += found
            else:
                hits.append(Hit(guide, score, self._snippet(n, wanted)))
        hits.sort(key=lambda h: (-h.score, h.guide.order, h.guide.title))
        return hits

    def _snippet(self, n: int, wanted: list[str]) -> str:
        best, best_count = "", 0
        for sentence, words in self._sentences[n]:
            count = sum(1 for term in wanted if any(w.startswith(term) for w in words))
            if count > best_count:
                best, best_count = sentence, count
        if len(best) > SNIPPET_CHARS:
            best = best[: SNIPPET_CHARS - 1].rsplit(" ", 1)[0] + "…"
        return best
