"""The wording of the self-check questionnaires, read from ``assets/selfchecks/forms.json``.

Item and answer wording is the owners' own, word for word (each form names its source), so it is
kept in a data file and never in translatable strings. Reading checks that every form fits the
scoring in ``core/selfchecks.py``: the number of items, and answers scoring exactly 0..high.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from wellness_journal.core.selfchecks import SCALES, Instrument

RECALLS = ("2 weeks", "month", "year")


class FormError(ValueError):
    """The forms file cannot be used: what is wrong with it."""


@dataclass(frozen=True)
class Option:
    score: int
    label: str


@dataclass(frozen=True)
class Item:
    number: int  # 1-based, as on the form
    text: str
    options: tuple[Option, ...]  # in the form's order

    def label_of(self, score: int) -> str:
        return next((o.label for o in self.options if o.score == score), str(score))


@dataclass(frozen=True)
class Form:
    instrument: Instrument
    name: str
    source: str
    notice: str
    recall: str  # one of RECALLS: the time each question asks about
    stem: str  # the form's words above the items ("" when the items carry their own)
    items: tuple[Item, ...]


def _text(raw: dict[str, Any], key: str, where: str, *, empty: bool = False) -> str:
    value = raw.get(key)
    if not isinstance(value, str) or (not empty and not value.strip()):
        raise FormError(f"{where}: {key!r} should be text")
    return value


def _options(raw: object, where: str, high: int) -> tuple[Option, ...]:
    if not isinstance(raw, list) or not raw:
        raise FormError(f"{where}: 'options' should be a list")
    options = []
    for option in raw:
        if not isinstance(option, dict):
            raise FormError(f"{where}: an option is not an object")
        value = option.get("score")
        if isinstance(value, bool) or not isinstance(value, int):
            raise FormError(f"{where}: an option has no whole-number score")
        options.append(Option(value, _text(option, "label", where)))
    if sorted(o.score for o in options) != list(range(high + 1)):
        raise FormError(f"{where}: the answers should score 0 to {high}, once each")
    return tuple(options)


def _form(raw: object) -> Form:
    if not isinstance(raw, dict):
        raise FormError("a form is not an object")
    try:
        instrument = Instrument(raw.get("instrument"))
    except ValueError:
        raise FormError(f"unknown instrument {raw.get('instrument')!r}") from None
    where = instrument.value
    scale = SCALES[instrument]
    recall = _text(raw, "recall", where)
    if recall not in RECALLS:
        raise FormError(f"{where}: 'recall' should be one of {', '.join(RECALLS)}")
    shared = raw.get("options")
    items_raw = raw.get("items")
    if not isinstance(items_raw, list) or len(items_raw) != scale.items:
        raise FormError(f"{where}: there should be {scale.items} items")
    items = []
    for number, item in enumerate(items_raw, 1):
        at = f"{where} item {number}"
        if isinstance(item, str):
            if shared is None:
                raise FormError(f"{at}: no answers for it")
            text, options = item, _options(shared, at, scale.high)
        elif isinstance(item, dict):
            text = _text(item, "text", at)
            options = _options(item.get("options", shared), at, scale.high)
        else:
            raise FormError(f"{at}: should be text or an object")
        if not text.strip():
            raise FormError(f"{at}: no text")
        items.append(Item(number, text, options))
    return Form(
        instrument=instrument,
        name=_text(raw, "name", where),
        source=_text(raw, "source", where),
        notice=_text(raw, "notice", where),
        recall=recall,
        stem=_text(raw, "stem", where, empty=True),
        items=tuple(items),
    )


def parse_forms(text: str) -> dict[Instrument, Form]:
    """Every form in the file, one per instrument; raises FormError naming the problem."""
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise FormError(f"not valid JSON: {exc.msg} at line {exc.lineno}") from None
    if not isinstance(document, dict) or not isinstance(document.get("forms"), list):
        raise FormError("no list of forms")
    forms: dict[Instrument, Form] = {}
    for raw in document["forms"]:
        form = _form(raw)
        if form.instrument in forms:
            raise FormError(f"{form.instrument.value} is there twice")
        forms[form.instrument] = form
    missing = [i.value for i in Instrument if i not in forms]
    if missing:
        raise FormError(f"no form for {', '.join(missing)}")
    return forms
