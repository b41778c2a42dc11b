"""Turn a rule match into a candidate: span, type and a *value template* still to be anchored.

Normalisation is split in two on purpose: here we only read what the words say ("December 2" →
``XXXX-12-02`` with the year to be filled; "the next day" → the story's day plus one). Which year or day
that is depends on where the expression sits in the narrative, which ``anchor.py`` decides in a second
pass over the whole document (so that years stated *later* can still inform earlier dates).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from .rules import Rule, lexicon


@dataclass
class Cand:
    start: int
    end: int
    type: str
    rule: str
    value: str  # template: X's mark parts to fill from the reference time
    fill: Optional[str] = None  # year | month | day | week | decade | century
    shift: Optional[tuple] = None  # (n or "X", unit)
    deictic: bool = False
    pick: Optional[str] = None
    mod: Optional[str] = None
    priority: int = 0
    meta: bool = False  # page metadata (publication/update date): never the story's time
    extra: dict = field(default_factory=dict)

    @property
    def explicit(self) -> bool:
        """A calendar value that needs no context."""
        return self.fill is None and self.type in ("DATE", "TIME") and bool(_ABS.match(self.value))


_ABS = re.compile(r"^(?:BC)?\d{2,4}")
_BRACKET = re.compile(r"\[(\d+)\]")
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
         "ninety": 90}
_UNITS_CAL = {"day": "day", "week": "week", "month": "month", "year": "year", "decade": "decade",
              "century": "century"}


def _corrected(s: str) -> str:
    """Editors' corrections in brackets ("8 [5]", "4 [2]") replace the number before them."""
    m = _BRACKET.search(s)
    return m.group(1) if m else s


def _num(s: str):
    s = " ".join(s.lower().split())
    words = lexicon()["numword"]
    if s in words:
        return words[s]
    s2 = s.replace(",", "")
    try:
        f = float(s2)
        return int(f) if f.is_integer() else f
    except ValueError:
        pass
    parts = re.split(r"[\s-]+", s)
    if len(parts) == 2 and parts[0] in _TENS and parts[1] in words:
        return _TENS[parts[0]] + words[parts[1]]
    return "X"


def _digits(s: str) -> int:
    return int(re.sub(r"\D", "", _corrected(s)) or 0)


def conv(cls: str, text: str, groups: dict) -> str:
    """Normalised string for one matched group."""
    lex = lexicon()
    t = text.lower().strip()
    if cls in ("month", "monthname"):
        return f"{int(t):02d}" if t.isdigit() else f"{lex['month'][t.rstrip('.')]:02d}"
    if cls in ("day", "ordday"):
        return f"{_digits(text):02d}"
    if cls == "year":
        return f"{int(text):04d}"
    if cls == "bcyear":
        return f"{int(text):04d}"
    if cls == "shortyear":
        return text[-2:]
    if cls == "decade":
        return re.sub(r"\D", "", text)[:3]
    if cls == "century":
        n = lex["ordword"].get(t)
        if n is None:
            n = 21 if t.startswith("twenty") else int(re.sub(r"\D", "", t))
        return f"{n - 1:02d}"
    if cls in ("season", "pod", "weekday", "holiday", "posmod", "hedge"):
        v = lex[cls][" ".join(t.split())]
        return f"{v:02d}" if isinstance(v, int) else str(v)
    if cls == "unit":
        return lex["unit"][t]
    if cls == "calunit":
        return lex["calunit"][t]
    if cls == "num":
        n = _num(text)
        return str(n)
    if cls == "iso":
        return text
    return text


def _group_class(name: str) -> str:
    return re.sub(r"\d+$", "", name)


def _time_of(groups: dict) -> str:
    h = _digits(groups["hour"])
    m = int(groups.get("minute") or 0)
    ap = (groups.get("ampm") or "").lower().replace(".", "").replace(" ", "")
    if ap == "pm" and h < 12:
        h += 12
    elif ap == "am" and h == 12:
        h = 0
    return f"{h:02d}:{m:02d}"


