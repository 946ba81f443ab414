"""The embed in a real browser: headless Chromium from Debian's packages, driven by Selenium. A host page on
another origin embeds the timeline with the one-line script, as a news site would."""

from __future__ import annotations

import functools
import http.server
import os
import threading
import time
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select, WebDriverWait

from facts.models import Claim
from tests.conftest import FIXTURES, ROOT, SEEDS, read_fixture
from tests.factories import ArticleFactory, CitationFactory

CHROMIUM, CHROMEDRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"
SCREENSHOTS = ROOT / "screenshots"
HAVE_BROWSER = Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists()

if not HAVE_BROWSER and os.environ.get("CI"):
    raise RuntimeError("CI must have Debian's chromium and chromium-driver: .ci/run installs them")
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not HAVE_BROWSER, reason="apt-get install chromium chromium-driver (CI does)"),
]


@pytest.fixture(scope="module")
def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--window-size=480,900", "--disable-dev-shm-usage"):  # fmt: skip
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


@pytest.fixture
def live_timeline(transactional_db, live_server):
    """The seeds and the curated timeline, committed so that the live server's thread sees them."""
    from corpus.services import corpus_ingest
    from facts.services.fixtures import actors_load, curated_claims_load, topics_load

    corpus_ingest(paths=[SEEDS])
    actors_load(entries=read_fixture("actors.json", "actors"))
    topics_load(entries=read_fixture("topics.json", "topics"))
    curated_claims_load(entries=read_fixture("timeline.json", "claims"))
    assert FIXTURES.exists()
    return live_server


@pytest.fixture
def host_page(tmp_path):
    """Serve host pages from another origin (another port), as a news site embedding the timeline."""
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(tmp_path))
    handler.log_message = lambda *args: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()

    def publish(name: str, html: str) -> str:
        (tmp_path / name).write_text(html, encoding="utf-8")
        return f"http://127.0.0.1:{server.server_port}/{name}"

    yield publish
    server.shutdown()


def embedding_page(live_server, **data) -> str:
    attributes = " ".join(f'data-{key}="{value}"' for key, value in data.items())
    return (
        '<!doctype html><html><head><meta charset="utf-8"><title>Host</title></head><body>'
        "<h1>A news article</h1><p>Some text before the timeline.</p>"
        f'<script src="{live_server.url}/embed.js" {attributes}></script>'
        '<p id="after">Text after the timeline.</p></body></html>'
    )


def wait_for_resize(browser) -> None:
    WebDriverWait(browser, 15).until(
        lambda d: d.execute_script(
            "var f = document.querySelector('iframe.iaz-embed'); return f && f.style.height !== '600px'"
        )
    )


def wait_for_settled_height(browser, frame) -> float:
    """The frame's height once it has stopped changing: entries are laid out as they come into view
    (content-visibility), so the embed may report its height more than once while it loads."""
    heights: list[float] = []

    def settled(_) -> bool:
        heights.append(frame.rect["height"])
        return len(heights) >= 3 and heights[-1] == heights[-2] == heights[-3]

    WebDriverWait(browser, 15, poll_frequency=0.25).until(settled)
    return heights[-1]


def save_screenshot(browser, name: str) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    browser.save_screenshot(str(SCREENSHOTS / name))


def test_the_one_line_script_embeds_and_resizes_the_iframe_to_its_content(browser, live_timeline, host_page):
    browser.get(host_page("host.html", embedding_page(live_timeline, actor="moshe-yaalon", lang="en")))

    wait_for_resize(browser)

    frame = browser.find_element(By.CSS_SELECTOR, "iframe.iaz-embed")
    frame_height = browser.execute_script("return arguments[0].getBoundingClientRect().height", frame)
    assert frame.get_attribute("src") == f"{live_timeline.url}/embed/timeline/?actor=moshe-yaalon&lang=en"
    browser.switch_to.frame(frame)
    content_height = browser.execute_script("return document.documentElement.scrollHeight")
    items = browser.find_elements(By.CSS_SELECTOR, ".iaz-item")
    browser.switch_to.default_content()
    assert len(items) == 2
    assert abs(frame_height - content_height) <= 2
    # Opening the sources makes the content taller; the frame follows.
    browser.switch_to.frame(frame)
    browser.find_element(By.CSS_SELECTOR, ".iaz-sources summary").click()
    taller = browser.execute_script("return document.documentElement.scrollHeight")
    browser.switch_to.default_content()
    WebDriverWait(browser, 10).until(lambda d: abs(frame.rect["height"] - taller) <= 2)


