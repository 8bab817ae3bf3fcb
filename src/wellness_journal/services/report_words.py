"""Words of the summary for a counselor, shared by the window and the command line.

No Qt here. Each text is marked ``QT_TRANSLATE_NOOP("report", ...)`` for Qt's translation tools;
the window passes ``tr`` (``QCoreApplication.translate`` in context "report"), the command line
prints them as written. ``report_format.Words`` writes dates, figures and the lists' items.
"""

from __future__ import annotations

from wellness_journal.services.messages import QT_TRANSLATE_NOOP

# -- the sections, as the dialog and the command line name them -----------------------------------
SECTION_TITLES = {
    "checkins": QT_TRANSLATE_NOOP("report", "Check-ins: mood, stress and energy"),
    "sleep": QT_TRANSLATE_NOOP("report", "Sleep diary"),
    "stress": QT_TRANSLATE_NOOP("report", "Stress log"),
    "incidents": QT_TRANSLATE_NOOP("report", "Critical incidents and the check-ins after them"),
    "exercises": QT_TRANSLATE_NOOP("report", "Exercises and what helped"),
    "self-checks": QT_TRANSLATE_NOOP("report", "Self-checks"),
    "plan": QT_TRANSLATE_NOOP("report", "My plan"),
    "journal": QT_TRANSLATE_NOOP("report", "Journal entries I chose to share"),
}

TITLE = QT_TRANSLATE_NOOP("report", "Wellness Journal summary")
NOT_A_RECORD = QT_TRANSLATE_NOOP("report", "Prepared by the user; not a medical record")
PERIOD = QT_TRANSLATE_NOOP("report", "{0} to {1} ({2} days)")
PERIOD_SHORT = QT_TRANSLATE_NOOP("report", "{0} to {1}")
INTRO = QT_TRANSLATE_NOOP(
    "report",
    "This summary was made by the person who keeps this journal, from their own entries, to "
    "bring to a conversation with a counselor or peer supporter. It is not a medical record, "
    "and nothing in it is a diagnosis.",
)
MADE = QT_TRANSLATE_NOOP("report", "Made on {0} with Wellness Journal {1}.")
INCLUDED = QT_TRANSLATE_NOOP("report", "What it holds: {0}.")
NO_NOTES = QT_TRANSLATE_NOOP(
    "report", "Notes written in these logs are left out; the person chose what is here."
)
WITH_NOTES = QT_TRANSLATE_NOOP(
    "report", "The person chose to include the notes they wrote in these logs."
)
PAGE = QT_TRANSLATE_NOOP("report", "Page {0} of {1}")
WARNING = QT_TRANSLATE_NOOP(
    "report",
    "The summary is NOT encrypted: anyone who finds the file or the paper can read it. Keep it "
    "somewhere private, hand it over yourself, and delete the file when you no longer need it.",
)
NOTHING = QT_TRANSLATE_NOOP("report", "Nothing was logged in these days.")
AVERAGE = QT_TRANSLATE_NOOP("report", "Average")
NOT_RATED = QT_TRANSLATE_NOOP("report", "–")
HOURS_MINUTES = QT_TRANSLATE_NOOP("report", "{0} h {1:02d} min")
MINUTES_ONLY = QT_TRANSLATE_NOOP("report", "{0} min")

