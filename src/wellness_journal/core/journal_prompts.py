"""The guided prompts the journal offers, in our own words.

None of them asks the user to retell a hard event: after a critical incident, going over the
details again is not what helps (FACTS.md, "After a critical incident"). They ask how the person
is now, what helped, and what they want to keep or set down. Users can edit or hide these and add
their own; the vault stores only their changes.
"""

from __future__ import annotations

from wellness_journal.core.journal import Prompt

DEFAULT_PROMPTS: tuple[Prompt, ...] = (
    Prompt(
        uid="prompt-after-hard-call",
        title="After a hard call",
        text=(
            "There is no need to write what happened. How are you right now, in your body, "
            "your mood, your energy? What would help you settle tonight, and who could you "
            "reach out to?"
        ),
        builtin=True,
        sort_order=0,
    ),
    Prompt(
        uid="prompt-three-good-things",
        title="Three good things",
        text=(
            "Name three things that went well today, big or small. For each one, what part "
            "did you play in it?"
        ),
        builtin=True,
        sort_order=1,
    ),
    Prompt(
        uid="prompt-carrying-today",
        title="What I'm carrying today",
        text=(
            "What are you carrying from today? A few words are enough; no details needed. "
            "How heavy does it feel, and what could lighten it a little?"
        ),
        builtin=True,
        sort_order=2,
    ),
    Prompt(
        uid="prompt-let-go",
        title="What I want to let go of",
        text=(
            "What would you like to set down before you sleep or start your next shift? "
            "What part of it is outside your control?"
        ),
        builtin=True,
        sort_order=3,
    ),
    Prompt(
        uid="prompt-gratitude",
        title="Gratitude",
        text="Who or what are you thankful for today? What did they make easier?",
        builtin=True,
        sort_order=4,
    ),
    Prompt(
        uid="prompt-future-self",
        title="A message to my future self",
        text=(
            "Write a few lines to yourself a month or a year from now. What do you want "
            "them to remember about getting through this stretch?"
        ),
        builtin=True,
        sort_order=5,
    ),
    Prompt(
        uid="prompt-what-helped",
        title="What helped today",
        text=(
            "What helped you get through today: something you did, someone you talked to, "
            "a moment of rest? How could you make room for it again?"
        ),
        builtin=True,
        sort_order=6,
    ),
)
