"""TIMEX3 values turned into the calendar intervals that timelines and TEI need.

The model keeps dates as TIMEX3 values ("1937-12-02", "1937-12", "1937-W49",
"1937-12-02T17:00", "XXXX-11-26" ...). Every view and export needs the same
question answered: *which stretch of the calendar does this value cover?* A
day covers one day, a month the whole month, and an unanchored value
("XXXX-11-26") covers nothing we can place. Answering it once here keeps the
timeline, TimelineJS, GEXF spells and TEI ``@notBefore``/``@notAfter`` in
agreement.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Optional

_FULL = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2})(?::(\d{2}))?(?::\d{2}(?:\.\d+)?)?)?(?:T(MO|AF|EV|NI|DT))?)?)?$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_DECADE = re.compile(r"^(\d{3})X?$")
_CENTURY = re.compile(r"^(\d{2})(?:XX)?$")

# Northern-hemisphere meteorological seasons: a season is read as a window, never a point.
_SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}

#: How each ``date_certainty`` maps onto TEI ``@cert`` (the confidence of the dating, not of the event).
CERT = {"stated": "high", "inherited": "medium", "approximate": "low"}


@dataclass(frozen=True)
class Interval:
    """The calendar stretch a TIMEX3 value covers, both ends inclusive.

    ``start``/``end`` are ISO strings (``YYYY-MM-DD`` or ``YYYY-MM-DDTHH:MM``);
    ``precision`` is ``minute``, ``day``, ``week``, ``month``, ``quarter``,
    ``season``, ``year``, ``decade`` or ``century``; ``parts`` holds the
    year/month/day/hour/minute actually stated (what TimelineJS wants).
    """

    start: str
    end: str
    precision: str
    parts: tuple

    @property
    def is_point(self) -> bool:
        """True when the value names a single day or an instant."""
        return self.precision in ("day", "minute")

    @property
    def start_day(self) -> str:
        return self.start[:10]

    @property
    def end_day(self) -> str:
        return self.end[:10]


def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _span(y: int, m0: int, m1: int) -> tuple[date, date]:
    """Months m0..m1 of year y, where m1 may run into the next year (winter = 12..14)."""
    y1, m1n = (y + 1, m1 - 12) if m1 > 12 else (y, m1)
    return date(y, m0, 1), _month_end(y1, m1n)


def interval(value: Optional[str]) -> Optional[Interval]:
    """The calendar interval of a TIMEX3 value, or None if it cannot be placed.

    Unanchored values (``XXXX-..``), durations (``P..``), references
    (``PRESENT_REF``) and malformed strings all give None: a view should list
    such dates apart rather than guess where they fall.
    """
    if not value or not isinstance(value, str):
        return None
    v = value.strip()
    try:
        m = _FULL.match(v)
        if m:
            y, mo, d, hh, mi, part = m.groups()
            yi = int(y)
            if yi < 1:
                return None
            if d:
                day = date(yi, int(mo), int(d))
                if hh is not None:
                    h, n = int(hh), int(mi or 0)
                    if h > 23 or n > 59:
                        return None
                    iso = f"{day.isoformat()}T{h:02d}:{n:02d}"
                    return Interval(iso, iso, "minute", (yi, int(mo), int(d), h, n))
                return Interval(day.isoformat(), day.isoformat(), "day", (yi, int(mo), int(d)))
            if mo:
                mi_ = int(mo)
                a = date(yi, mi_, 1)
                return Interval(a.isoformat(), _month_end(yi, mi_).isoformat(), "month", (yi, mi_))
            return Interval(f"{yi:04d}-01-01", f"{yi:04d}-12-31", "year", (yi,))
        m = _WEEK.match(v)
        if m:
            a = date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
            return Interval(a.isoformat(), (a + timedelta(days=6)).isoformat(), "week", (a.year, a.month))
        m = _QUARTER.match(v)
        if m:
            y, q = int(m.group(1)), int(m.group(2))
            a, b = _span(y, 3 * q - 2, 3 * q)
            return Interval(a.isoformat(), b.isoformat(), "quarter", (y,))
        m = _HALF.match(v)
        if m:
            y, h = int(m.group(1)), int(m.group(2))
            a, b = _span(y, 6 * h - 5, 6 * h)
            return Interval(a.isoformat(), b.isoformat(), "half", (y,))
        m = _SEASON.match(v)
        if m:
            y = int(m.group(1))
            a, b = _span(y, *_SEASONS[m.group(2)])
            return Interval(a.isoformat(), b.isoformat(), "season", (y,))
        m = _DECADE.match(v)
        if m:
            y = int(m.group(1)) * 10
            if y < 1:
                return None
            return Interval(f"{y:04d}-01-01", f"{y + 9:04d}-12-31", "decade", (y,))
        m = _CENTURY.match(v)
        if m and len(v) in (2, 4):
            y = int(m.group(1)) * 100
            if y < 1:
                return None
            return Interval(f"{y:04d}-01-01", f"{y + 99:04d}-12-31", "century", (y,))
    except ValueError:  # 1937-02-30, week 54 ...
        return None
    return None