# -- check-ins -------------------------------------------------------------------------------------
CHECKIN_DAYS = QT_TRANSLATE_NOOP("report", "Days checked in")
OF_DAYS = QT_TRANSLATE_NOOP("report", "{0} of {1}")
MOOD_SCALE = QT_TRANSLATE_NOOP("report", "Mood (1 very low – 5 very good)")
STRESS_SCALE = QT_TRANSLATE_NOOP("report", "Stress (0 calm – 10 worst)")
ENERGY_SCALE = QT_TRANSLATE_NOOP("report", "Energy (0 none – 10 full)")
AVERAGE_RANGE = QT_TRANSLATE_NOOP("report", "average {0}, lowest {1}, highest {2}")
HALVES = QT_TRANSLATE_NOOP("report", "; first half {0}, second half {1}")
DATE = QT_TRANSLATE_NOOP("report", "Date")
SHIFT = QT_TRANSLATE_NOOP("report", "Shift")
MOOD = QT_TRANSLATE_NOOP("report", "Mood")
STRESS = QT_TRANSLATE_NOOP("report", "Stress")
ENERGY = QT_TRANSLATE_NOOP("report", "Energy")
NOTE = QT_TRANSLATE_NOOP("report", "Note")
DAILY = QT_TRANSLATE_NOOP("report", "Each day's rating")
WEEK_AVERAGE = QT_TRANSLATE_NOOP("report", "7-day average")
MOODS = (
    QT_TRANSLATE_NOOP("report", "very low"),
    QT_TRANSLATE_NOOP("report", "low"),
    QT_TRANSLATE_NOOP("report", "okay"),
    QT_TRANSLATE_NOOP("report", "good"),
    QT_TRANSLATE_NOOP("report", "very good"),
)

# -- sleep -----------------------------------------------------------------------------------------
SLEEP_HOW = QT_TRANSLATE_NOOP(
    "report",
    "Figures follow the Consensus Sleep Diary (Carney et al., 2012). TIB, time in bed: into bed "
    "to out of bed. SOL: minutes to fall asleep. WASO: minutes awake after first falling asleep. "
    "TST, total sleep time: TIB less SOL, WASO, the time in bed before trying to sleep and after "
    "the final awakening. SE, sleep efficiency: TST as a share of TIB. A sleep day is the day "
    "of the final awakening, so day sleep after a night shift counts for that day.",
)
NIGHTS = QT_TRANSLATE_NOOP("report", "Main sleeps logged")
NAPS = QT_TRANSLATE_NOOP("report", "Naps logged")
AVG_TIB = QT_TRANSLATE_NOOP("report", "Average time in bed (TIB)")
AVG_TST = QT_TRANSLATE_NOOP("report", "Average total sleep (TST)")
AVG_SOL = QT_TRANSLATE_NOOP("report", "Average minutes to fall asleep (SOL)")
AVG_WASO = QT_TRANSLATE_NOOP("report", "Average minutes awake in the night (WASO)")
AVG_SE = QT_TRANSLATE_NOOP("report", "Sleep efficiency (SE), all sleep over all time in bed")
PER_DAY = QT_TRANSLATE_NOOP("report", "Sleep per sleep day, naps included")
PER_DAY_VALUE = QT_TRANSLATE_NOOP("report", "{0} on average; 7 hours or more on {1} of {2} days")
AVG_QUALITY = QT_TRANSLATE_NOOP("report", "Average quality (1 very poor – 5 very good)")
MAIN_SLEEPS_NOTE = QT_TRANSLATE_NOOP(
    "report",
    "The last row averages the main sleeps (TIB, TST, SOL, WASO, and SE as their total sleep over "
    "their time in bed); naps are listed but not in it.",
)
BY_SHIFT = QT_TRANSLATE_NOOP("report", "Sleep by shift")
BY_SHIFT_NOTE = QT_TRANSLATE_NOOP(
    "report", "The shift noted in that day's check-in; days with no shift noted are left out."
)
DAYS = QT_TRANSLATE_NOOP("report", "Days")
SLEEP_PER_DAY = QT_TRANSLATE_NOOP("report", "Average sleep a day")
EACH_SLEEP = QT_TRANSLATE_NOOP("report", "Each sleep")
SLEEP_DAY = QT_TRANSLATE_NOOP("report", "Sleep day")
KIND = QT_TRANSLATE_NOOP("report", "Kind")
MAIN = QT_TRANSLATE_NOOP("report", "Main")
NAP = QT_TRANSLATE_NOOP("report", "Nap")
INTO_BED = QT_TRANSLATE_NOOP("report", "Bed")
TRIED = QT_TRANSLATE_NOOP("report", "Tried")
WOKE = QT_TRANSLATE_NOOP("report", "Woke")
OUT_OF_BED = QT_TRANSLATE_NOOP("report", "Up")
AWAKENINGS = QT_TRANSLATE_NOOP("report", "Wakes")
QUALITY = QT_TRANSLATE_NOOP("report", "Qual.")
SLEEP_COLUMNS_NOTE = QT_TRANSLATE_NOOP(
    "report",
    "Bed: into bed. Tried: tried to sleep. Woke: final awakening. Up: out of bed. TIB and TST in "
    "hours:minutes, SOL and WASO in minutes. Wakes: awakenings in the night. Qual.: quality 1–5.",
)
HOURS_ASLEEP = QT_TRANSLATE_NOOP("report", "Hours\nasleep")
MAIN_SLEEP = QT_TRANSLATE_NOOP("report", "Main sleep")
NAPS_LEGEND = QT_TRANSLATE_NOOP("report", "Naps")
SEVEN_HOURS = QT_TRANSLATE_NOOP("report", "7 hours")
EFFICIENCY = QT_TRANSLATE_NOOP("report", "Efficiency")

