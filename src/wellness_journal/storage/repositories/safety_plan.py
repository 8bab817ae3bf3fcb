"""The safety plan: its row (uid, when it last changed) and its items."""

from __future__ import annotations

from wellness_journal.core.localzone import parse_instant, utc_key
from wellness_journal.core.safety_plan import PlanItem, PlanSection, SafetyPlan, build
from wellness_journal.storage.connection import Database


def get(db: Database) -> SafetyPlan | None:
    row = db.query_one("SELECT uid, updated_at FROM safety_plan WHERE id = 1")
    if row is None:
        return None
    sections: dict[PlanSection, list[PlanItem]] = {s: [] for s in PlanSection}
    for item in db.query(
        "SELECT section, text, contact_uid FROM safety_plan_items ORDER BY section, position"
    ):
        sections[PlanSection(item["section"])].append(
            PlanItem(str(item["text"]), str(item["contact_uid"]))
        )
    return build(str(row["uid"]), parse_instant(str(row["updated_at"])), sections)


def uids(db: Database) -> set[str]:
    return {str(r[0]) for r in db.query("SELECT uid FROM safety_plan")}


def write(db: Database, plan: SafetyPlan) -> None:
    """Store ``plan`` as the journal's plan, touching only the rows that differ (a keystroke in
    one line rewrites that line). Call inside a transaction."""
    db.execute(
        "INSERT INTO safety_plan (id, uid, updated_at) VALUES (1, ?, ?)"
        " ON CONFLICT (id) DO UPDATE SET uid = excluded.uid, updated_at = excluded.updated_at",
        (plan.uid, utc_key(plan.updated_at)),
    )
    stored: dict[tuple[str, int], tuple[str, str]] = {
        (str(r["section"]), int(r["position"])): (str(r["text"]), str(r["contact_uid"]))
        for r in db.query("SELECT section, position, text, contact_uid FROM safety_plan_items")
    }
    wanted: dict[tuple[str, int], tuple[str, str]] = {
        (section.value, position): (item.text, item.contact_uid)
        for section in PlanSection
        for position, item in enumerate(plan.items(section))
    }
    for key in stored.keys() - wanted.keys():
        db.execute("DELETE FROM safety_plan_items WHERE section = ? AND position = ?", key)
    for key, (text, contact) in wanted.items():
        if key not in stored:
            db.execute(
                "INSERT INTO safety_plan_items (section, position, text, contact_uid)"
                " VALUES (?, ?, ?, ?)",
                (*key, text, contact),
            )
        elif stored[key] != (text, contact):
            db.execute(
                "UPDATE safety_plan_items SET text = ?, contact_uid = ?"
                " WHERE section = ? AND position = ?",
                (text, contact, *key),
            )
