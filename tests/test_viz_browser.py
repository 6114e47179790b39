"""The HTML network in a real browser: headless Chromium driven by Playwright, offline.

Needs Debian `chromium` (/usr/bin/chromium) and the PyPI package `playwright`
(never `playwright install`: the system Chromium is used). Skips, saying why, if
either is missing.
"""

from __future__ import annotations

import subprocess
import sys

import pytest
from rdflib import Graph
from test_viz import HOSTILE_NAME, HOSTILE_SENTENCE, IMG, NON_LATIN, SCRIPT, hostile_graph, summit_graph

from kg import viz

MISSING = viz.browser_missing()
pytestmark = pytest.mark.skipif(MISSING is not None, reason=f"browser tests need headless Chromium: {MISSING}")

DRAWN = """() => ({nodes: newskg.network.body.nodeIndices.length,
                  edges: newskg.network.body.edgeIndices.length})"""


@pytest.fixture(scope="module")
def browser():
    with viz.chromium() as b:
        yield b


class Opened:
    """A page opened offline, with every console message, error, dialog and request recorded."""

    def __init__(self, browser, html_path):
        self.console: list[tuple[str, str]] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.requests: list[str] = []
        self.context = browser.new_context(offline=True, viewport={"width": 1400, "height": 900})
        self.page = self.context.new_page()
        self.page.on("console", lambda m: self.console.append((m.type, m.text)))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", self._dialog)
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.url = html_path.resolve().as_uri()
        viz.only_page(self.page, self.url)  # nothing may leave the page
        self.page.goto(self.url)
        self.page.wait_for_function(viz.READY, timeout=30_000)

    def _dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def drawn(self) -> dict:
        return self.page.evaluate(DRAWN)

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def open_page(browser):
    opened = []

    def _open(path):
        opened.append(Opened(browser, path))
        return opened[-1]

    yield _open
    for o in opened:
        o.close()


def expected_counts(g: Graph, view: str) -> tuple[int, int]:
    """Nodes and edges a full drawing must have, counted from the RDF with SPARQL."""
    prefix = "PREFIX nkg: <https://w3id.org/newskg/ontology#>\n"
    if view == "actors":
        actors = g.query(prefix + "SELECT (COUNT(DISTINCT ?a) AS ?n) { ?e nkg:hasActor ?a }")
        pairs = g.query(
            prefix + "SELECT (COUNT(DISTINCT *) AS ?n) { SELECT DISTINCT ?a ?b "
            "{ ?e nkg:hasActor ?a, ?b FILTER(STR(?a) < STR(?b)) } }"
        )
        return int(next(iter(actors))[0]), int(next(iter(pairs))[0])
    def count(where: str, what: str = "*") -> int:
        return int(next(iter(g.query(f"{prefix}SELECT (COUNT({what}) AS ?n) {{ {where} }}")))[0])

    nodes = (
        count("?e nkg:hasActor ?a", "DISTINCT ?e")
        + count("?e nkg:hasActor ?a", "DISTINCT ?a")
        + count("?e nkg:place ?p", "DISTINCT ?p")
        + count("?e nkg:date ?d", "DISTINCT ?d")
    )
    return nodes, count("?e nkg:hasActor ?a") + count("?e nkg:place ?p") + count("?e nkg:date ?d")


@pytest.mark.parametrize("view", ["events", "actors"])
def test_page_loads_offline_with_no_error_and_draws_the_whole_graph(tmp_path, open_page, view):
    g = summit_graph()
    summary = viz.render_html(g, tmp_path / f"{view}.html", view=view)
    o = open_page(tmp_path / f"{view}.html")
    assert o.errors == [] and [m for m in o.console if m[0] in ("error", "warning")] == []
    assert o.requests == [o.url]  # the file itself, nothing else
    nodes, edges = expected_counts(g, view)
    assert o.drawn() == {"nodes": nodes, "edges": edges}
    assert (summary.nodes, summary.edges) == (nodes, edges)
    status = o.page.text_content("#kg-status")
    assert f"Showing {nodes} of {nodes} nodes, {edges} of {edges} edges." == status


def test_switching_view_draws_the_other_view_with_the_same_filters(tmp_path, open_page):
    g = summit_graph()
    viz.render_html(g, tmp_path / "v.html", view="actors")
    o = open_page(tmp_path / "v.html")
    o.page.locator("#kg-types input[value=statement]").uncheck()
    o.page.check("#kg-views input[value=events]")
    o.page.wait_for_function(viz.READY)
    nodes, edges = expected_counts(g, "events")
    assert o.drawn() == {"nodes": nodes - 2, "edges": edges - 4}  # statements still filtered out
    o.page.locator("#kg-types input[value=statement]").check()
    assert o.drawn() == {"nodes": nodes, "edges": edges}
    assert o.errors == [] and o.requests == [o.url]


def test_event_type_filter_hides_events_and_their_lonely_nodes(tmp_path, open_page):
    viz.render_html(summit_graph(), tmp_path / "e.html", view="events")
    o = open_page(tmp_path / "e.html")
    before = o.drawn()
    o.page.locator("#kg-types input[value=statement]").uncheck()
    after = o.drawn()
    # The two statements go with their 3 actor links and 1 date link; their
    # actors and date stay, as other events still use them.
    assert after["nodes"] == before["nodes"] - 2
    assert after["edges"] == before["edges"] - 4
    o.page.locator("#kg-types input[value=statement]").check()
    assert o.drawn() == before