# -- stress ------------------------------------------------------------------------------------------
ENTRIES = QT_TRANSLATE_NOOP("report", "Entries")
ENTRIES_VALUE = QT_TRANSLATE_NOOP("report", "{0} on {1} days")
RATING = QT_TRANSLATE_NOOP("report", "Rating (0 calm – 10 worst)")
RATING_VALUE = QT_TRANSLATE_NOOP("report", "average {0}, highest {1}; {2} rated 7 or more")
COMMON_TRIGGERS = QT_TRANSLATE_NOOP("report", "What set it off most often")
COMMON_SIGNS = QT_TRANSLATE_NOOP("report", "Where it was felt most often")
TIMES = QT_TRANSLATE_NOOP("report", "{0} ({1})")
NONE_NOTED = QT_TRANSLATE_NOOP("report", "none noted")
TIME = QT_TRANSLATE_NOOP("report", "Time")
SUDS = QT_TRANSLATE_NOOP("report", "Rating")
AFTER = QT_TRANSLATE_NOOP("report", "Later")
TRIGGERS = QT_TRANSLATE_NOOP("report", "What set it off")
BODY = QT_TRANSLATE_NOOP("report", "Felt in the body")
HELPED = QT_TRANSLATE_NOOP("report", "What helped")
STRESS_COLUMNS_NOTE = QT_TRANSLATE_NOOP(
    "report",
    "Rating: how stressful it felt, 0 calm to 10 the worst imaginable. Later: rated again.",
)
HIGHEST_A_DAY = QT_TRANSLATE_NOOP("report", "Highest\nrating\na day")

