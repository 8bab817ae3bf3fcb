"""The summary's sections for exercises and what helped, My plan, and the journal entries picked
one by one."""

from __future__ import annotations

from wellness_journal.core.coping import CopingSession, Outcome
from wellness_journal.core.helps import what_helps
from wellness_journal.core.plan_goals import Goal, GoalKind, WeekProgress
from wellness_journal.core.trend_data import ExerciseRatings
from wellness_journal.reports import report_charts
from wellness_journal.reports.blocks import Block, Facts, Heading, Para, Table, Text
from wellness_journal.services import report_words as w
from wellness_journal.services.report_data import ReportSource
from wellness_journal.services.report_format import Words


def _ratings(sessions: list[CopingSession], exercise_id: str) -> ExerciseRatings:
    mine = [s for s in sessions if s.exercise_id == exercise_id]
    rated = [s for s in mine if s.suds_before is not None and s.suds_after is not None]
    before = sum(s.suds_before or 0 for s in rated) / len(rated) if rated else None
    after = sum(s.suds_after or 0 for s in rated) / len(rated) if rated else None
    return ExerciseRatings(exercise_id, len(mine), len(rated), before, after)


def exercises(src: ReportSource, words: Words) -> list[Block]:
    sessions = src.sessions()
    if not sessions:
        return [Para(words(w.NOTHING))]
    days = {s.started_at.astimezone(src.zone).date() for s in sessions}
    finished = sum(1 for s in sessions if s.outcome is Outcome.COMPLETED)
    total = sum(max(0, s.seconds_done) for s in sessions) / 60.0
    blocks: list[Block] = [
        Facts(
            (
                (
                    words(w.SESSIONS),
                    words(w.SESSIONS_VALUE).format(
                        len(sessions),
                        len(days),
                        words.duration(total),
                        finished,
                        len(sessions) - finished,
                    ),
                ),
            )
        )
    ]
    helps = what_helps(sessions)
    ratings = {r.exercise_id: _ratings(sessions, r.exercise_id) for r in helps}
    rows = []
    for r in helps:
        rating = ratings[r.exercise_id]
        rows.append(
            (
                words.exercise(r.exercise_id),
                str(r.times_used),
                str(r.completed),
                words.number(r.minutes, 0),
                str(r.rated),
                words(w.NOT_RATED) if rating.before is None else words.number(rating.before),
                words(w.NOT_RATED) if rating.after is None else words.number(rating.after),
                words(w.NOT_RATED)
                if r.average_change is None
                else f"{r.average_change:+.1f}".replace("-", "−"),
            )
        )
    blocks.append(
        Table(
            (
                words(w.EXERCISE),
                words(w.SESSIONS),
                words(w.FINISHED),
                words(w.MINUTES),
                words(w.RATED),
                words(w.BEFORE),
                words(w.AFTER_EXERCISE),
                words(w.CHANGE),
            ),
            tuple(rows),
            align="lrrrrrrr",
            widths=(30, 10, 10, 10, 9, 10, 10, 11),
        )
    )
    blocks.append(Para(words(w.HELPS_NOTE), muted=True))
    charted = [r for r in ratings.values() if r.before is not None and r.after is not None]
    if charted:
        blocks.append(report_charts.ratings(charted, words))
    if src.request.notes:
        kept = [s for s in sessions if s.note.strip()]
        if kept:
            blocks += [
                Heading(words(w.SESSION_NOTES)),
                Table(
                    (words(w.DATE), words(w.EXERCISE), words(w.NOTE)),
                    tuple(
                        (
                            words.day(s.started_at.astimezone(src.zone).date()),
                            words.exercise(s.exercise_id),
                            s.note,
                        )
                        for s in kept
                    ),
                    widths=(16, 24, 60),
                ),
            ]
    return blocks


def counted_from(goal: Goal, words: Words) -> str:
    """How a goal is counted, its aim and its days, in a few words."""
    kind = goal.kind
    if kind is GoalKind.EXERCISE:
        name = words.exercise(goal.exercise_id)
        how = (
            words(w.COUNTED_BY["exercise_minutes"]).format(name, goal.minutes)
            if goal.minutes
            else words(w.COUNTED_BY["exercise"]).format(name)
        )
    elif kind is GoalKind.SLEEP_WINDOW:
        how = words(w.COUNTED_BY["sleep_window"]).format(goal.window_start, goal.window_end)
    else:
        how = words(w.COUNTED_BY[kind.value])
    if kind is GoalKind.SLEEP_WINDOW:
        aim = words(w.WINDOW_DAYS[goal.window_days.value])
    elif goal.per_week >= 7:
        aim = words(w.AIM_DAILY)
    elif goal.per_week == 1:
        aim = words(w.AIM_ONE)
    else:
        aim = words(w.AIM).format(goal.per_week)
    if goal.ends_on is not None:
        when = words(w.UNTIL).format(words.day_month(goal.starts_on), words.day_month(goal.ends_on))
    else:
        when = words(w.SINCE).format(words.day_month(goal.starts_on))
    return f"{how}; {aim}; {when}"


def _week(p: WeekProgress, words: Words) -> str:
    day = words.day_month(p.first_day)
    if p.aim == 0:
        return words(w.WEEK_NONE).format(day)
    if p.done > p.aim:
        return words(w.WEEK_MORE).format(day, p.done, p.aim)
    return words(w.WEEK_VALUE).format(day, p.done, p.aim)


def plan(src: ReportSource, words: Words) -> list[Block]:
    """One short block a goal (a table row this tall could break across a page)."""
    found = src.plan.weeks(src.period.first, src.period.last)
    if not found:
        return [Para(words(w.NO_GOALS))]
    blocks: list[Block] = [Para(words(w.PLAN_HOW), muted=True)]
    for goal, weeks in found:
        done = sum(min(p.done, p.aim) for p in weeks)  # a week counts up to its aim
        aim = sum(p.aim for p in weeks)
        blocks += [
            Heading(goal.text),
            Para(counted_from(goal, words), muted=True),
            Facts(
                (
                    (words(w.IN_ALL), words(w.OF_DAYS).format(done, aim)),
                    (words(w.WEEKS), "; ".join(_week(p, words) for p in weeks)),
                )
            ),
        ]
    return blocks


def journal(src: ReportSource, words: Words) -> list[Block]:
    blocks: list[Block] = [Para(words(w.JOURNAL_HOW), muted=True)]
    for entry in src.journal_entries():
        moment = entry.written_at
        head = f"{words.day(moment.date())} {moment.year}, {words.clock(moment)}"
        blocks.append(Heading(f"{head} · {entry.title.strip() or words(w.UNTITLED)}"))
        about = []
        if entry.mood is not None:
            about.append(words(w.ENTRY_MOOD).format(words.mood(entry.mood)))
        if entry.tags:
            about.append(words(w.TAGS).format(", ".join(entry.tags)))
        if about:
            blocks.append(Para(" · ".join(about), muted=True))
        if entry.body.strip():
            blocks.append(Text(entry.body.strip()))
    return blocks
