"""When the support-now panel is offered (core.support_now)."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from wellness_journal.core.incidents import FollowUp, Step
from wellness_journal.core.stress import StressEntry
from wellness_journal.core.support_now import Reason, follow_up_reasons, stress_reason

AT = datetime(2025, 3, 1, 12, 0, tzinfo=timezone.utc)


@pytest.mark.parametrize(("suds", "offered"), [(0, False), (8, False), (9, True), (10, True)])
def test_a_stress_entry_of_9_or_10_offers_it(suds, offered):
    reason = stress_reason(StressEntry(None, "", AT, suds))
    assert (reason is Reason.STRESS_HIGH) is offered


def follow_up(step: Step, answers: tuple[int, ...], talk: str = "") -> FollowUp:
    return FollowUp(None, "", "incident", step, AT, *answers, talk=talk)


@pytest.mark.parametrize("step", list(Step))
def test_high_answers_offer_it_at_any_step(step):
    assert follow_up_reasons(follow_up(step, (0, 3, 0, 0, 0))) == [Reason.FOLLOW_UP_HIGH]
    assert follow_up_reasons(follow_up(step, (2, 2, 2, 2, 2))) == [Reason.FOLLOW_UP_HIGH]
    assert follow_up_reasons(follow_up(step, (2, 2, 2, 2, 1))) == []


@pytest.mark.parametrize(("talk", "offered"), [("yes", True), ("maybe", True), ("no", False)])
def test_maybe_or_yes_to_talking_offers_it_first(talk, offered):
    low = follow_up(Step.DAY3, (1, 1, 1, 1, 1), talk)
    assert (follow_up_reasons(low) == [Reason.FOLLOW_UP_TALK]) is offered
    high = follow_up(Step.DAY3, (4, 4, 4, 4, 4), talk)
    expected = (
        [Reason.FOLLOW_UP_TALK, Reason.FOLLOW_UP_HIGH] if offered else [Reason.FOLLOW_UP_HIGH]
    )
    assert follow_up_reasons(high) == expected
