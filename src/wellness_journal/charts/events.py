"""Stress log entries and critical incidents on one timeline, and below it the scores of the
check-ins after each incident (the five answers added up, 0 to 20: lower means fewer reactions)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from wellness_journal.charts.guides import legend, side_label, time_axis
from wellness_journal.charts.style import (
    Chart,
    ChartTheme,
    Hover,
    Margins,
    day_number,
    new_figure,
    style_axes,
    text_width,
)
from wellness_journal.core.trend_data import FOLLOW_UP_MAX, Events
from wellness_journal.core.trends import MONTHLY_DAYS, Period

MAX_NAMED = 5  # more incidents in view than this: marks only, the hover names them


def build(
    events: Events,
    period: Period,
    theme: ChartTheme,
    labels: Mapping[str, str],
    incident_names: Sequence[str],
    *,
    width: float = 8.0,
    height: float = 4.6,
) -> Chart:
    """``labels``: "stress" (top panel), "after" (bottom panel), "entries", "incident".
    ``incident_names``: a short name for each of ``events.incidents``, in the same order."""
    from matplotlib.lines import Line2D

    with_scores = bool(events.follow_ups)
    fig = new_figure(theme, width, height if with_scores else height * 0.62)
    names = [labels["stress"], labels["after"] if with_scores else ""]
    chart = Chart(
        fig,
        margins=Margins(left=max(text_width(n) for n in names) + 0.5, top=0.5, hspace=0.3),
    )
    if with_scores:
        top, bottom = fig.subplots(2, 1, height_ratios=[1.0, 0.8])
        panels = [top, bottom]
    else:
        top = fig.add_subplot()
        bottom = None
        panels = [top]
    palette = theme.incidents

    style_axes(top, theme)
    xs = [day_number(d.day) for d in events.stress]
    highest = [float(d.highest) for d in events.stress]
    if period.days <= MONTHLY_DAYS:  # past two years the stems only fill the panel in
        top.vlines(xs, 0, highest, color=theme.stress, linewidth=1.6, alpha=0.55)
    top.plot(
        xs,
        highest,
        linestyle="none",
        marker="o",
        markersize=5.5 if period.days <= 400 else 3.5,
        color=theme.stress,
        markeredgewidth=0,
    )
    top.set_ylim(0, 11.2)
    top.set_yticks([0, 5, 10])
    side_label(top, labels["stress"], theme, gap=22)
    chart.hovers.append(Hover(top, "stress", xs, highest, match="x"))

    shown = [(i, m) for i, m in enumerate(events.incidents) if m.day in period]
    name_them = len(shown) <= MAX_NAMED
    incident_xs = [day_number(m.day) for _, m in shown]
    incident_colors = [palette[i % len(palette)] for i, _ in shown]
    for ax in panels:  # one collection per panel: years hold dozens of incidents
        ax.vlines(
            incident_xs,
            0,
            1,
            transform=ax.get_xaxis_transform(),
            colors=incident_colors,
            linewidth=1.5,
            linestyles=[(0, (4, 2))],
        )
    for i, mark in shown:
        x = day_number(mark.day)
        if name_them:
            top.annotate(
                incident_names[i],
                (x, 11.2),
                xytext=(4, -2),
                textcoords="offset points",
                ha="left",
                va="top",
                fontsize=9.5,
                color=theme.text,
            )
    chart.hovers.append(Hover(top, "incident", incident_xs, [10.5] * len(shown)))

    if bottom is not None:
        style_axes(bottom, theme)
        from matplotlib.collections import LineCollection

        order = {m.uid: i for i, m in enumerate(events.incidents)}
        lines, line_colors = [], []
        for uid in dict.fromkeys(f.incident_uid for f in events.follow_ups):
            scores = [f for f in events.follow_ups if f.incident_uid == uid]
            lines.append([(day_number(f.day), float(f.total)) for f in scores])
            line_colors.append(palette[order.get(uid, 0) % len(palette)])
        bottom.add_collection(
            LineCollection(lines, colors=line_colors, linewidths=1.8), autolim=False
        )
        all_x = [day_number(f.day) for f in events.follow_ups]
        all_y = [float(f.total) for f in events.follow_ups]
        bottom.scatter(
            all_x,
            all_y,
            s=38,
            c=[palette[order.get(f.incident_uid, 0) % len(palette)] for f in events.follow_ups],
            zorder=3,
            linewidths=0,
        )
        chart.hovers.append(Hover(bottom, "follow_up", all_x, all_y))
        bottom.set_ylim(-0.5, FOLLOW_UP_MAX + 0.5)
        bottom.set_yticks([0, 10, 20])
        side_label(bottom, labels["after"], theme, gap=22)
    time_axis(panels, period.first, period.last)
    stems = period.days <= MONTHLY_DAYS
    handles = [
        Line2D(
            [],
            [],
            marker="o",
            markersize=6,
            color=theme.stress,
            linewidth=1.6,
            linestyle="-" if stems else "none",
        )
    ]
    keys = [labels["entries"]]
    if labels["incident"]:  # "" (the summary's stress chart): no incidents, so no key for them
        handles.append(
            Line2D(
                [], [], color=(incident_colors or palette)[0], linewidth=1.5, linestyle=(0, (4, 2))
            )
        )
        keys.append(labels["incident"])
    legend(top, theme, handles, keys)
    chart.fit()
    return chart
