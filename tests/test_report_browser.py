"""The report in headless Chromium: it loads offline without errors, every view shows the actors,
views link to each other, and hostile text never runs."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from annalyst.report import write_report
from annalyst.report.assets import find_node_modules
from report_fixtures import PAYLOADS, SEED, hostile_corpus, seed_corpus

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
VIEWS = ("timeline", "network", "map", "entities", "sources")

pytestmark = [
    pytest.mark.skipif(not Path(CHROMIUM).exists() and not shutil.which("chromium"),
                       reason="no Chromium at /usr/bin/chromium (Debian package `chromium`)"),
    pytest.mark.skipif(find_node_modules() is None, reason="node_modules not installed (run `make setup`)"),
]


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM if Path(CHROMIUM).exists() else shutil.which("chromium"),
                               args=ARGS)
        yield b
        b.close()


class Page:
    """A page that records console errors, page errors and any request that leaves the file."""

    def __init__(self, browser, path):
        self.page = browser.new_page(viewport={"width": 1300, "height": 850})
        self.problems = []
        self.page.on("console", lambda m: self.problems.append(f"console {m.type}: {m.text}")
                     if m.type in ("error", "warning") else None)
        self.page.on("pageerror", lambda e: self.problems.append(f"pageerror: {e}"))
        self.page.on("request", lambda r: None if r.url.startswith("file:") else
                     self.problems.append(f"request: {r.url}"))
        self.page.goto(Path(path).as_uri())
        self.page.wait_for_function("window.annalystReady === true")

    def view(self, hash_):
        self.page.evaluate(f"location.hash = {hash_!r}")
        self.page.wait_for_timeout(300)
        return self.page

    def text(self, selector):
        return self.page.inner_text(selector)

    def close(self):
        self.page.close()


@pytest.fixture(scope="module")
def fixture_report(tmp_path_factory):
    return write_report(seed_corpus(), tmp_path_factory.mktemp("r") / "report.html")


def _network_labels(page):
    return page.evaluate("window.annalystViews.network.cy.nodes().map(n => n.data('label'))")


def test_every_view_shows_the_actors(browser, fixture_report):
    p = Page(browser, fixture_report)
    p.view("#timeline")
    assert "Chiang Kai-shek → Joseph Stalin: telegram" in p.text("#view-timeline")
    assert "Chiang Kai-shek" in p.text("#tl")  # on the drawn timeline, not only in the list
    assert "Undated events" in p.text("#view-timeline") and "refuse" in p.text("#view-timeline")
    assert p.page.locator("#tl .cert-inherited").count()
    p.page.locator("#view-timeline button", has_text="Show all").click()  # April 1937 lies outside the main period
    p.page.wait_for_timeout(600)
    assert p.page.locator("#tl .cert-approximate").count()
    p.view("#network")
    labels = _network_labels(p.page)
    assert {"Chiang Kai-shek", "Joseph Stalin", "Oskar Trautmann"} <= set(labels)
    p.view("#map")
    assert {"Nanjing", "Wuhan", "Moscow"} <= {t.split(" — ")[0] for t in
                                              p.page.locator(".leaflet-tooltip").all_inner_texts()}
    assert p.page.locator("#leaf path.leaflet-interactive").count() == 6  # one marker per located place
    assert p.page.locator("#leaf svg path").count() > 100  # the bundled country shapes were drawn
    p.view("#entities")
    assert "Oskar Trautmann" in p.text("#view-entities .side")
    p.view("#sources")
    assert p.page.locator(".doc-text .a-m.PERSON").count() > 40
    assert p.problems == []
    p.close()


def test_time_window_and_type_filter_the_network(browser, fixture_report):
    p = Page(browser, fixture_report)
    pg = p.view("#network")
    inputs = pg.locator("#view-network input[type=date]")
    inputs.nth(0).fill("1937-12-03")
    inputs.nth(0).dispatch_event("change")
    pg.locator("#view-network label", has_text="include undated").locator("input").uncheck()
    labels = set(_network_labels(pg))
    assert "Herbert von Dirksen" in labels and "Hirota Koki" in labels   # Dec 4 and Dec 7
    assert "Kong Xiangxi" not in labels and "Yang Jie" not in labels     # November
    pg.locator("#view-network label", has_text="CONSULT").locator("input").uncheck()
    labels = set(_network_labels(pg))
    assert "Hirota Koki" not in labels and "Joseph Stalin" in labels     # Dec 4 REJECT stays
    assert p.problems == []
    p.close()


def test_event_opens_its_sentence_in_the_source(browser, fixture_report):
    p = Page(browser, fixture_report)
    pg = p.view("#timeline")
    pg.locator(".evrow", has_text="Chiang Kai-shek → Joseph Stalin: telegram").first.click()
    detail = pg.locator("#detail")
    assert "personal telegram to Stalin" in detail.inner_text()
    assert "stated" in detail.inner_text()
    detail.locator("a.btn").click()
    pg.wait_for_timeout(300)
    assert pg.evaluate("location.hash").startswith("#source/0/")
    focus = "".join(pg.locator(".doc-text .focus").all_inner_texts())
    assert "hurriedly sent a personal telegram to Stalin" in focus
    assert pg.locator(".doc-text .focus").first.is_visible()
    # From the source, a name leads to its entity page with every spelling and why it was merged.
    pg.locator(".doc-text .a-m.PERSON", has_text="Tao Deman").first.click()
    pg.wait_for_timeout(300)
    page_text = p.text("#view-entities .main")
    assert "Oskar Trautmann" in page_text and "back-translation" in page_text and "Todman" in page_text
    assert p.problems == []
    p.close()


def _window(page):
    return page.evaluate("(() => { const w = window.annalystViews.timeline.tl.getWindow();"
                         " return [w.start.toISOString(), w.end.toISOString()]; })()")


def test_timeline_opens_on_the_main_period_and_show_all_reaches_the_outlier(browser, fixture_report):
    p = Page(browser, fixture_report)
    pg = p.view("#timeline")
    start, end = _window(pg)
    # Most events fall between 11 November and 7 December 1937; the April 1937 report is an outlier.
    assert "1937-10-15" < start < "1937-11-11" and "1937-12-07" < end < "1937-12-31"
    assert "11 Nov 1937" in p.text("#view-timeline .period") and "7 Dec 1937" in p.text("#view-timeline .period")
    pg.locator("#view-timeline button", has_text="Show all").click()
    pg.wait_for_timeout(600)
    assert _window(pg)[0] < "1937-04-01"
    pg.locator("#view-timeline button", has_text="Main period").click()
    assert "1937-10-15" < _window(pg)[0]
    # The first rows are on screen: the timeline is not opened scrolled to its bottom.
    assert pg.locator("#tl .vis-label").first.bounding_box()["y"] < pg.locator("#tl").bounding_box()["y"] + 80
    assert p.problems == []
    p.close()


def test_events_that_did_not_happen_are_hidden_then_marked(browser, fixture_report):
    p = Page(browser, fixture_report)
    pg = p.view("#timeline")
    hypo = "Soviet Union → Japan: send troops"
    assert hypo not in p.text("#view-timeline .scroll")
    assert "1 hidden by the filters" in p.text("#view-timeline .scroll")
    pg.locator("#view-timeline label.nf-toggle input").check()
    row = pg.locator("#view-timeline .evrow", has_text=hypo)
    assert row.count() == 1 and "not a fact: hypothetical" in row.inner_text()
    assert row.locator(".hl").evaluate("e => getComputedStyle(e).fontStyle") == "italic"
    row.click()
    assert "not a fact: hypothetical" in p.text("#detail")
    assert p.problems == []
    p.close()


def test_network_labels_stay_legible_and_edge_labels_show_on_hover(browser, fixture_report):
    p = Page(browser, fixture_report)
    pg = p.view("#network")
    sizes = pg.evaluate("window.annalystViews.network.cy.nodes(':visible').not('.minor')"
                        ".map(n => parseFloat(n.renderedStyle('font-size')))")
    assert sizes and min(sizes) >= 11  # on screen, whatever the fitted zoom
    labels = pg.evaluate("(() => { const e = window.annalystViews.network.cy.edges()[0];"
                         " const before = e.style('label'); e.addClass('hover');"
                         " return [before, e.style('label'), e.data('label')]; })()")
    assert labels[0] == "" and labels[1] == labels[2] and labels[2]
    assert p.problems == []
    p.close()


def test_search_finds_every_spelling(browser, fixture_report):
    p = Page(browser, fixture_report)
    pg = p.view("#entities")
    for query in ("Todman", "tao deman", "TRAUTMANN"):
        pg.fill("#view-entities input[type=search]", query)
        pg.wait_for_timeout(200)
        rows = pg.locator("#view-entities .side li:visible")
        assert rows.count() == 1 and "Oskar Trautmann" in rows.inner_text()
        main = p.text("#view-entities .main")  # a single match opens at once
        assert "Oskar Trautmann" in main and "Todman" in main and "Tao Deman" in main
        assert "transliteration" in main and "back-translation" in main
    pg.fill("#view-entities input[type=search]", "Nobody-by-this-name")
    pg.wait_for_timeout(200)
    assert "No name or spelling matches" in p.text("#view-entities .side")
    assert p.problems == []
    p.close()


def test_sources_draw_one_document_at_a_time(browser, tmp_path):
    from dataclasses import replace

    from annalyst.model import Corpus

    c = seed_corpus()
    big = Corpus(entities=c.entities)
    for k in range(3):
        did = f"copy{k}"
        big.documents.append(replace(c.documents[0], id=did, title=f"Copy {k}"))
        big.mentions += [replace(m, document=did) for m in c.mentions]
        big.sentences += [replace(s, document=did) for s in c.sentences]
        big.events += [replace(e, id=f"{e.id}-{k}", document=did) for e in c.events]
    out = write_report(big, tmp_path / "report.html")
    p = Page(browser, out)
    pg = p.view("#sources")
    assert pg.locator(".doc-text").count() == 1 and "Copy 0" in p.text("#view-sources .main h2")
    pg = p.view("#source/2/0-20")
    assert pg.locator(".doc-text").count() == 1 and "Copy 2" in p.text("#view-sources .main h2")
    assert p.problems == []
    p.close()


def test_hover_shows_normalised_values(browser, fixture_report):
    p = Page(browser, fixture_report)
    pg = p.view("#sources")
    pg.locator(".doc-text .a-tx", has_text="November 11, 1937").first.hover()
    assert "1937-11-11" in pg.locator("#tip").inner_text()
    pg.locator(".doc-text .a-m", has_text="Dixon").first.hover()
    assert "Herbert von Dirksen" in pg.locator("#tip").inner_text()
    p.close()


def test_nothing_in_the_text_executes(browser, tmp_path):
    out = write_report(hostile_corpus(), tmp_path / "report.html")
    p = Page(browser, out)
    pg = p.page
    seen = ""
    for v in VIEWS + ("#entity/0", "#entity/1", "#entity/2", "#entity/3", "#source/0/0-10"):
        p.view(v if v.startswith("#") else "#" + v)
        seen += pg.inner_text("body")
    for row in range(pg.locator("#view-timeline .evrow").count()):
        p.view("#timeline")
        pg.locator("#view-timeline .evrow").nth(row).click()
        seen += pg.inner_text("#detail")
    p.view("#map")
    pg.locator("#leaf path.leaflet-interactive").first.click()
    seen += pg.inner_text("#leaf")
    for hov in range(min(5, pg.locator(".doc-text .a-m").count())):
        p.view("#sources")
        pg.locator(".doc-text .a-m").nth(hov).hover()
        seen += pg.inner_text("#tip")
    assert pg.evaluate("window.__pwned") is None
    assert pg.locator("img").count() == 0
    assert pg.evaluate("document.querySelectorAll('script').length") == 7  # only ours
    assert pg.evaluate("[...document.querySelectorAll('*')].filter(e => e.getAttributeNames()"
                       ".some(a => a.startsWith('on'))).length") == 0
    for payload in PAYLOADS[:4]:
        assert payload in seen  # shown, as text
    assert not [m for m in p.problems if "pageerror" in m]
    p.close()


def test_real_pipeline_output_on_the_seed(browser, tmp_path):
    import annalyst

    corpus = annalyst.extract([str(SEED)])
    out = write_report(corpus, tmp_path / "report.html")
    p = Page(browser, out)
    counts = {}
    for m in corpus.mentions:
        if m.entity and m.label == "PERSON":
            counts[m.entity] = counts.get(m.entity, 0) + 1
    top = max(counts, key=counts.get)
    name = next(e.name for e in corpus.entities if e.id == top)
    p.view("#timeline")
    assert p.text("#view-timeline").strip()
    p.view("#network")
    assert name in _network_labels(p.page)
    p.view("#map")
    map_text = p.text("#view-map")
    assert "Places" in map_text
    p.view("#entities")
    assert name in p.text("#view-entities .side")
    p.view("#sources")
    assert p.page.locator(".doc-text .a-m").count() >= len(corpus.mentions) // 2
    assert p.problems == []
    p.close()


def test_days_of_a_year_the_text_never_states_are_listed_as_such(browser, tmp_path):
    """A text that names no year: its events keep their months and days ("XXXX-09-10"), which no time axis can
    place; the chronology lists them apart, said as the text says them, not as undated. Text of our own."""
    import annalyst

    src = tmp_path / "yearless.txt"
    src.write_text("On 10 September Orrin Harlan attacked the harbour of Ostmark. The next day Harlan left the town. "
                   "On 14 September the governor sent a note to Harlan.", encoding="utf-8")
    corpus = annalyst.extract([str(src)])
    out = write_report(corpus, tmp_path / "report.html")
    p = Page(browser, out)
    p.view("#timeline")
    section = p.page.locator("#yearless-events")
    assert "Year not stated" in section.inner_text()
    listed = p.text("#view-timeline")
    assert "10 Sep, year not stated" in listed and "11 Sep, year not stated" in listed
    assert "year unknown" in listed and "0 events whose date could not be placed" in listed
    assert p.problems == []
    p.close()
