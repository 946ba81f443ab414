"""The review screen: a proposal led by its quote (date words marked, the date's anchor said), the fields to
write, and decisions that go through the claim services."""

import pytest
from django.contrib.auth.models import User
from django.urls import reverse

from facts.extraction.proposals import draft_summary
from facts.models import Claim
from tests.factories import ArticleFactory, CitationFactory

pytestmark = pytest.mark.django_db
QUOTE = "כוננו ישראל ואזרבייג'ן יחסים דיפלומטיים באפריל 1992"


def proposal(**claim) -> Claim:
    """A proposal as extraction leaves it: its summary is the machine's draft."""
    article = ArticleFactory()
    date_words = QUOTE.index("באפריל 1992")
    citation = CitationFactory(
        article=article,
        quote=QUOTE,
        date_span_start=date_words,
        date_span_end=date_words + len("באפריל 1992"),
        claim__status=Claim.Status.PROPOSED,
        claim__summary=draft_summary(["Israel", "Azerbaijan"], "1992-04", "he"),
        claim__date="1992-04",
        **{f"claim__{key}": value for key, value in claim.items()},
    )
    return citation.claim


def review_url(claim: Claim) -> str:
    return reverse("admin:facts_claim_review", args=[claim.pk])


def decision(claim: Claim, action: str, **fields) -> dict:
    return {
        "summary": claim.summary,
        "summary_he": "",
        "summary_ar": "",
        "date": claim.date,
        "seen_version": claim.version,
        "action": action,
        **fields,
    }


def test_the_screen_leads_with_the_quote_its_date_words_and_the_date_s_anchor(curator_client):
    claim = proposal(date_anchor="previous")

    page = curator_client.get(review_url(claim)).content.decode()

    quote_at, form_at = page.index('class="review-quote" lang="he" dir="rtl"'), page.index('id="review-form"')
    assert quote_at < form_at  # the quote first, then the fields
    assert '<b class="date-words">באפריל 1992</b>' in page
    assert "resolved against the date the text mentioned before" in page and "April 1992" in page
    assert 'name="summary_he"' in page and 'lang="he" dir="rtl"' in page


def test_approving_with_a_hebrew_summary_saves_it_and_moves_to_the_next_proposal(curator_client):
    claim, following = proposal(), proposal()

    response = curator_client.post(
        review_url(claim),
        decision(
            claim,
            "approve",
            summary="Relations established in April 1992",
            summary_he="ישראל ואזרבייג'ן כוננו יחסים באפריל 1992.",
        ),
    )

    claim.refresh_from_db()
    assert claim.status == Claim.Status.APPROVED and claim.summary_he.startswith("ישראל ואזרבייג'ן")
    assert response.status_code == 302 and response["Location"] == review_url(following)


def test_reject_merge_and_next(curator_client):
    kept, rejected, merged = proposal(), proposal(), proposal()

    curator_client.post(review_url(rejected), decision(rejected, "reject"))
    curator_client.post(review_url(merged), decision(merged, "merge", merge_into=kept.pk))
    skipped = curator_client.post(review_url(kept), decision(kept, "next"))

    rejected.refresh_from_db()
    merged.refresh_from_db()
    assert rejected.status == Claim.Status.REJECTED
    assert merged.merged_into == kept and merged.status == Claim.Status.REJECTED
    assert skipped["Location"].endswith("?status__exact=proposed") or "review" in skipped["Location"]
    assert Claim.objects.get(pk=kept.pk).status == Claim.Status.PROPOSED


def test_a_stale_decision_is_refused_and_says_who_changed_it(curator_client, curator):
    claim = proposal()
    stale = decision(claim, "approve", summary_he="ישראל ואזרבייג'ן כוננו יחסים באפריל 1992.")
    Claim.objects.filter(pk=claim.pk).update(version=claim.version + 1)

    response = curator_client.post(review_url(claim), stale)

    assert response.status_code == 200 and "changed" in response.content.decode()
    assert Claim.objects.get(pk=claim.pk).status == Claim.Status.PROPOSED


def test_approving_needs_the_review_permission(client):
    from django.contrib.auth.models import Permission

    editor = User.objects.create_user("editor", password="x", is_staff=True)
    editor.user_permissions.add(*Permission.objects.filter(codename__in=["change_claim", "view_claim"]))
    client.force_login(editor)
    claim = proposal()

    page = client.get(review_url(claim)).content.decode()
    refused = client.post(review_url(claim), decision(claim, "approve"))

    assert 'value="approve"' not in page
    assert refused.status_code == 403 and Claim.objects.get(pk=claim.pk).status == Claim.Status.PROPOSED


def test_the_proposals_list_shows_each_quote_with_its_date_words(curator_client):
    claim = proposal()

    page = curator_client.get(reverse("admin:facts_claim_changelist"), {"status__exact": "proposed"}).content.decode()

    assert "<b>באפריל 1992</b>" in page and review_url(claim) in page