# -- incidents -------------------------------------------------------------------------------------
INCIDENTS_HOW = QT_TRANSLATE_NOOP(
    "report",
    "After a critical incident the app offers short check-ins at day 3, week 1, week 4 and "
    "week 12: five questions on sleep, unwanted memories, avoiding reminders, irritability and "
    "low mood, each 0 (not at all) to 4 (a lot), 20 at most. It is self-monitoring, not a "
    "retelling and not a diagnosis.",
)
INCIDENTS_LOGGED = QT_TRANSLATE_NOOP("report", "Incidents recorded")
CATEGORY = QT_TRANSLATE_NOOP("report", "What happened")
ROLE = QT_TRANSLATE_NOOP("report", "Role")
FOLLOW_UPS = QT_TRANSLATE_NOOP("report", "Check-ins after an incident")
INCIDENT = QT_TRANSLATE_NOOP("report", "Incident")
CHECK_IN = QT_TRANSLATE_NOOP("report", "Check-in")
DONE_ON = QT_TRANSLATE_NOOP("report", "Done")
Q_SLEEP = QT_TRANSLATE_NOOP("report", "Sleep")
Q_INTRUSIVE = QT_TRANSLATE_NOOP("report", "Mem.")
Q_AVOIDANCE = QT_TRANSLATE_NOOP("report", "Avoid")
Q_IRRITABILITY = QT_TRANSLATE_NOOP("report", "Irrit.")
Q_MOOD = QT_TRANSLATE_NOOP("report", "Low")
TOTAL = QT_TRANSLATE_NOOP("report", "Total")
TALK = QT_TRANSLATE_NOOP("report", "Talk?")
FOLLOW_UP_COLUMNS_NOTE = QT_TRANSLATE_NOOP(
    "report",
    "Sleep: trouble sleeping. Mem.: unwanted memories. Avoid: avoiding reminders. Irrit.: "
    "irritable or on edge. Low: low mood. Total out of 20. Talk?: would like to talk to "
    "someone about it.",
)
NO_FOLLOW_UPS = QT_TRANSLATE_NOOP(
    "report", "No check-ins after an incident were done in these days."
)
STEPS = {
    "day3": QT_TRANSLATE_NOOP("report", "day 3"),
    "week1": QT_TRANSLATE_NOOP("report", "week 1"),
    "week4": QT_TRANSLATE_NOOP("report", "week 4"),
    "week12": QT_TRANSLATE_NOOP("report", "week 12"),
}
TALK_ANSWERS = {
    "yes": QT_TRANSLATE_NOOP("report", "yes"),
    "maybe": QT_TRANSLATE_NOOP("report", "maybe"),
    "no": QT_TRANSLATE_NOOP("report", "no"),
}

# -- exercises -------------------------------------------------------------------------------------
SESSIONS = QT_TRANSLATE_NOOP("report", "Sessions")
SESSIONS_VALUE = QT_TRANSLATE_NOOP(
    "report", "{0} on {1} days, {2} in all; {3} finished, {4} stopped early"
)
EXERCISE = QT_TRANSLATE_NOOP("report", "Exercise")
FINISHED = QT_TRANSLATE_NOOP("report", "Finished")
MINUTES = QT_TRANSLATE_NOOP("report", "Minutes")
RATED = QT_TRANSLATE_NOOP("report", "Rated")
BEFORE = QT_TRANSLATE_NOOP("report", "Before")
AFTER_EXERCISE = QT_TRANSLATE_NOOP("report", "After")
CHANGE = QT_TRANSLATE_NOOP("report", "Change")
HELPS_NOTE = QT_TRANSLATE_NOOP(
    "report",
    "Before and after: average stress rating (0–10) over the sessions rated both times. A "
    "change is shown from 3 such sessions on.",
)
STRESS_BEFORE = QT_TRANSLATE_NOOP("report", "Stress before")
STRESS_AFTER = QT_TRANSLATE_NOOP("report", "Stress after")
STRESS_AXIS = QT_TRANSLATE_NOOP("report", "Average stress rating, 0–10")
SESSION_NOTES = QT_TRANSLATE_NOOP("report", "Notes kept after an exercise")
ANY_EXERCISE = QT_TRANSLATE_NOOP("report", "any exercise")

