"""Bad input: one-line errors naming the file and the reason, bad files skipped, good ones kept."""
from __future__ import annotations

import pytest

import annalyst
from annalyst.errors import InputError

GOOD = "On December 2, 1937, Chiang Kai-shek met Oskar Trautmann in Nanking.\n"


def _write(tmp_path, name, data):
    p = tmp_path / name
    p.write_bytes(data)
    return str(p)


@pytest.mark.parametrize("name, data, reason", [
    ("nul.txt", b"abc\x00def" * 10, "binary content"),
    ("empty.txt", b"", "empty"),
    ("blank.txt", b"  \n\n ", "empty"),
    ("junk.txt", bytes(range(128, 256)) * 10, "undecodable"),
    ("bad.xml", b"<TEI><text><p>unclosed</text>", "not well-formed XML"),
])
def test_inputs_bad_file_is_reported_and_skipped(tmp_path, name, data, reason):
    bad = _write(tmp_path, name, data)
    good = _write(tmp_path, "good.txt", GOOD.encode())
    seen = []
    corpus = annalyst.extract([bad, good], on_error=seen.append)
    assert [d.source for d in corpus.documents] == [good]
    assert len(corpus.errors) == 1 and corpus.errors[0]["path"] == bad
    assert reason in corpus.errors[0]["reason"]
    assert seen and seen[0].path == bad


def test_inputs_strict_stops_at_first_bad_file(tmp_path):
    bad = _write(tmp_path, "nul.txt", b"\x00\x01")
    good = _write(tmp_path, "good.txt", GOOD.encode())
    with pytest.raises(InputError, match="nul.txt"):
        annalyst.extract([bad, good], strict=True)


def test_inputs_missing_path_and_size_limit(tmp_path):
    big = _write(tmp_path, "big.txt", GOOD.encode() * 100)
    corpus = annalyst.extract([str(tmp_path / "nope.txt"), big], max_bytes=1000)
    reasons = sorted(e["reason"] for e in corpus.errors)
    assert reasons[0].startswith("file is 6,900 bytes") and "over the limit of 1,000" in reasons[0]
    assert "no such file" in reasons[1]
    assert corpus.documents == []


@pytest.mark.parametrize("encoding, prefix", [
    ("utf-8", b""), ("utf-8-sig", b""), ("utf-16", b""), ("cp1252", b""), ("latin-1", b""),
])
def test_inputs_encodings_decode_to_the_same_text(tmp_path, encoding, prefix):
    text = "Herr Trautmann’s café — the Ambassador met Chiang Kai-shek in Nanking on December 2, 1937.\n"
    if encoding == "latin-1":
        text = text.replace("’", "'").replace("—", "-")
    path = _write(tmp_path, "t.txt", prefix + text.encode(encoding))
    corpus = annalyst.extract([path])
    assert corpus.documents[0].text == text


def test_inputs_directory_is_read_recursively_in_order(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "ch2.txt").write_text(GOOD)
    (tmp_path / "a" / "ch10.txt").write_text(GOOD)
    (tmp_path / "a" / "ch1.htm").write_text("<html><head><title>T</title><script>alert(1)</script></head>"
                                            "<body><p>" + GOOD + "</p><p>Second &amp; last.</p></body></html>")
    (tmp_path / "a" / "notes.bin").write_bytes(b"\x00")
    corpus = annalyst.extract([str(tmp_path)])
    assert [d.id for d in corpus.documents] == ["ch2", "ch1", "ch10"]
    html = corpus.documents[1]
    assert html.format == "html" and html.title == "T"
    assert "alert" not in html.text and html.text.endswith("Second & last.")
    assert not corpus.errors


def test_inputs_a_stage_failing_on_a_passage_is_reported_and_the_rest_kept(tmp_path, monkeypatch):
    """An internal error of the events stage on one passage is an error record naming the document and the
    characters (the CLI's exit status says it), not a traceback that loses the whole corpus run."""
    from annalyst import pipeline

    real = pipeline.events_stage.find_frames

    def failing(sdoc, offset, doc_id, *a, **kw):
        if "Trautmann" in sdoc.text:
            raise AttributeError("a rule read an attribute the parse lacks")
        return real(sdoc, offset, doc_id, *a, **kw)

    monkeypatch.setattr(pipeline.events_stage, "find_frames", failing)
    other = _write(tmp_path, "other.txt", b"On May 3, 1938, Wang Chonghui visited Hankow.\n")
    good = _write(tmp_path, "good.txt", GOOD.encode())
    seen = []
    corpus = annalyst.extract([good, other], on_error=seen.append)
    assert len(corpus.documents) == 2 and len(corpus.errors) == 1 and len(seen) == 1
    assert corpus.errors[0]["path"] == good and "events stage" in corpus.errors[0]["reason"]
    assert "AttributeError" in corpus.errors[0]["reason"] and "characters 0-" in corpus.errors[0]["reason"]
    first = corpus.documents[0].id
    assert any(m.document == first for m in corpus.mentions) and any(t.document == first for t in corpus.timexes)
    assert not any(e.document == first for e in corpus.events)
    assert any(e.document == corpus.documents[1].id and e.type == "TRAVEL" for e in corpus.events)
    with pytest.raises(AttributeError):
        annalyst.extract([good], strict=True)
