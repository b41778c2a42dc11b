"""Build ``resources/names/wadegiles.tsv`` from pypinyin (run once; the output is shipped).

Why a built file and not a runtime call: the table is general knowledge that should be
readable and reviewable as data, and loading 400 lines is cheaper than importing pypinyin's
40,000-character dictionary on the hot path.

Run: ``python -m annalyst.names.build_tables``.
"""
from __future__ import annotations

from .. import resources


def build() -> list[tuple[str, str]]:
    """Every toneless pinyin syllable pypinyin knows, with its Wade-Giles spelling.

    Wade-Giles apostrophes are dropped and ü (pypinyin writes "v") becomes "u", because that
    is how the names appear in English prose ("Hsu Mo", "Chiang").
    """
    from pypinyin import Style
    from pypinyin.pinyin_dict import pinyin_dict
    from pypinyin.style import convert
    from pypinyin.style._tone_convert import to_normal

    syllables = set()
    for readings in pinyin_dict.values():
        for p in readings.split(","):
            p = to_normal(p).replace("ü", "v")
            if p.isalpha() and p.isascii():
                syllables.add(p)
    rows = []
    for p in sorted(syllables):
        wg = convert(p, Style.WADEGILES, True) or p
        wg = wg.replace("'", "").replace("’", "").replace("v", "u").replace("ü", "u")
        rows.append((p.replace("v", "u"), wg))
    return rows


def main() -> None:
    rows = build()
    out = resources.path("names/wadegiles.tsv")
    lines = [
        "# pinyin<TAB>Wade-Giles (apostrophes dropped, u-umlaut written u), one toneless syllable a line.",
        "# Source: generated from pypinyin 0.55.0 (MIT) by annalyst/names/build_tables.py.",
    ]
    lines += [f"{p}\t{w}" for p, w in rows]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(rows)} syllables to {out}")


if __name__ == "__main__":
    main()
