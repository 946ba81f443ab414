"""The admin's "Add article" driven once in Chromium: a curator pastes a text, reads what would be stored,
completes the form and lands on its job, done, with the link to the proposals."""

import pytest
from django.contrib.auth.models import User
from django.test import Client
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from corpus.models import Article
from tests.conftest import curator_group
from tests.embed.test_browser import HAVE_BROWSER, browser  # noqa: F401 - the module's Chromium fixture

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not HAVE_BROWSER, reason="apt-get install chromium chromium-driver (CI does)"),
]
TEXT = "Israel and Azerbaijan signed a memorandum on cyber security on 9 September 2021 in Baku, officials said."


def curator_in_the_browser(driver, live_server, username: str) -> None:
    """The seeds stored, and the browser logged in as a new curator (the session's cookie, no login form)."""
    from corpus.services import corpus_ingest
    from tests.conftest import SEEDS

    corpus_ingest(paths=[SEEDS])
    curator = User.objects.create_user(username, password="unused-password-123", is_staff=True)
    curator.groups.add(curator_group())
    client = Client()
    client.force_login(curator)
    driver.get(f"{live_server.url}/admin/login/")
    driver.add_cookie({"name": "sessionid", "value": client.cookies["sessionid"].value, "path": "/"})


def test_a_curator_adds_an_article_in_the_browser(browser, transactional_db, live_server):  # noqa: F811
    curator_in_the_browser(browser, live_server, "browser-curator")

    browser.get(f"{live_server.url}/admin/corpus/article/add/")
    browser.find_element(By.ID, "id_text").send_keys(TEXT)
    browser.find_element(By.ID, "id_new_source").send_keys("Browser Wire")
    browser.find_element(By.NAME, "_preview").click()  # read first: what would be stored, the form filled

    WebDriverWait(browser, 30).until(lambda driver: driver.find_elements(By.ID, "intake-preview"))
    assert "memorandum on cyber security" in browser.find_element(By.ID, "intake-preview").text
    assert browser.find_element(By.ID, "id_language").get_attribute("value") == "en"  # detected
    assert browser.find_element(By.ID, "id_new_source").get_attribute("value") == "Browser Wire"  # kept
    assert not Article.objects.filter(title="Cyber memorandum").exists()
    title = browser.find_element(By.ID, "id_title")
    suggested = title.get_attribute("value")  # the text's first sentence (it has no headline line), shortened
    assert suggested.endswith("…") and TEXT.startswith(suggested[:-1]) and len(suggested) > 60
    title.clear()
    title.send_keys("Cyber memorandum")
    browser.find_element(By.NAME, "_save").click()

    WebDriverWait(browser, 30).until(lambda driver: "/admin/intake/job/" in driver.current_url)
    page = browser.find_element(By.TAG_NAME, "body").text
    assert "Done" in page and "Review the" in page
    assert Article.objects.filter(title="Cyber memorandum").exists()
    link = browser.find_element(By.PARTIAL_LINK_TEXT, "Review the")
    assert "status__exact=proposed" in link.get_attribute("href")


def test_bringing_in_a_web_page_lands_on_a_live_job_page_that_shows_progress_then_the_proposals(
    browser,  # noqa: F811
    transactional_db,
    live_server,
    settings,
):
    """Without a broker (make run) the job runs after the response: the curator lands on its page at once, sees
    it queued or running while the page (3 s to come) is fetched, then done with the link to its proposals."""
    from tests.intake.pages import serving
    from tests.intake.test_concurrent_intake import VerySlowPage

    settings.JOBS_AFTER_RESPONSE = True
    curator_in_the_browser(browser, live_server, "url-curator")

    with serving(VerySlowPage) as base:
        browser.get(f"{live_server.url}/admin/corpus/article/add/")
        browser.find_element(By.ID, "id_url").send_keys(f"{base}/en/pipeline.html")
        browser.find_element(By.ID, "id_new_source").send_keys("The Daily Test")
        browser.find_element(By.NAME, "_save").click()

        WebDriverWait(browser, 10).until(lambda driver: "/admin/intake/job/" in driver.current_url)
        first = browser.find_element(By.TAG_NAME, "body").text
        assert ("Queued…" in first or "Running…" in first) and "Review the" not in first
        WebDriverWait(browser, 40).until(lambda driver: driver.find_elements(By.PARTIAL_LINK_TEXT, "Review the"))

    assert "Done" in browser.find_element(By.TAG_NAME, "body").text
    assert Article.objects.get(url=f"{base}/en/pipeline.html").title == "Azerbaijan and Israel sign a gas deal"