def _fields(m: re.Match) -> dict:
    g = {k: v for k, v in m.groupdict().items() if v is not None}
    out = {}
    for k, v in g.items():
        if k in ("x", "x2", "dir", "adverb"):
            out[k] = v
            continue
        try:
            out[k] = conv(_group_class(k), v, g)
        except (KeyError, ValueError):
            out[k] = v
        base = _group_class(k)
        out.setdefault(base, out[k])  # <pod2> also answers {pod}
    if "hour" in g:
        out["time"] = _time_of(g)
    return out


def _span(m: re.Match) -> tuple[int, int]:
    for k in ("x", "x2"):
        if m.groupdict().get(k) is not None:
            return m.start(k), m.end(k)
    return m.start(), m.end()


def _period(num: str, unit: str) -> str:
    if unit.startswith("T"):
        return f"PT{num}{unit[1:]}"
    return f"P{num}{unit}"


_DUR_UNIT = {"day": "D", "week": "W", "month": "M", "year": "Y", "decade": "DE", "century": "CE"}
_LATER = {"later", "after", "afterward", "afterwards", "on"}


def candidates(rule: Rule, m: re.Match, text: str) -> list[Cand]:
    """Candidates for one match (several when the rule splits a coordination)."""
    f = _fields(m)
    start, end = _span(m)
    if text[end - 1:end] == "." and re.search(r"[a-z]{4,}\.$", text[start:end]) \
            and text[start:end - 1].split()[-1].lower() in lexicon()["monthname"]:
        end -= 1  # "on 11 March." — the full stop ends the sentence, it does not abbreviate the month
    for word, left in rule.ambiguous.items():
        for w in re.finditer(r"\b" + re.escape(word) + r"\b", text[start:end], re.I):
            at = start + w.start()
            if not left.search(text, max(0, at - 30), at) or re.match(r"\s+of\s+(?!\d)", text[at + len(word):]):
                return []
    mod = None
    if rule.mod:
        mod = rule.mod.format_map(_Default(f)) or None
        if mod and "{" in rule.mod and mod == rule.mod:
            mod = None
    c = Cand(start, end, rule.type, rule.name, rule.value, fill=rule.fill, deictic=rule.deictic, pick=rule.pick,
             mod=mod, priority=rule.priority)
    if rule.narrative_only:
        c.extra["narrative_only"] = True
    if rule.anaphor:
        c.extra["anaphor"] = True
    if rule.shift:
        n, unit = rule.shift.split()
        c.shift = (int(n), unit)
    v = rule.value
    if v.startswith("@"):
        if not _special(v[1:], c, f, m):
            return []
    else:
        try:
            c.value = v.format_map(f)
        except (KeyError, ValueError):
            return []
        if c.type == "DURATION":
            c.value = _period(f.get("num", "X"), f["unit"]) if "{unit}" in v and "P{num}" in v else c.value
            if v == "PX{unit}":
                c.value = _period("X", conv("unit", m.group("unit"), {}))
            if v == "P1{unit}":
                c.value = _period("1", f["unit"])
    if rule.split:
        return _split(rule, c, m, f)
    return [c]


class _Default(dict):
    def __missing__(self, key):
        return ""