# -- self-checks -----------------------------------------------------------------------------------
SELF_CHECKS_HOW = QT_TRANSLATE_NOOP(
    "report",
    "Questionnaires the person filled in, scored as their owners publish them; the band is where "
    "the score falls in the published ranges or against the published cut-off. A self-check is "
    "not a diagnosis.",
)
SELF_CHECK = QT_TRANSLATE_NOOP("report", "Self-check")
SCORE = QT_TRANSLATE_NOOP("report", "Score")
BAND = QT_TRANSLATE_NOOP("report", "Band")
SCORE_OF = QT_TRANSLATE_NOOP("report", "{0} of {1}")
NOT_SCORED = QT_TRANSLATE_NOOP("report", "not scored: a question was skipped")
BANDS = {
    "minimal": QT_TRANSLATE_NOOP("report", "minimal"),
    "mild": QT_TRANSLATE_NOOP("report", "mild"),
    "moderate": QT_TRANSLATE_NOOP("report", "moderate"),
    "moderately severe": QT_TRANSLATE_NOOP("report", "moderately severe"),
    "severe": QT_TRANSLATE_NOOP("report", "severe"),
    "below the cut-off": QT_TRANSLATE_NOOP("report", "below the cut-off"),
    "at or above the cut-off": QT_TRANSLATE_NOOP("report", "at or above the cut-off"),
    "below 31": QT_TRANSLATE_NOOP("report", "below 31"),
    "31 to 33": QT_TRANSLATE_NOOP("report", "31 to 33"),
    "above 33": QT_TRANSLATE_NOOP("report", "above 33"),
    "below both cut-offs": QT_TRANSLATE_NOOP("report", "below both cut-offs"),
    "at the cut-off for women, below the one for men": QT_TRANSLATE_NOOP(
        "report", "at the cut-off for women, below the one for men"
    ),
    "at or above both cut-offs": QT_TRANSLATE_NOOP("report", "at or above both cut-offs"),
    "50 or below": QT_TRANSLATE_NOOP("report", "50 or below"),
    "above 50": QT_TRANSLATE_NOOP("report", "above 50"),
}

# -- my plan -----------------------------------------------------------------------------------------
PLAN_HOW = QT_TRANSLATE_NOOP(
    "report",
    "Goals the person set, often with a counselor. Each is counted from what was logged, or "
    "ticked by hand, week by week (weeks start on Monday).",
)
WEEKS = QT_TRANSLATE_NOOP("report", "Each week (from its Monday)")
WEEK_VALUE = QT_TRANSLATE_NOOP("report", "{0}: {1} of {2}")
WEEK_MORE = QT_TRANSLATE_NOOP("report", "{0}: {1} (aim {2})")
WEEK_NONE = QT_TRANSLATE_NOOP("report", "{0}: no such days")
IN_ALL = QT_TRANSLATE_NOOP("report", "Days done, in all")
NO_GOALS = QT_TRANSLATE_NOOP("report", "No goals were set for these days.")
COUNTED_BY = {
    "exercise": QT_TRANSLATE_NOOP("report", "exercise sessions: {0}"),
    "exercise_minutes": QT_TRANSLATE_NOOP(
        "report", "exercise sessions: {0}, {1} min or more a day"
    ),
    "sleep_diary": QT_TRANSLATE_NOOP("report", "sleep diary: a main sleep logged"),
    "sleep_window": QT_TRANSLATE_NOOP("report", "sleep diary: in bed {0}–{1} (±30 min)"),
    "checkin": QT_TRANSLATE_NOOP("report", "check-ins"),
    "by_hand": QT_TRANSLATE_NOOP("report", "ticked by hand"),
}
WINDOW_DAYS = {
    "all": QT_TRANSLATE_NOOP("report", "every day"),
    "off": QT_TRANSLATE_NOOP("report", "days off"),
    "work": QT_TRANSLATE_NOOP("report", "work days"),
}
AIM = QT_TRANSLATE_NOOP("report", "{0} days a week")
AIM_ONE = QT_TRANSLATE_NOOP("report", "once a week")
AIM_DAILY = QT_TRANSLATE_NOOP("report", "every day")
UNTIL = QT_TRANSLATE_NOOP("report", "from {0} to {1}")
SINCE = QT_TRANSLATE_NOOP("report", "since {0}")

# -- journal -----------------------------------------------------------------------------------------
JOURNAL_HOW = QT_TRANSLATE_NOOP(
    "report",
    "The person picked these entries one by one to share; the rest of the journal is not here.",
)
TAGS = QT_TRANSLATE_NOOP("report", "Tags: {0}")
ENTRY_MOOD = QT_TRANSLATE_NOOP("report", "Mood: {0}")
UNTITLED = QT_TRANSLATE_NOOP("report", "Untitled entry")
