"""Curators bring articles in (the admin's "Add article", POST /api/v1/articles/) and follow their jobs."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

PERMISSIONS = {"corpus": {"article": ["add"]}, "intake": {"job": ["view", "add"]}}


def grant(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name="curator")
    for app_label, models in PERMISSIONS.items():
        for model, actions in models.items():
            codenames = [f"{action}_{model}" for action in actions]
            group.permissions.add(
                *Permission.objects.filter(content_type__app_label=app_label, codename__in=codenames)
            )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group in Group.objects.filter(name="curator"):
        group.permissions.remove(
            *Permission.objects.filter(codename__in=["add_article", "view_job", "add_job"])
        )


class Migration(migrations.Migration):
    dependencies = [("intake", "0001_initial"), ("facts", "0002_curator_group")]

    operations = [migrations.RunPython(grant, revoke)]