def _special(op: str, c: Cand, f: dict, m: re.Match) -> bool:
    """Value operations that need more than a template (see rules.yaml ``value: '@...'``)."""
    d = (f.get("dir") or "").lower()
    if op == "later":
        n, unit = f.get("num", "X"), f.get("calunit", "day")
        sign = -1 if d in ("earlier", "before", "previously", "prior", "ago") else 1
        if n == "X" and unit in _UNITS_CAL:  # "a few days later": some time after, amount unsaid (TimeML)
            c.value = "PAST_REF" if sign < 0 else "FUTURE_REF"
            return True
        if n == "X" or unit not in _UNITS_CAL:
            if c.deictic:
                c.value = "PAST_REF" if sign < 0 else "FUTURE_REF"
                return True
            c.value, c.fill, c.shift = _unit_template(unit), unit, ("X", unit)
            return True
        c.value, c.fill = _unit_template(unit), unit
        c.shift = (sign * _as_int(n), unit)
        if not c.deictic:  # news reads "a month earlier" as the duration "a month" (TimeML)
            c.extra["duration"] = (m.end("calunit"), _period(str(n), _DUR_UNIT.get(unit, "D")))
        return True
    if op == "next":
        unit = f.get("calunit")
        if m.group("calunit").lower().endswith("s"):  # "the following days" is a stretch, not a day
            return False
        return _shifted_unit(c, unit, {"next": 1, "following": 1, "subsequent": 1, "same": 0}.get(d, -1))
    if op == "that":
        unit = f.get("calunit") or f.get("calunit2")
        c.value, c.fill = _unit_template(unit), unit
        pm = f.get("posmod") or f.get("posmod2")
        if pm:
            c.mod = pm
        return True
    if op == "monthofyear":
        txt = m.group(0).lower()
        sign = 1 if ("following" in txt or "next" in txt) else (-1 if "previous" in txt else 0)
        c.value = f"XXXX-{f['month']}" + (f"-{f['day']}" if "day" in f else "")
        c.fill, c.shift = "year", (sign, "year")
        return True
    if op == "prevmonth":
        c.value, c.fill = f"XXXX-{f['monthname']}", "year"
        d = d.split()[0] if d else d
        c.pick = {"previous": "before", "preceding": "before", "last": "before", "this": "nearest"}.get(d, "after")
        return True
    if op == "today":
        c.value, c.fill = "XXXX-XX-XX", "day"
        c.extra["narrative"] = "PRESENT_REF"
        return True
    if op in ("thispod", "thatpod"):
        pod = f.get("pod", "NI") if "pod" in f else "NI"
        txt = m.group(0).lower()
        c.value, c.fill = f"XXXX-XX-XXT{pod}", "day"
        if "last" in txt.split()[0:1] or txt.startswith("last"):
            c.shift = (-1, "day")
        elif "next" in txt or "following" in txt:
            c.shift = (1, "day")
        if op == "thispod":
            c.extra["narrative_fill"] = True
        mod = {"early": "START", "late": "END"}.get(txt.split()[0])
        if mod:
            c.mod = mod
        return True
    if op == "deictic":
        unit = f.get("calunit")
        return _shifted_unit(c, unit, {"this": 0, "last": -1, "past": -1, "next": 1, "coming": 1}[d])
    if op == "weekday":
        c.value, c.fill = "XXXX-XX-XX", "day"
        c.extra["weekday"] = int(f["weekday"])
        c.extra["dir"] = d
        return True
    if op == "noon":
        w = (f.get("x") or m.group(0)).lower()
        c.value = "XXXX-XX-XXT24:00" if "midnight" in w else "XXXX-XX-XXT12:00"
        return True
    if op == "fraction":
        unit = conv("unit", m.group("unit") or m.group("unit2"), {})
        c.value = _period("0.5" if m.group("unit") else "1.5", unit)
        return True
    if op == "set":
        w = (m.group("unit") or m.group("adverb") or "").lower()
        table = {"day": "P1D", "night": "P1D", "morning": "P1D", "evening": "P1D", "daily": "P1D",
                 "nightly": "P1D", "week": "P1W", "weekly": "P1W", "month": "P1M", "monthly": "P1M",
                 "year": "P1Y", "yearly": "P1Y", "annually": "P1Y", "hourly": "PT1H"}
        c.value = table.get(w, "P1D")
        return True
    if op == "bcdecade":
        c.value = f"BC{int(m.group('bcdecade')) // 10:03d}"
        return True
    if op == "century":
        c.value = ("BC" if m.group("bc") else "") + f["century"]
        return True
    if op == "bc":
        v = "BC" + f["bcyear"]
        if "month" in f:
            v += "-" + f["month"]
        elif "season" in f:
            v += "-" + f["season"]
        c.value = v
        return True
    raise ValueError(f"unknown value operation @{op}")