@pytest.mark.browser
def test_a_proposal_is_approved_by_keyboard_alone_in_chromium(transactional_db, live_server):
    from django.test import Client
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import WebDriverWait

    from tests.conftest import curator_group
    from tests.embed.test_browser import HAVE_BROWSER

    if not HAVE_BROWSER:
        pytest.skip("apt-get install chromium chromium-driver (CI does)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    from tests.embed.test_browser import CHROMEDRIVER, CHROMIUM

    curator = User.objects.create_user("keyboard-curator", password="unused-password-123", is_staff=True)
    curator.groups.add(curator_group())
    first, second = proposal(), proposal()
    session = Client()
    session.force_login(curator)
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--window-size=1280,900",
    ):
        options.add_argument(flag)
    browser = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    try:
        browser.get(f"{live_server.url}/admin/login/")
        browser.add_cookie({"name": "sessionid", "value": session.cookies["sessionid"].value, "path": "/"})
        browser.get(live_server.url + review_url(first))

        # Nothing focused: "a" asks to approve; the summary is extraction's draft and the Hebrew one is not
        # written, so the same proposal comes back with the reasons beside the fields.
        ActionChains(browser).send_keys("a").perform()
        WebDriverWait(browser, 15).until(lambda d: "Write the Hebrew summary" in d.page_source)
        assert review_url(first) in browser.current_url

        # Writing both, Ctrl+Enter in the box approves (typing "a" there is just a letter); the next one opens.
        summary = browser.find_element(By.NAME, "summary")
        summary.clear()
        summary.send_keys("Israel and Azerbaijan established relations in April 1992.")
        box = browser.find_element(By.NAME, "summary_he")
        box.click()
        box.send_keys("ישראל ואזרבייג'ן כוננו יחסים באפריל 1992.")
        box.send_keys(Keys.CONTROL, Keys.ENTER)
        WebDriverWait(browser, 15).until(lambda d: review_url(second) in d.current_url)
    finally:
        browser.quit()

    first.refresh_from_db()
    second.refresh_from_db()
    assert first.status == Claim.Status.APPROVED and second.status == Claim.Status.PROPOSED
    assert first.summary_he == "ישראל ואזרבייג'ן כוננו יחסים באפריל 1992."


def test_the_claims_list_leads_to_the_first_proposal(curator_client):
    first, _ = proposal(), proposal()

    page = curator_client.get(reverse("admin:facts_claim_changelist")).content.decode()
    response = curator_client.get(reverse("admin:facts_claim_review_first"))

    assert reverse("admin:facts_claim_review_first") in page
    assert response.status_code == 302 and response["Location"] == review_url(first)


def test_a_machine_draft_is_never_approved_and_the_source_language_summary_is_asked_for(curator_client):
    claim = proposal()

    as_drafted = curator_client.post(review_url(claim), decision(claim, "approve", summary_he="כוננו יחסים."))
    without_hebrew = curator_client.post(review_url(claim), decision(claim, "approve", summary="Relations in 1992."))

    assert as_drafted.status_code == without_hebrew.status_code == 200
    assert "Still extraction&#x27;s draft" in as_drafted.content.decode()
    assert "Write the Hebrew summary before approving" in without_hebrew.content.decode()
    assert Claim.objects.get(pk=claim.pk).status == Claim.Status.PROPOSED


def test_the_services_refuse_to_publish_a_draft_whatever_path_asks(curator):
    from django.core.exceptions import ValidationError

    from facts.services.claims import claim_update, claims_approve

    claim = proposal()

    with pytest.raises(ValidationError, match="draft"):
        claims_approve(claims=[claim], by=curator)
    with pytest.raises(ValidationError, match="draft"):
        claim_update(claim=claim, by=curator, status=Claim.Status.APPROVED)
    assert Claim.objects.get(pk=claim.pk).status == Claim.Status.PROPOSED


def test_merging_claims_of_different_dates_asks_first_showing_both_dates(curator_client):
    kept, other = proposal(), proposal()
    Claim.objects.filter(pk=kept.pk).update(date="2014")
    Claim.objects.filter(pk=other.pk).update(date="2025-11")
    kept.refresh_from_db()
    other.refresh_from_db()

    asked = curator_client.post(review_url(other), decision(other, "merge", merge_into=kept.pk))

    page = asked.content.decode()
    assert asked.status_code == 200 and "is dated 2014 (2014)" in page and "November 2025 (2025-11)" in page
    assert 'name="merge_dates_differ"' in page
    assert Claim.objects.get(pk=other.pk).merged_into is None  # nothing merged yet
    curator_client.post(review_url(other), decision(other, "merge", merge_into=kept.pk, merge_dates_differ="on"))
    assert Claim.objects.get(pk=other.pk).merged_into == kept