def frame_and_content_heights(browser) -> tuple[float, float]:
    frame = browser.find_element(By.CSS_SELECTOR, "iframe.iaz-embed")
    frame_height = browser.execute_script("return arguments[0].getBoundingClientRect().height", frame)
    browser.switch_to.frame(frame)
    content = browser.execute_script("return document.documentElement.getBoundingClientRect().height")
    browser.switch_to.default_content()
    return frame_height, content


def test_the_frame_shrinks_when_a_filter_narrows_the_list(browser, live_timeline, host_page):
    browser.get(host_page("host.html", embedding_page(live_timeline, lang="en")))
    wait_for_resize(browser)
    everything, _ = frame_and_content_heights(browser)

    browser.switch_to.frame(browser.find_element(By.CSS_SELECTOR, "iframe.iaz-embed"))
    Select(browser.find_element(By.NAME, "actor")).select_by_value("moshe-yaalon")
    browser.switch_to.default_content()

    WebDriverWait(browser, 10).until(lambda d: frame_and_content_heights(d)[0] < everything / 2)
    frame_height, content = frame_and_content_heights(browser)
    assert abs(frame_height - content) <= 2
    # The host page's text after the timeline follows it up: no blank gap.
    after = browser.find_element(By.ID, "after").rect["y"]
    frame_bottom = browser.execute_script(
        "return document.querySelector('iframe.iaz-embed').getBoundingClientRect().bottom + window.scrollY"
    )
    assert after - frame_bottom < 60


def test_data_max_height_caps_the_frame_and_the_timeline_scrolls_inside(browser, live_timeline, host_page):
    browser.get(host_page("host.html", embedding_page(live_timeline, lang="he", **{"max-height": "400"})))
    WebDriverWait(browser, 15).until(
        lambda d: d.execute_script("return document.querySelector('iframe.iaz-embed').style.height") == "400px"
    )
    frame = browser.find_element(By.CSS_SELECTOR, "iframe.iaz-embed")
    browser.switch_to.frame(frame)
    scrollable = browser.execute_script(
        "return document.documentElement.scrollHeight > document.documentElement.clientHeight"
    )
    browser.switch_to.default_content()
    assert scrollable