def _as_int(n):
    try:
        return int(float(n))
    except (TypeError, ValueError):
        return "X"


def _shifted_unit(c, unit: str, sign: int) -> bool:
    """The calendar unit (or season) ``sign`` steps from the reference time: "next week", "last winter"."""
    if unit in ("SP", "SU", "FA", "WI"):
        c.value, c.fill, c.shift = f"XXXX-{unit}", "year", (sign, "year")
        return True
    if unit not in _UNITS_CAL:
        return False
    c.value, c.fill, c.shift = _unit_template(unit), unit, (sign, unit)
    return True


def _unit_template(unit: str) -> str:
    return {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "month": "XXXX-XX", "year": "XXXX", "decade": "XXX",
            "century": "XX", "weekend": "XXXX-WXX-WE"}.get(unit, "XXXX")


_DAYNUM = re.compile(r"(?<!\d)(3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?(?![\d])")


def _split(rule: Rule, c: Cand, m: re.Match, f: dict) -> list[Cand]:
    """One candidate per member of a coordination ("November 26 and 28", "12 and 14 March", "1939–45")."""
    out = []
    if "bcyear2" in f:  # "499-493 BC": counts down
        y1, y2 = int(m.group("bcyear")), int(m.group("bcyear2"))
        if y2 >= y1:
            return []
        a = Cand(m.start("bcyear"), m.end("bcyear"), "DATE", rule.name, f"BC{y1:04d}", priority=c.priority)
        b = Cand(m.start("bcyear2"), m.end(), "DATE", rule.name, f"BC{y2:04d}", priority=c.priority)
        a.extra["group"] = b.extra["group"] = (m.start(), m.end())
        return [a, b]
    if "month2" in f:  # "August-September 1950": the year is said once, for both months
        y, m1, m2 = int(f["year"]), int(f["month"]), int(f["month2"])
        a = Cand(m.start("month"), m.end("month"), "DATE", rule.name, f"{y - (m1 > m2):04d}-{m1:02d}",
                 priority=c.priority)
        b = Cand(m.start("month2"), m.end(), "DATE", rule.name, f"{y:04d}-{m2:02d}", priority=c.priority)
        a.extra["group"] = b.extra["group"] = (m.start(), m.end())
        return [a, b]
    if "year2" in f:  # year range
        y1 = f["year"]
        y2 = m.group("year2")
        if len(y2) == 2:
            y2 = y1[:2] + y2
            if int(y2) < int(y1):
                return []
        a = Cand(m.start(), m.end("year"), "DATE", rule.name, y1, priority=c.priority)
        b = Cand(m.start("year2"), m.end("year2"), "DATE", rule.name, y2, priority=c.priority)
        a.extra["group"] = b.extra["group"] = (m.start(), m.end())
        return [a, b]
    month = f["month"]
    year = f.get("year")
    tmpl = (year or "XXXX") + f"-{month}-"
    fill = None if year else "year"
    month_start, month_end = m.start("month"), m.end("month")
    tail_end = m.end("year") if year else month_end
    seen = []
    for dm in _DAYNUM.finditer(m.group(0)):
        s, e = m.start() + dm.start(), m.start() + dm.end()
        if year and m.start("year") <= s < m.end("year"):
            continue
        seen.append((s, e, int(dm.group(1))))
    for i, (s, e, d) in enumerate(seen):
        if month_start < s:  # "November 26 and 28": the first day goes with the month
            ss, ee = (month_start, e) if i == 0 else (s, e)
        else:  # "12 and 14 March 1943": the last day goes with the month (and year)
            ss, ee = (s, tail_end) if i == len(seen) - 1 else (s, e)
        k = Cand(ss, ee, "DATE", rule.name, f"{tmpl}{d:02d}", fill=fill, priority=c.priority)
        k.extra["group"] = (m.start(), m.end())
        out.append(k)
    return out
