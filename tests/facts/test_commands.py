from io import StringIO

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command
from django.core.management.base import CommandError
from django.http import HttpRequest

pytestmark = pytest.mark.django_db


def test_create_curator_makes_a_staff_account_in_the_curator_group(monkeypatch, client):
    monkeypatch.setenv("CURATOR_PASSWORD", "long-enough-curator-pass")

    call_command("create_curator", "alice", "--email", "alice@example.org", stdout=StringIO())

    alice = User.objects.get(username="alice")
    assert alice.is_staff and not alice.is_superuser
    assert list(alice.groups.values_list("name", flat=True)) == ["curator"]
    assert alice.has_perm("facts.review_claim") and not alice.has_perm("corpus.change_article")
    assert client.login(request=HttpRequest(), username="alice", password="long-enough-curator-pass")


def test_create_curator_refuses_a_weak_password(monkeypatch):
    monkeypatch.setenv("CURATOR_PASSWORD", "123")

    with pytest.raises(CommandError, match="too short"):
        call_command("create_curator", "bob", stdout=StringIO())

    assert not User.objects.filter(username="bob").exists()
