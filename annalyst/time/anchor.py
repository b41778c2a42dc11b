"""Calendar arithmetic on TIMEX3 values and the anchoring of one candidate against a reference time.

A *reference* is the point in time the story (or the news report) is at: the document date in news mode,
otherwise the last date the narrative moved to. ``resolve`` fills the parts of a value template that the
words leave open ("December 2" → which year; "the next day" → which day) from that reference.
"""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from typing import Optional

_VAL = re.compile(r"^(BC)?(\d{4})(?:-(\d\d)(?:-(\d\d))?)?(T.*|-(?:SP|SU|FA|WI).*)?$")
_WEEK = re.compile(r"^(\d{4})-W(\d\d)")


@dataclass(frozen=True)
class Point:
    """A (possibly coarse) calendar point. BC years are negative."""

    year: int
    month: Optional[int] = None
    day: Optional[int] = None
    rest: str = ""  # "T17:00", "-SP" ...

    def contains(self, other: "Point") -> bool:
        """True when ``other`` lies inside this (coarser or equal) point."""
        if self.year != other.year:
            return False
        if self.month is not None and self.month != other.month:
            return False
        if self.day is not None and self.day != other.day:
            return False
        return True

    @property
    def grain(self) -> int:
        return 3 if self.day else 2 if self.month else 1


def parse(value: Optional[str]) -> Optional[Point]:
    """Point for a calendar value with a known year (``None`` for durations, X-values, *_REF ...)."""
    if not value:
        return None
    m = _VAL.match(value)
    if m:
        y = int(m.group(2))
        if m.group(1):
            y = -y
        month = int(m.group(3)) if m.group(3) else None
        day = int(m.group(4)) if m.group(4) else None
        if month is not None and not 1 <= month <= 12:
            return None
        return Point(y, month, day, m.group(5) or "")
    m = _WEEK.match(value)
    if m:
        try:
            d = _dt.date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
        except ValueError:
            return None
        return Point(d.year, d.month, None)
    return None


def fmt_year(y: int) -> str:
    return f"BC{-y:04d}" if y < 0 else f"{y:04d}"


def _date(p: Point) -> Optional[_dt.date]:
    if p.year < 1 or p.month is None or p.day is None:
        return None
    try:
        return _dt.date(p.year, p.month, p.day)
    except ValueError:
        return None