def test_date_range_and_min_weight_filters_in_the_actor_view(tmp_path, open_page):
    viz.render_html(summit_graph(), tmp_path / "a.html", view="actors")
    o = open_page(tmp_path / "a.html")
    assert o.drawn() == {"nodes": 4, "edges": 5}
    o.page.fill("#kg-min-weight", "2")
    o.page.dispatch_event("#kg-min-weight", "change")
    assert o.drawn() == {"nodes": 2, "edges": 1}  # only Martin–Chen share two events
    o.page.fill("#kg-min-weight", "1")
    o.page.dispatch_event("#kg-min-weight", "change")
    o.page.fill("#kg-from", "2021-06-01")
    o.page.dispatch_event("#kg-from", "change")
    o.page.uncheck("#kg-undated")
    # left: the agreement Martin–Nordia (2021-06-01); the undated statement is off
    assert o.drawn() == {"nodes": 2, "edges": 1}
    o.page.click("#kg-reset")
    assert o.drawn() == {"nodes": 4, "edges": 5}


def test_search_focuses_an_actor_and_shows_its_events_with_evidence(tmp_path, open_page):
    viz.render_html(summit_graph(), tmp_path / "a.html", view="actors")
    o = open_page(tmp_path / "a.html")
    o.page.fill("#kg-search", "alice")
    o.page.press("#kg-search", "Enter")
    assert "Holds: Trade Minister (Nordia)" in o.page.text_content("#kg-details-body")
    o.page.fill("#kg-search", "bo ch")
    o.page.press("#kg-search", "Enter")
    selected = o.page.evaluate("newskg.network.getSelectedNodes()")
    assert len(selected) == 1
    details = o.page.text_content("#kg-details-body")
    assert "Bo Chen" in details and "3 events" in details
    assert "Alice Martin met Bo Chen in Port Town on Monday." in details
    link = o.page.locator("#kg-details-body a").first
    assert link.get_attribute("href") == "https://news.example/a1"
    assert "Focused on Bo Chen" in o.page.text_content("#kg-status")


def test_clicking_an_edge_shows_the_shared_events(tmp_path, open_page):
    viz.render_html(summit_graph(), tmp_path / "a.html", view="actors")
    o = open_page(tmp_path / "a.html")
    edge = o.page.evaluate("newskg.edges.get().find(e => e.label === '1 agreement').id")
    o.page.evaluate("id => newskg.showDetails('edge', id)", edge)
    details = o.page.text_content("#kg-details-body")
    assert "Martin and Nordia signed a trade pact." in details
    assert "Trade pact signed, Daily Example" in details
    assert o.page.locator("#kg-details-body a").count() == 0  # its URL is ftp:, not a link


def test_hostile_article_executes_nothing_and_shows_its_text(tmp_path, open_page):
    viz.render_html(hostile_graph(), tmp_path / "h.html", view="events", title=f"{IMG}{SCRIPT}")
    o = open_page(tmp_path / "h.html")
    event = o.page.evaluate("newskg.nodes.get().find(n => n.shape === 'diamond').id")
    o.page.evaluate("id => newskg.showDetails('node', id)", event)
    o.page.wait_for_timeout(200)  # give any injected onerror handler time to fire
    assert o.dialogs == [] and o.errors == []
    assert o.requests == [o.url]
    assert o.page.locator("img").count() == 0
    assert o.page.locator("script").count() == 3  # data block, vis-network, page script
    assert o.page.text_content("#kg-title") == f"{IMG}{SCRIPT}"
    details = o.page.text_content("#kg-details-body")
    assert HOSTILE_SENTENCE in details
    assert HOSTILE_NAME in details and NON_LATIN in details
    assert o.page.locator("#kg-details-body a").count() == 0  # javascript: URL never a link
    labels = o.page.evaluate("newskg.nodes.get().map(n => n.label)")
    assert HOSTILE_NAME in labels and IMG in labels  # drawn on the canvas as plain text


def test_screenshot_writes_a_png(tmp_path):
    viz.render_html(summit_graph(), tmp_path / "s.html", view="actors")
    # In a fresh process: Playwright's sync API cannot nest inside this module's browser.
    code = "import sys; from kg.viz import screenshot; screenshot(sys.argv[1], sys.argv[2])"
    subprocess.run([sys.executable, "-c", code, tmp_path / "s.html", tmp_path / "s.png"], check=True, timeout=120)
    assert (tmp_path / "s.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_hovering_a_node_with_the_mouse_shows_its_details(tmp_path, open_page):
    viz.render_html(summit_graph(), tmp_path / "a.html", view="actors")
    o = open_page(tmp_path / "a.html")
    # Where vis drew "Nordia", in page coordinates.
    x, y = o.page.evaluate("""() => {
        const id = newskg.nodes.get().find(n => n.label === 'Nordia').id;
        const p = newskg.network.canvasToDOM(newskg.network.getPositions([id])[id]);
        const box = document.getElementById('kg-network').getBoundingClientRect();
        return [box.left + p.x, box.top + p.y];
    }""")
    o.page.mouse.move(x, y)
    o.page.wait_for_function("() => document.getElementById('kg-details-body').textContent.includes('Nordia')")
    details = o.page.text_content("#kg-details-body")
    assert "2 events: 1 agreement · 1 statement" in details
    assert "The Coastal Union told Nordia it welcomed the pact." in details
