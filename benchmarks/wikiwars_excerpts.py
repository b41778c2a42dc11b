"""Excerpts of WikiWars articles used as unseen narrative text for the events benchmark.

The texts stay in ``../shared`` (CC BY-SA, not copied into this repo): this script exports the plain
text of each chosen article with ``../shared/tools/score_timex.py export`` and keeps its opening
paragraphs, by a fixed rule chosen before the articles were read: drop the header block (article id,
"HISTORY ARTICLE", creation time), then keep paragraphs up to the first paragraph break at or after
character 5,000 of the exported text. The excerpts are written to ``benchmarks/out/wikiwars/<id>.txt``.

A second excerpt of an article (id ending in "b") continues where the first one stops: the paragraphs
after the first excerpt's cut, up to the first paragraph break at or after character 10,000. It gives
new narrative text from the middle of an article, where the story's time is carried from paragraph to
paragraph, by the same fixed rule.

A third excerpt (id ending in "c") continues where the second one stops: the paragraphs after the second
excerpt's cut, up to the first paragraph break at or after character 15,000; a fourth (id ending in "d")
continues from there up to the first paragraph break at or after character 20,000; a fifth (id ending in "e")
from there up to the first paragraph break at or after character 25,000; a sixth (id ending in "f") from there up
to the first paragraph break at or after character 30,000 (or the article's end); a seventh (id ending in "g")
from there up to the first paragraph break at or after character 35,000; an eighth (id ending in "h") from there up to
the first paragraph break at or after character 40,000; a ninth (id ending in "i") from there up to the first paragraph
break at or after character 45,000; a tenth ("j"), an eleventh ("k") and a twelfth ("l") likewise up to the first
paragraph breaks at or after characters 50,000, 55,000 and 60,000 (or the article's end). The excerpts that
earlier splits left out because they were shorter than 2,000 characters (ww02l, ww04g, ww07g, ww08h: the ends of
02 and 04, a seventh of 07, an eighth of 08) are the last unread WikiWars text.

    .venv/bin/python benchmarks/wikiwars_excerpts.py
"""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
OUT = ROOT / "benchmarks" / "out" / "wikiwars"

#: excerpt id -> WikiWars article (see the gold file's "about" for how each pair was chosen)
ARTICLES = {"ww11": "11_ChineseCivWar", "ww19": "19_RussoJap", "ww05": "05_VietnamWar", "ww15": "15_MexicanRev",
            "ww03": "03_AmCivWar", "ww04": "04_AmRevWar", "ww08": "08_FrenchRev",
            "ww01": "01_WW2", "ww07": "07_IraqWar", "ww17": "17_AlgerianWar",
            "ww09": "09_GrecoPersian", "ww10": "10_PunicWars",
            "ww04b": "04_AmRevWar", "ww09b": "09_GrecoPersian", "ww15b": "15_MexicanRev",
            "ww02": "02_WW1", "ww13": "13_RussianCivWar", "ww14": "14_FirstIndochinaWar",
            "ww03b": "03_AmCivWar", "ww07b": "07_IraqWar", "ww13b": "13_RussianCivWar",
            "ww02b": "02_WW1", "ww08b": "08_FrenchRev", "ww17b": "17_AlgerianWar",
            "ww16": "16_SpanishCivilWar", "ww22": "22_SecondItaloAbyssinianWar",
            "ww05b": "05_VietnamWar", "ww11b": "11_ChineseCivWar", "ww19b": "19_RussoJap",
            "ww01b": "01_WW2", "ww16b": "16_SpanishCivilWar", "ww22b": "22_SecondItaloAbyssinianWar",
            "ww06b": "06_KoreanWar", "ww12b": "12_IranIraq", "ww18b": "18_SovietsInAfghanistan",
            "ww20b": "20_PolishSoviet",
            "ww04c": "04_AmRevWar", "ww09c": "09_GrecoPersian", "ww18c": "18_SovietsInAfghanistan",
            "ww05c": "05_VietnamWar", "ww08c": "08_FrenchRev", "ww17c": "17_AlgerianWar",
            "ww03c": "03_AmCivWar", "ww11c": "11_ChineseCivWar", "ww19c": "19_RussoJap",
            "ww02c": "02_WW1", "ww12c": "12_IranIraq", "ww20c": "20_PolishSoviet",
            "ww06c": "06_KoreanWar", "ww07c": "07_IraqWar", "ww15c": "15_MexicanRev",
            "ww01c": "01_WW2", "ww22c": "22_SecondItaloAbyssinianWar",
            "ww04d": "04_AmRevWar", "ww08d": "08_FrenchRev", "ww15d": "15_MexicanRev",
            "ww03d": "03_AmCivWar", "ww09d": "09_GrecoPersian", "ww17d": "17_AlgerianWar",
            "ww02d": "02_WW1", "ww11d": "11_ChineseCivWar", "ww18d": "18_SovietsInAfghanistan",
            "ww05d": "05_VietnamWar", "ww07d": "07_IraqWar", "ww12d": "12_IranIraq",
            "ww01d": "01_WW2", "ww22d": "22_SecondItaloAbyssinianWar",
            "ww04e": "04_AmRevWar", "ww08e": "08_FrenchRev", "ww17e": "17_AlgerianWar",
            "ww05e": "05_VietnamWar", "ww07e": "07_IraqWar", "ww12e": "12_IranIraq",
            "ww02e": "02_WW1", "ww06e": "06_KoreanWar", "ww18e": "18_SovietsInAfghanistan",
            "ww01e": "01_WW2", "ww09e": "09_GrecoPersian", "ww20e": "20_PolishSoviet",
            "ww04f": "04_AmRevWar", "ww07f": "07_IraqWar", "ww09f": "09_GrecoPersian",
            "ww02f": "02_WW1", "ww06f": "06_KoreanWar", "ww18f": "18_SovietsInAfghanistan",
            "ww01f": "01_WW2", "ww08f": "08_FrenchRev", "ww17f": "17_AlgerianWar",
            "ww05g": "05_VietnamWar", "ww08g": "08_FrenchRev", "ww09g": "09_GrecoPersian",
            "ww02g": "02_WW1", "ww17g": "17_AlgerianWar",
            "ww05h": "05_VietnamWar", "ww07h": "07_IraqWar", "ww09h": "09_GrecoPersian",
            "ww02h": "02_WW1", "ww17h": "17_AlgerianWar",
            "ww02i": "02_WW1", "ww05i": "05_VietnamWar", "ww07i": "07_IraqWar", "ww08i": "08_FrenchRev",
            "ww02j": "02_WW1", "ww05j": "05_VietnamWar", "ww08j": "08_FrenchRev",
            "ww02k": "02_WW1", "ww05k": "05_VietnamWar", "ww05l": "05_VietnamWar",
            "ww02l": "02_WW1", "ww04g": "04_AmRevWar", "ww07g": "07_IraqWar", "ww08h": "08_FrenchRev"}
