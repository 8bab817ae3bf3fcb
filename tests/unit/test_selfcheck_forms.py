"""The questionnaires' wording: read from assets/selfchecks/forms.json, fitting the scoring, and
word for word the owners' official forms (a change to any item or answer fails here)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wellness_journal.core.selfcheck_forms import FormError, parse_forms
from wellness_journal.core.selfchecks import SCALES, Instrument

FORMS_FILE = Path(__file__).resolve().parents[2] / "assets" / "selfchecks" / "forms.json"
TEXT = FORMS_FILE.read_text(encoding="utf-8")
FORMS = parse_forms(TEXT)

# The official wording, copied once from the owners' forms (see each form's "source").
OFFICIAL_ITEMS = {
    Instrument.PHQ9: [
        "Little interest or pleasure in doing things",
        "Feeling down, depressed, or hopeless",
        "Trouble falling or staying asleep, or sleeping too much",
        "Feeling tired or having little energy",
        "Poor appetite or overeating",
        "Feeling bad about yourself — or that you are a failure or have let yourself or your "
        "family down",
        "Trouble concentrating on things, such as reading the newspaper or watching television",
        "Moving or speaking so slowly that other people could have noticed? Or the opposite — "
        "being so fidgety or restless that you have been moving around a lot more than usual",
        "Thoughts that you would be better off dead or of hurting yourself in some way",
    ],
    Instrument.GAD7: [
        "Feeling nervous, anxious or on edge",
        "Not being able to stop or control worrying",
        "Worrying too much about different things",
        "Trouble relaxing",
        "Being so restless that it is hard to sit still",
        "Becoming easily annoyed or irritable",
        "Feeling afraid as if something awful might happen",
    ],
    Instrument.WHO5: [
        "I have felt cheerful and in good spirits",
        "I have felt calm and relaxed",
        "I have felt active and vigorous",
        "I woke up feeling fresh and rested",
        "My daily life has been filled with things that interest me",
    ],
    Instrument.AUDITC: [
        "How often did you have a drink containing alcohol in the past year?",
        "How many drinks containing alcohol did you have on a typical day when you were drinking "
        "in the past year?",
        "How often did you have six or more drinks on one occasion in the past year?",
    ],
}
PCL5_FIRST_AND_LAST = (
    "Repeated, disturbing, and unwanted memories of the stressful experience?",
    "Trouble falling or staying asleep?",
)
PHQ_NOTICE = (
    "Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, "
    "with an educational grant from Pfizer Inc. No permission required to reproduce, "
    "translate, display or distribute."
)


@pytest.mark.parametrize("instrument", list(Instrument))
def test_each_form_fits_its_scoring(instrument):
    form = FORMS[instrument]
    scale = SCALES[instrument]
    assert len(form.items) == scale.items
    for item in form.items:
        assert sorted(o.score for o in item.options) == list(range(scale.high + 1))
    assert form.source
    assert form.notice
    assert form.recall


@pytest.mark.parametrize("instrument", list(OFFICIAL_ITEMS))
def test_items_are_word_for_word(instrument):
    assert [i.text for i in FORMS[instrument].items] == OFFICIAL_ITEMS[instrument]


def test_pcl5_items_and_answers():
    items = FORMS[Instrument.PCL5].items
    assert (items[0].text, items[-1].text) == PCL5_FIRST_AND_LAST
    assert [o.label for o in items[0].options] == [
        "Not at all",
        "A little bit",
        "Moderately",
        "Quite a bit",
        "Extremely",
    ]
    assert FORMS[Instrument.PCL5].stem == "In the past month, how much were you bothered by:"


def test_phq2_is_the_first_two_phq9_questions():
    assert FORMS[Instrument.PHQ2].items == FORMS[Instrument.PHQ9].items[:2]
    assert FORMS[Instrument.PHQ2].stem == FORMS[Instrument.PHQ9].stem


def test_answer_words_and_order():
    phq = [o.label for o in FORMS[Instrument.PHQ9].items[0].options]
    assert phq == ["Not at all", "Several days", "More than half the days", "Nearly every day"]
    who = [(o.score, o.label) for o in FORMS[Instrument.WHO5].items[0].options]
    assert who[0] == (5, "All of the time")
    assert who[-1] == (0, "At no time")
    audit = FORMS[Instrument.AUDITC].items
    assert audit[0].options[0].label == "Never"
    assert audit[1].label_of(3) == "7 to 9"
    assert audit[2].label_of(4) == "Daily or almost daily"


def test_the_phq_notice_is_shown_as_published():
    for instrument in (Instrument.PHQ9, Instrument.PHQ2, Instrument.GAD7):
        assert FORMS[instrument].notice == PHQ_NOTICE


def test_the_recall_period_of_each_form():
    assert {i: FORMS[i].recall for i in Instrument} == {
        Instrument.PHQ9: "2 weeks",
        Instrument.PHQ2: "2 weeks",
        Instrument.GAD7: "2 weeks",
        Instrument.PCL5: "month",
        Instrument.AUDITC: "year",
        Instrument.WHO5: "2 weeks",
    }


def test_no_form_of_an_instrument_that_is_not_free():
    names = json.dumps(json.loads(TEXT)).upper()
    for banned in ("ISI", "PSQI", "PSS-10", "INSOMNIA SEVERITY", "PITTSBURGH", "PERCEIVED STRESS"):
        assert f'"{banned}"' not in names
        assert banned not in {i.value for i in Instrument}


def _broken(change) -> str:  # type: ignore[no-untyped-def]
    document = json.loads(TEXT)
    change(document)
    return json.dumps(document)


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (lambda d: d["forms"][0]["items"].pop(), "9 items"),
        (lambda d: d["forms"][0]["options"].pop(), "0 to 3"),
        (lambda d: d["forms"].pop(), "no form for"),
        (lambda d: d["forms"].append(d["forms"][0]), "twice"),
        (lambda d: d["forms"][0].update(instrument="ISI"), "unknown instrument"),
        (lambda d: d["forms"][3].update(recall="week"), "recall"),
    ],
)
def test_a_broken_forms_file_is_refused(change, problem):
    with pytest.raises(FormError, match=problem):
        parse_forms(_broken(change))
