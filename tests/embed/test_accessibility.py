"""axe-core (Deque's accessibility engine, the one browser extensions and CI tools run) finds no serious or
critical violation on the public pages a reader sees — `/`, a claim's page and the embed — in Hebrew, Arabic
and English, in real Chromium against the live server. axe's script comes with the `axe-core-python` package
(nothing fetched); it is run by WebDriver, outside the pages' own Content-Security-Policy."""

import pytest
from axe_core_python.selenium import Axe

from facts.models import Claim
from tests.embed.test_browser import HAVE_BROWSER, browser, live_timeline  # noqa: F401  # fixtures

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not HAVE_BROWSER, reason="apt-get install chromium chromium-driver (CI does)"),
]
SERIOUS = {"serious", "critical"}


def serious_violations(driver, url: str) -> list[tuple[str, str, list[str]]]:
    driver.get(url)
    results = Axe().run(driver)
    return [
        (violation["id"], violation["impact"], [node["target"][0] for node in violation["nodes"][:3]])
        for violation in results["violations"]
        if violation["impact"] in SERIOUS
    ]


@pytest.mark.parametrize("language", ["he", "ar", "en"])
def test_the_public_pages_have_no_serious_or_critical_accessibility_violation(browser, live_timeline, language):  # noqa: F811
    claim = Claim.objects.filter(status="approved").order_by("pk").first()
    pages = [f"/?lang={language}", f"/claims/{claim.pk}/?lang={language}", f"/embed/timeline/?lang={language}"]

    found = {page: serious_violations(browser, live_timeline.url + page) for page in pages}

    assert found == {page: [] for page in pages}