#: Each excerpt ends at the first paragraph break at or after the next multiple of this many characters.
CUT_STEP = 5000
#: the last letter of an excerpt id -> which excerpt of its article it is (none: the opening one)
_PART = {letter: n for n, letter in enumerate("bcdefghijkl", start=2)}
_HEADER_TIME = re.compile(r"^\s*\d{4}-\d{2}-\d{2}T[\d:]+\s*$", re.M)


def excerpt(text: str, part: int = 1) -> str:
    """The opening paragraphs of an exported WikiWars text, header dropped (``part`` 1), or the paragraphs
    of the ``part``-th excerpt, each continuing where the one before it stops (see the module doc)."""
    header = _HEADER_TIME.search(text)
    start = header.end() if header else 0
    cut = text.find("\n\n", CUT_STEP)
    for at in range(2 * CUT_STEP, (part + 1) * CUT_STEP, CUT_STEP):
        start, cut = (cut if cut > 0 else len(text)), (text.find("\n\n", at) if cut > 0 else -1)
    body = text[start:cut if cut > 0 else len(text)]
    return body.strip("\n") + "\n"


def write_excerpts(out: Path = OUT) -> dict[str, Path]:
    """Export the chosen articles and write their excerpts; returns excerpt id -> path."""
    out.mkdir(parents=True, exist_ok=True)
    folder = SHARED / "benchmarks" / "wikiwars" / "timex3_t2t3"
    # one file is named "17_AlgerianWar.key.tml"; the export names every text "<article>.txt"
    tml = [str(next(folder.glob(f"{a}.*tml"), folder / f"{a}.tml")) for a in sorted(set(ARTICLES.values()))]
    raw = out / "exported"
    subprocess.run([sys.executable, str(SHARED / "tools" / "score_timex.py"), "export", *tml, "--out", str(raw)],
                   check=True, capture_output=True)
    paths = {}
    for key, article in ARTICLES.items():
        p = out / f"{key}.txt"
        text = (raw / f"{article}.txt").read_text(encoding="utf-8")
        p.write_text(excerpt(text, part=_PART.get(key[-1], 1)), encoding="utf-8")
        paths[key] = p
    return paths


if __name__ == "__main__":
    for key, p in write_excerpts().items():
        print(key, p, len(p.read_text(encoding="utf-8")), "characters")