def test_the_public_page_reads_well_on_a_390_pixel_phone(browser, live_timeline):
    browser.set_window_size(390, 844)
    try:
        browser.get(f"{live_timeline.url}/?lang=he")
        overflow = browser.execute_script(
            "return document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        browser.execute_script("document.querySelectorAll('details').forEach(function (d) { d.open = true; })")
        narrowest = browser.execute_script(
            "return Math.min.apply(null, [].map.call(document.querySelectorAll('blockquote'),"
            " function (q) { return q.clientWidth; }))"
        )
        viewport = browser.execute_script("return document.documentElement.clientWidth")
        save_screenshot(browser, "page-he-390px.png")
    finally:
        browser.set_window_size(480, 900)
    assert overflow <= 0
    assert narrowest >= 0.75 * viewport  # quotes keep most of the width (220 px of 390 before)


@pytest.mark.parametrize(("lang", "later"), [("en", Keys.ARROW_RIGHT), ("he", Keys.ARROW_LEFT)])
def test_the_horizontal_layout_is_a_track_stepped_by_the_arrows_mirrored_right_to_left(
    browser, live_timeline, lang, later
):
    browser.get(f"{live_timeline.url}/embed/timeline/?layout=horizontal&lang={lang}")
    items = browser.find_elements(By.CSS_SELECTOR, ".iaz-item")
    track = browser.find_element(By.CSS_SELECTOR, ".iaz-list")

    first, second = items[0].rect, items[1].rect
    assert abs(first["y"] - second["y"]) < 2  # side by side, not stacked
    assert (second["x"] > first["x"]) == (lang == "en")  # later entries toward the inline end
    assert browser.execute_script("return arguments[0].scrollWidth > arguments[0].clientWidth", track)

    browser.execute_script("arguments[0].focus()", items[0])
    browser.switch_to.active_element.send_keys(later)
    assert browser.switch_to.active_element.get_attribute("id") == items[1].get_attribute("id")
    browser.switch_to.active_element.send_keys(Keys.END)
    last = browser.switch_to.active_element
    assert last.get_attribute("id") == items[-1].get_attribute("id")
    assert browser.execute_script(
        "var r = arguments[0].getBoundingClientRect(), t = arguments[1].getBoundingClientRect();"
        "return r.left >= t.left - 1 && r.right <= t.right + 1",
        last,
        track,
    )  # scrolled into view

    width = items[0].rect["width"]
    browser.find_element(By.CSS_SELECTOR, '[data-zoom="1"]').click()
    assert items[0].rect["width"] > width * 1.1


@pytest.mark.parametrize("lang", ["en", "he"])
def test_the_horizontal_layout_has_a_time_axis_in_proportion_to_time_mirrored_right_to_left(
    browser, live_timeline, lang
):
    browser.get(f"{live_timeline.url}/embed/timeline/?layout=horizontal&lang={lang}")
    # Each dated entry's first day (days since 1970) beside the middle of its mark on the axis, in pixels.
    placed = browser.execute_script(
        "return [].map.call(document.querySelectorAll('.iaz-mark'), function (mark) {"
        "  var item = document.getElementById(mark.hash.slice(1)), r = mark.getBoundingClientRect();"
        "  return [Date.parse(item.dataset.start) / 864e5, (r.left + r.right) / 2, item.id]; })"
    )
    dated = browser.find_elements(By.CSS_SELECTOR, ".iaz-item[data-start]:not([data-start=''])")
    assert len(placed) == len(dated) > 20

    # A straight line through the earliest and the latest entries places every other within 2 px: in
    # proportion to time, not one after another; later toward the inline end (leftward in Hebrew).
    (first_day, first_x, _), (last_day, last_x, _) = min(placed), max(placed)
    assert (last_x > first_x) == (lang == "en") and abs(last_x - first_x) > 300
    for day, x, _ in placed:
        assert abs(first_x + (day - first_day) * (last_x - first_x) / (last_day - first_day) - x) <= 2

    # A mark clicked brings its entry, focused; the focused entry's mark is the current one.
    middle = sorted(placed)[len(placed) // 2][2]
    browser.execute_script("document.querySelector('.iaz-mark[href=\"#' + arguments[0] + '\"]').click()", middle)
    assert browser.switch_to.active_element.get_attribute("id") == middle
    current = browser.find_elements(By.CSS_SELECTOR, ".iaz-mark[aria-current='true']")
    assert [mark.get_attribute("hash") for mark in current] == [f"#{middle}"]

    # Zooming in stretches the axis, which then scrolls.
    axis = browser.find_element(By.CSS_SELECTOR, ".iaz-axis")
    for _ in range(2):
        browser.find_element(By.CSS_SELECTOR, '[data-zoom="1"]').click()
    assert browser.execute_script("return arguments[0].scrollWidth > 3 * arguments[0].clientWidth", axis)

    # Filtering in the page hides the marks of the entries it hides.
    Select(browser.find_element(By.NAME, "actor")).select_by_value("moshe-yaalon")
    shown = browser.find_elements(By.CSS_SELECTOR, ".iaz-item:not([hidden])")
    marks = browser.find_elements(By.CSS_SELECTOR, ".iaz-mark:not([hidden])")
    assert 0 < len(marks) <= len(shown) < len(dated)


def test_a_message_from_another_window_cannot_resize_the_frame(browser, live_timeline, host_page):
    browser.get(host_page("host.html", embedding_page(live_timeline, actor="moshe-yaalon")))
    wait_for_resize(browser)
    frame = browser.find_element(By.CSS_SELECTOR, "iframe.iaz-embed")
    before = wait_for_settled_height(browser, frame)

    # The host page itself (not the frame) posts a resize request: the loader must ignore it.
    browser.execute_script("window.postMessage({type: 'iaz-embed:height', height: 5000}, '*')")
    time.sleep(0.5)  # give the message time to arrive (there is nothing to wait for if it is ignored)

    assert frame.rect["height"] == before


@pytest.mark.parametrize("lang", ["he", "ar", "en"])
def test_hebrew_and_arabic_are_laid_out_right_to_left(browser, live_timeline, lang):
    browser.get(f"{live_timeline.url}/embed/timeline/?lang={lang}&calendar={'hijri' if lang == 'ar' else 'hebrew'}")

    direction = browser.execute_script("return getComputedStyle(document.documentElement).direction")
    line = browser.execute_script(
        "var s = getComputedStyle(document.querySelector('.iaz-list'));"
        "return [parseFloat(s.borderLeftWidth), parseFloat(s.borderRightWidth)]"
    )
    date = browser.find_element(By.CSS_SELECTOR, ".iaz-item .iaz-date").rect
    width = browser.execute_script("return document.documentElement.clientWidth")
    save_screenshot(browser, f"embed-{lang}.png")

    if lang in ("he", "ar"):
        assert direction == "rtl" and line == [0, 3]
        assert date["x"] + date["width"] > width / 2  # the date starts at the right
    else:
        assert direction == "ltr" and line == [3, 0]
        assert date["x"] < width / 2


def test_markup_in_an_article_quote_is_shown_as_text_and_never_runs(browser, live_timeline):
    payload = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">'
    article = ArticleFactory(text=f"The minister said {payload} in Baku in 2012.", language="en")
    CitationFactory(article=article, quote=payload, claim__summary="A quote with markup", claim__date="2012")

    browser.get(f"{live_timeline.url}/embed/timeline/?q=markup")
    browser.find_element(By.CSS_SELECTOR, ".iaz-sources summary").click()

    quote = browser.find_element(By.CSS_SELECTOR, ".iaz-sources blockquote")
    assert quote.text == payload
    assert browser.execute_script("return window.__pwned === undefined")
    assert browser.find_elements(By.CSS_SELECTOR, ".iaz-sources img") == []


def test_a_filter_narrows_the_list_and_the_url_keeps_it(browser, live_timeline):
    browser.get(f"{live_timeline.url}/embed/timeline/?lang=en")
    everything = len(browser.find_elements(By.CSS_SELECTOR, ".iaz-item"))

    Select(browser.find_element(By.NAME, "actor")).select_by_value("moshe-yaalon")

    visible = [item for item in browser.find_elements(By.CSS_SELECTOR, ".iaz-item") if item.is_displayed()]
    assert len(visible) == 2 < everything
    assert "actor=moshe-yaalon" in browser.current_url
    assert browser.find_element(By.CSS_SELECTOR, ".iaz-shown").text == "2"
    browser.get(browser.current_url)  # a shared link opens the same view, filtered by the server
    assert len(browser.find_elements(By.CSS_SELECTOR, ".iaz-item")) == 2
    # Changing a filter the server applied goes back to the server for the claims it left out.
    Select(browser.find_element(By.NAME, "actor")).select_by_value("shimon-peres")
    WebDriverWait(browser, 10).until(lambda d: "actor=shimon-peres" in d.current_url)
    WebDriverWait(browser, 10).until(lambda d: len(d.find_elements(By.CSS_SELECTOR, ".iaz-item")) == 2)


def test_the_keyboard_moves_between_items_with_visible_focus(browser, live_timeline):
    browser.get(f"{live_timeline.url}/embed/timeline/?actor=avigdor-lieberman")
    items = browser.find_elements(By.CSS_SELECTOR, ".iaz-item")
    browser.execute_script("arguments[0].focus()", items[0])

    browser.switch_to.active_element.send_keys(Keys.ARROW_DOWN)

    active = browser.switch_to.active_element
    assert active.get_attribute("id") == items[1].get_attribute("id")
    assert browser.execute_script("return getComputedStyle(document.activeElement).outlineStyle") == "solid"
    active.send_keys(Keys.ENTER)
    assert active.find_element(By.TAG_NAME, "details").get_attribute("open") == "true"


def test_an_entry_is_rendered_when_reached_and_its_links_focus_ring_is_not_cut(browser, live_timeline):
    """An entry's content is laid out only near the viewport (content-visibility, so that a thousand entries
    are ready in time): the last entry, opened by its anchor, shows whole; and the containment that skips
    the others leaves room inside it for a focused link's outline (3px, 2px away)."""
    browser.get(f"{live_timeline.url}/embed/timeline/?lang=en")
    last = browser.find_elements(By.CSS_SELECTOR, ".iaz-item")[-1]
    browser.get(f"{live_timeline.url}/embed/timeline/?lang=en#{last.get_attribute('id')}")
    body = browser.find_element(By.CSS_SELECTOR, f"#{last.get_attribute('id')} .iaz-body")
    assert browser.execute_script("return getComputedStyle(arguments[0]).contentVisibility", body) == "auto"
    summary = body.find_element(By.CLASS_NAME, "iaz-summary")
    assert summary.is_displayed() and summary.text.strip()
    in_view = "var r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight"
    WebDriverWait(browser, 5).until(lambda _: browser.execute_script(in_view, summary))

    link = body.find_element(By.CSS_SELECTOR, ".iaz-permalink a")
    browser.execute_script("arguments[0].focus()", link)
    ring = 3 + 2  # outline width and offset (embed.css)
    room = browser.execute_script(
        "var b = arguments[0].getBoundingClientRect(), l = arguments[1].getBoundingClientRect();"
        "return [l.left - b.left, b.right - l.right, l.top - b.top, b.bottom - l.bottom]",
        body,
        link,
    )
    assert min(room[0], room[2], room[3]) >= ring, room


def test_oembed_discovery_from_the_public_page(browser, live_timeline):
    browser.get(f"{live_timeline.url}/?actor=israel")

    href = browser.find_element(By.CSS_SELECTOR, 'link[type="application/json+oembed"]').get_attribute("href")
    browser.get(href)
    body = browser.find_element(By.TAG_NAME, "body").text

    assert '"type": "rich"' in body
    assert f"{live_timeline.url}/embed/timeline/?actor=israel" in body.replace("\\u0026", "&").replace("&amp;", "&")


def test_the_page_is_usable_at_320_pixels(browser, live_timeline):
    browser.set_window_size(320, 800)
    try:
        browser.get(f"{live_timeline.url}/embed/timeline/?lang=ar")
        overflow = browser.execute_script(
            "return document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        save_screenshot(browser, "embed-ar-320px.png")
    finally:
        browser.set_window_size(480, 900)
    assert overflow <= 0


TIMELINEJS = Path(__file__).resolve().parent / "timelinejs" / "node_modules" / "@knight-lab" / "timelinejs" / "dist"


@pytest.mark.skipif(not TIMELINEJS.exists() and not os.environ.get("CI"), reason="npm ci --prefix tests/embed/...")
def test_the_timelinejs_export_renders_in_timelinejs_3_without_errors(browser, live_timeline, host_page, tmp_path):
    (tmp_path / "timelinejs").symlink_to(TIMELINEJS, target_is_directory=True)
    export = f"{live_timeline.url}/api/v1/exports/timelinejs.json?lang=he"
    events = len(Claim.objects.filter(status="approved"))
    page = host_page(
        "timelinejs.html",
        '<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,">'
        '<link rel="stylesheet" href="timelinejs/css/timeline.css">'
        '<script src="timelinejs/js/timeline.js"></script></head><body>'
        '<div id="tl" style="width:900px;height:600px"></div><script>'
        "window.__errors = [];"
        "window.addEventListener('error', function (e) { window.__errors.push(String(e.message)); });"
        f"window.timeline = new TL.Timeline('tl', '{export}', {{font: null, script_path: 'timelinejs/js/'}});"
        "</script></body></html>",
    )
    browser.get_log("browser")  # forget earlier pages' messages

    browser.get(page)
    WebDriverWait(browser, 20).until(lambda d: len(d.find_elements(By.CSS_SELECTOR, ".tl-slide")) > 1)

    slides = browser.find_elements(By.CSS_SELECTOR, ".tl-slide")
    severe = [entry["message"] for entry in browser.get_log("browser") if entry["level"] == "SEVERE"]
    save_screenshot(browser, "timelinejs-he.png")
    assert browser.execute_script("return window.__errors") == []
    assert severe == []
    assert len(slides) == events + 1  # the title slide, then one per claim
    dates = browser.execute_script(
        "return [].map.call(document.querySelectorAll('.tl-headline-date'), function (e) { return e.textContent; })"
    )
    assert "שנות ה־1990" in dates and "the 1990s" not in dates  # uncertain dates shown in Hebrew words


def test_the_embed_still_shows_after_the_browser_revalidates_it(browser, live_timeline, host_page, settings):
    """A reload after max-age: Chromium asks again with If-None-Match, gets a 304 and merges its headers
    into the cached copy. Those headers must allow the framing as the 200 did, or the frame goes blank."""
    settings.PUBLIC_MAX_AGE = 1
    browser.get(host_page("revalidated.html", embedding_page(live_timeline, actor="moshe-yaalon", lang="en")))
    wait_for_resize(browser)
    time.sleep(2.5)  # past max-age: the next load revalidates

    browser.refresh()
    wait_for_resize(browser)
    frame = browser.find_element(By.CSS_SELECTOR, "iframe.iaz-embed")
    browser.switch_to.frame(frame)
    WebDriverWait(browser, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, ".iaz-item"))
    items = browser.find_elements(By.CSS_SELECTOR, ".iaz-item")
    url = browser.execute_script("return document.location.href")
    browser.switch_to.default_content()
    assert len(items) == 2 and url.startswith(live_timeline.url), url


def test_the_public_page_s_state_is_its_url_and_every_link_carries_it(browser, live_timeline):
    """A filter applied by the script, a search and a language switch survive a reload and a shared link; the
    counts, the export links and the language links follow the filters; no match says so."""
    browser.get(f"{live_timeline.url}/?lang=en")

    Select(browser.find_element(By.NAME, "actor")).select_by_value("moshe-yaalon")

    assert "actor=moshe-yaalon" in browser.current_url
    counts = [e.text for e in browser.find_elements(By.CSS_SELECTOR, ".iaz-shown")]
    assert counts == ["2", "2"]  # the header's count and the list's
    csv = browser.find_element(By.LINK_TEXT, "CSV").get_attribute("href")
    assert "actor=moshe-yaalon" in csv
    hebrew = browser.find_element(By.CSS_SELECTOR, ".iaz-languages a[lang=he]").get_attribute("href")
    assert "actor=moshe-yaalon" in hebrew and "lang=he" in hebrew
    import csv as csv_module
    import io
    import urllib.request

    with urllib.request.urlopen(csv) as exported:  # noqa: S310 - the live test server  # the CSV link exports what the page shows
        rows = list(csv_module.reader(io.StringIO(exported.read().decode("utf-8-sig"))))
    assert len(rows) == 1 + 2

    browser.get(hebrew)  # the language switch keeps the filter
    assert len(browser.find_elements(By.CSS_SELECTOR, ".iaz-item")) == 2
    assert Select(browser.find_element(By.NAME, "actor")).first_selected_option.get_attribute("value") == "moshe-yaalon"

    search = browser.find_element(By.NAME, "q")
    search.send_keys("Baku", Keys.ENTER)  # words are searched by the server: the URL holds them
    WebDriverWait(browser, 10).until(lambda d: "q=Baku" in d.current_url)
    browser.refresh()
    assert browser.find_element(By.NAME, "q").get_attribute("value") == "Baku"
    assert "actor=moshe-yaalon" in browser.current_url and "lang=he" in browser.current_url

    browser.get(f"{live_timeline.url}/?lang=en")
    earlier = browser.find_element(By.NAME, "to")
    earlier.send_keys("1800", Keys.TAB)  # a change the loaded entries answer: nothing matches
    WebDriverWait(browser, 10).until(lambda d: "to=1800" in d.current_url)
    empty = browser.find_element(By.CSS_SELECTOR, ".iaz-empty")
    assert empty.is_displayed() and empty.text == "No entries match."


def test_the_review_screen_adds_an_actor_by_typing_part_of_its_name(browser, live_timeline):
    from django.contrib.auth.models import User

    from tests.conftest import curator_group

    user = User.objects.create_user("reviewer", password="a-reviewer-password", is_staff=True)
    user.groups.add(curator_group())
    claim = Claim.objects.filter(status="approved").exclude(actors__slug="shimon-peres").order_by("pk").first()
    browser.get(f"{live_timeline.url}/admin/login/?next=/admin/facts/claim/{claim.pk}/review/")
    browser.find_element(By.NAME, "username").send_keys("reviewer")
    browser.find_element(By.NAME, "password").send_keys("a-reviewer-password", Keys.ENTER)
    WebDriverWait(browser, 10).until(lambda d: "/review/" in d.current_url)
    before = set(claim.actors.values_list("slug", flat=True))

    browser.find_element(By.CSS_SELECTOR, "#id_actors + .select2 .select2-search__field").send_keys("Pere")
    option = WebDriverWait(browser, 10).until(
        lambda d: [o for o in d.find_elements(By.CSS_SELECTOR, ".select2-results__option") if "Peres" in o.text]
    )[0]
    option.click()
    browser.find_element(By.CSS_SELECTOR, "button[value=save]").click()
    WebDriverWait(browser, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, ".messagelist"))

    assert set(claim.actors.values_list("slug", flat=True)) == before | {"shimon-peres"}  # the others kept


@pytest.mark.parametrize(
    ("lang", "later"), [("en", Keys.ARROW_RIGHT), ("he", Keys.ARROW_LEFT), ("ar", Keys.ARROW_LEFT)]
)
def test_the_horizontal_chart_runs_with_its_axis_follows_the_filters_and_the_focused_card_shows_whole(
    browser, live_timeline, lang, later
):
    browser.get(f"{live_timeline.url}/embed/timeline/?layout=horizontal&lang={lang}")
    # The chart's bars (as drawn, transforms and all) and the axis's marks put later years on the same side.
    bar_x = browser.execute_script(
        "var out = {}; [].forEach.call(document.querySelectorAll('.iaz-chart rect'), function (bar) {"
        "  var r = bar.getBoundingClientRect(); out[bar.dataset.year] = (r.left + r.right) / 2; }); return out"
    )
    mark_x = browser.execute_script(
        "return [].map.call(document.querySelectorAll('.iaz-mark'), function (mark) {"
        "  var r = mark.getBoundingClientRect(); return (r.left + r.right) / 2; })"
    )
    years = sorted(bar_x, key=int)
    assert (bar_x[years[-1]] > bar_x[years[0]]) == (mark_x[-1] > mark_x[0]) == (lang == "en")
    ticks = browser.execute_script(
        "return [].map.call(document.querySelectorAll('.iaz-ticks span'), function (t) {"
        "  var r = t.getBoundingClientRect(), c = t.parentNode.getBoundingClientRect();"
        "  return [+t.textContent, r.left, r.right, c.left, c.right]; })"
    )
    assert (ticks[-1][1] > ticks[0][1]) == (lang == "en")
    assert all(left >= box_left - 1 and right <= box_right + 1 for _, left, right, box_left, box_right in ticks)

    def charted() -> dict[str, int]:
        """Entries per year as the bars now say (their heights, in proportion, and their titles)."""
        return browser.execute_script(
            "var out = {}; [].forEach.call(document.querySelectorAll('.iaz-chart rect'), function (bar) {"
            "  var n = +/: (\\d+) —/.exec(bar.textContent)[1];"
            "  if (n) out[bar.dataset.year] = (out[bar.dataset.year] || 0) + n;"
            "  if (!n && +bar.getAttribute('height') !== 0) out.bad = 1; }); return out"
        )

    Select(browser.find_element(By.NAME, "topic")).select_by_value("energy")
    shown = browser.find_elements(By.CSS_SELECTOR, ".iaz-item:not([hidden])")
    per_year: dict[str, int] = {}
    for item in shown:
        per_year[item.get_attribute("data-year")] = per_year.get(item.get_attribute("data-year"), 0) + 1
    assert 2 < len(shown) < len(browser.find_elements(By.CSS_SELECTOR, ".iaz-item")) // 2
    assert charted() == per_year

    # Stepped with the arrow keys from the first shown to the last, each focused card is whole in the track.
    track = browser.find_element(By.CSS_SELECTOR, ".iaz-list")
    browser.execute_script("arguments[0].focus()", shown[0])
    for item in shown[1:]:
        browser.switch_to.active_element.send_keys(later)
        assert browser.switch_to.active_element.get_attribute("id") == item.get_attribute("id")
        assert browser.execute_script(
            "var r = arguments[0].getBoundingClientRect(), t = arguments[1].getBoundingClientRect();"
            "return r.left >= t.left - 1 && r.right <= t.right + 1",
            item,
            track,
        ), item.get_attribute("id")


def test_the_page_opens_from_1991_and_the_earlier_history_stays_once_asked_for(browser, live_timeline):
    """The default period is a value in the From field; emptied, the whole timeline shows, and it stays whole
    through a filter the script applies, a reload and a language switch."""
    browser.get(f"{live_timeline.url}/?lang=en")
    opened = len(browser.find_elements(By.CSS_SELECTOR, ".iaz-item"))
    assert browser.find_element(By.NAME, "from").get_attribute("value") == "1991"
    assert "1991" in browser.find_element(By.CSS_SELECTOR, ".iaz-default").text

    browser.find_element(By.NAME, "from").send_keys(Keys.BACKSPACE * 4, Keys.ENTER)
    WebDriverWait(browser, 10).until(lambda d: "from=" in d.current_url)
    whole = len(browser.find_elements(By.CSS_SELECTOR, ".iaz-item"))
    assert whole > opened and not browser.find_elements(By.CSS_SELECTOR, ".iaz-default")

    Select(browser.find_element(By.NAME, "actor")).select_by_value("armenia")  # the script filters
    shown = int(browser.find_element(By.CSS_SELECTOR, ".iaz-shown").text)
    assert "from=&" in browser.current_url or browser.current_url.endswith("from=")
    browser.refresh()
    assert len(browser.find_elements(By.CSS_SELECTOR, ".iaz-item")) == shown
    assert browser.find_element(By.NAME, "from").get_attribute("value") == ""
    browser.find_element(By.CSS_SELECTOR, ".iaz-languages a[lang=ar]").click()
    WebDriverWait(browser, 10).until(lambda d: "lang=ar" in d.current_url)
    assert len(browser.find_elements(By.CSS_SELECTOR, ".iaz-item")) == shown
    years = [
        int(y)
        for y in browser.execute_script(
            "return [].map.call(document.querySelectorAll('.iaz-item'), function (i) { return i.dataset.year; })"
        )
        if y
    ]
    assert min(years) < 1991


@pytest.mark.parametrize(
    ("query", "field", "words"),
    [("from=when+pigs+fly", "from", "bad_date"), ("from=2020&to=2010", "to", "reversed")],
)
def test_a_date_that_cannot_be_read_shows_the_page_with_the_reason_in_hebrew_beside_its_field(
    browser, live_timeline, query, field, words
):
    from embed.presentation import WORDS

    browser.get(f"{live_timeline.url}/?lang=he&{query}")
    message = browser.find_element(By.ID, f"iaz-problem-{field}")
    box = browser.find_element(By.NAME, field)
    assert WORDS["he"][words] in message.text and message.is_displayed()
    assert box.get_attribute("aria-invalid") == "true" and box.get_attribute(
        "aria-describedby"
    ) == message.get_attribute("id")
    assert box.get_attribute("value") == dict(pair.split("=") for pair in query.split("&"))[field].replace("+", " ")
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("dir") == "rtl"
    assert browser.find_elements(By.CSS_SELECTOR, ".iaz-item")  # the list is there, the other filters applied