def _add_months(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


#: A year-less month this many months *behind* the story's month is read as next year's (Dec → Jan).
FORWARD_GAP = 8

def still_before_winter(cur: Point, p: Point) -> bool:
    """``p`` is the winter that a story told by the month runs into next ("in December 1776 they entered
    winter quarters": 1777-WI): naming it does not move the story out of its year."""
    return cur.month is not None and p.month is None and p.rest.startswith("-WI") and p.year == cur.year + 1


def winter_ahead(base: Point) -> bool:
    """A winter named while the story is in the second half of a year is the one that year runs into, and a
    winter is named by the year its January falls in (a story only at the year level stays in it). A story
    in a year's summer or autumn ("mustered in the autumn of 213 BC ... wintered on the coast") runs into it too."""
    return (base.month is not None and base.month >= 7) or base.rest.startswith(("-SU", "-FA"))


_PREFIX = {"year": 4, "month": 7, "day": 10, "week": 8, "decade": 3, "century": 2}


def _ordinal(y: int, m: int, d: int = 15) -> int:
    return y * 372 + m * 31 + d


def pick_year(month: int, day: Optional[int], base: Point, how: str) -> int:
    """Year for a year-less month(-day) seen while the story is at ``base``."""
    y = base.year
    if base.month is None:
        return y
    bd = base.day or 15
    target = (month, day or 15)
    here = (base.month, bd)
    if how == "before":
        return y if target < here else y - 1
    if how == "after":
        return y if target > here else y + 1
    if how in ("news", "lookback"):
        # reports look back more often than ahead, and a day told before the text's first stated date more
        # often falls before it than after: a future reading counts three times as far
        cands = [y - 1, y, y + 1]
        return min(cands, key=lambda yy: abs(_ordinal(yy, *target) - _ordinal(y, *here))
                   * (3 if _ordinal(yy, *target) > _ordinal(y, *here) else 1))
    if how == "nearest":
        cands = [y - 1, y, y + 1]
        return min(cands, key=lambda yy: abs(_ordinal(yy, *target) - _ordinal(y, *here)))
    # forward: stories move forward — a month far "behind" the story's month is next year's
    if base.month - month > FORWARD_GAP:
        return y + 1
    return y


def resolve(template: str, fill: Optional[str], shift, base: Point, pick: str = "forward",
            extra: Optional[dict] = None) -> str:
    """Fill ``template``'s leading X's from ``base`` (moved by ``shift``)."""
    extra = extra or {}
    n, unit = shift if shift else (0, None)
    if fill in ("century", "decade"):
        if n == "X":
            return "XXX" if fill == "decade" else "XX"
        size, width = (100, 2) if fill == "century" else (10, 3)
        k = (abs(base.year) // size) * (-1 if base.year < 0 else 1) + (n if unit == fill else 0)
        return (f"BC{-k:0{width}d}" if k < 0 else f"{k:0{width}d}") + template[width:]
    rest = template[_PREFIX.get(fill, 4):]
    if fill == "year":
        if n == "X":
            return "XXXX" + rest
        if unit == "year" and n:
            return fmt_year(base.year + n) + rest
        m = re.match(r"^-(\d\d)(?:-(\d\d))?", rest)
        if m and not shift:
            return fmt_year(pick_year(int(m.group(1)), int(m.group(2)) if m.group(2) else None, base, pick)) + rest
        if rest.startswith("-WI") and not shift and pick != "news" and winter_ahead(base):
            return fmt_year(base.year + 1) + rest  # the winter a story reaches late in 1777 is 1777–78: 1778-WI
        return fmt_year(base.year) + rest
    if fill == "month":
        if base.month is None:
            return fmt_year(base.year) + "-XX" + rest
        if n == "X":
            return fmt_year(base.year) + "-XX" + rest
        y, mo = _add_months(base.year, base.month, n if unit == "month" else 0)
        return f"{fmt_year(y)}-{mo:02d}{rest}"
    if fill == "week":
        d = _date(base)
        if d is None or n == "X":
            return fmt_year(base.year) + "-WXX" + rest
        try:
            d = d + _dt.timedelta(weeks=n)
        except OverflowError:  # "482913 weeks later": past any calendar the text could mean
            return "XXXX-WXX" + rest
        iso = d.isocalendar()
        return f"{iso[0]:04d}-W{iso[1]:02d}{rest}"
    if fill == "day":
        d = _date(base)
        if d is None or n == "X":
            if base.month is None:
                return fmt_year(base.year) + "-XX-XX" + rest
            return f"{fmt_year(base.year)}-{base.month:02d}-XX{rest}"
        try:
            if "weekday" in extra:
                d = _weekday(d, extra["weekday"], extra.get("dir", ""), extra.get("news", False))
            elif unit == "day":
                d = d + _dt.timedelta(days=n)
            elif unit == "week":
                d = d + _dt.timedelta(weeks=n)
        except OverflowError:  # "482913 days later": past any calendar the text could mean
            return "XXXX-XX-XX" + rest
        return f"{d.year:04d}-{d.month:02d}-{d.day:02d}{rest}"
    return template


def _weekday(d: _dt.date, wd: int, direction: str, news: bool) -> _dt.date:
    delta = wd - d.isoweekday()
    if direction == "next":
        return d + _dt.timedelta(days=delta if delta > 0 else delta + 7)
    if direction == "last" or news:
        if direction == "last" and delta >= 0:
            delta -= 7
        elif delta > 0:
            delta -= 7
        return d + _dt.timedelta(days=delta)
    return d + _dt.timedelta(days=delta if delta >= 0 else delta + 7)
