"""GraphiQL works with no network: its files are served by the application, each the exact file graphene-django
pins (its integrity hash), and Chromium, unable to resolve any other host, runs a query in it."""

from __future__ import annotations

import base64
import hashlib
import re
from urllib.parse import quote

import pytest
from django.contrib.staticfiles import finders
from django.templatetags.static import static

from tests.embed.test_browser import CHROMEDRIVER, CHROMIUM, HAVE_BROWSER, live_timeline  # noqa: F401 - fixture

pytestmark = pytest.mark.django_db


def graphiql_page(client) -> str:
    response = client.get("/graphql", HTTP_ACCEPT="text/html")
    assert response.status_code == 200
    return response.content.decode()


def test_graphiql_loads_every_file_from_the_application_each_the_file_graphene_django_pins(client):
    page = graphiql_page(client)

    references = re.findall(r'<(?:script|link)[^>]*?(?:src|href)="([^"]+)"(?:[^>]*?integrity="([^"]*)")?', page)
    assert len(references) >= 8
    assert not re.search(r'(?:src|href)="(?:https?:)?//', page)  # nothing from another host
    static_root = static("")
    for url, integrity in references:
        assert url.startswith(static_root), url
        path = finders.find(url.removeprefix(static_root))
        assert path, f"{url} is not among the static files"
        if url.endswith("graphene_django/graphiql.js"):
            continue  # graphene-django's own file, from its package
        with open(path, "rb") as served:
            digest = base64.b64encode(hashlib.sha256(served.read()).digest()).decode()
        assert integrity == f"sha256-{digest}", url


@pytest.mark.browser
@pytest.mark.skipif(not HAVE_BROWSER, reason="apt-get install chromium chromium-driver (CI does)")
def test_graphiql_runs_a_query_in_chromium_with_no_network(live_timeline):  # noqa: F811
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                 "--window-size=1280,900", "--disable-background-networking",
                 # No host but the test server resolves: a CDN (or anything else) cannot be reached.
                 "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1 , EXCLUDE localhost"):  # fmt: skip
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    try:
        query = "{ claims(first: 2) { edges { node { summary date } } } }"
        driver.get(f"{live_timeline.url}/graphql#query={quote(query)}")  # GraphiQL's link to a query
        button = WebDriverWait(driver, 30).until(
            lambda d: d.find_elements(By.CSS_SELECTOR, ".graphiql-execute-button")
        )[0]
        button.click()
        WebDriverWait(driver, 30).until(lambda d: '"edges"' in d.find_element(By.CSS_SELECTOR, ".result-window").text)
        result = driver.find_element(By.CSS_SELECTOR, ".result-window").text
        assert '"summary"' in result and '"errors"' not in result
    except Exception:
        print(driver.get_log("browser"), driver.page_source[:3000])
        raise
    finally:
        driver.quit()
