"""Curators keep the named periods extraction dates "during X" by (wars, terms of office, elections): they view,
add and change them in the admin."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

CODENAMES = ["view_period", "add_period", "change_period"]


def grant(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name="curator")
    group.permissions.add(*Permission.objects.filter(content_type__app_label="facts", codename__in=CODENAMES))


def revoke(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    for group in apps.get_model("auth", "Group").objects.filter(name="curator"):
        group.permissions.remove(*Permission.objects.filter(content_type__app_label="facts", codename__in=CODENAMES))


class Migration(migrations.Migration):
    dependencies = [("facts", "0012_claim_date_anchor")]

    operations = [migrations.RunPython(grant, revoke)]
