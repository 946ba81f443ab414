"""The `curator` group: reviews and edits claims and citations, maintains actors and topics, reads the
corpus. Articles themselves change only through ingestion."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

CURATOR_PERMISSIONS = {
    "facts": {
        "claim": ["view", "add", "change", "delete", "review"],
        "citation": ["view", "add", "change", "delete"],
        "actor": ["view", "add", "change"],
        "actoralias": ["view", "add", "change", "delete"],
        "topic": ["view", "add", "change"],
        "historicalclaim": ["view"],
        "historicalcitation": ["view"],
    },
    "corpus": {"article": ["view"], "source": ["view", "add", "change"]},
}


def create_curator_group(apps, schema_editor):
    # Permissions are normally created after all migrations ran; create them now so the group can hold them.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name="curator")
    for app_label, models in CURATOR_PERMISSIONS.items():
        for model, actions in models.items():
            codenames = [f"{action}_{model}" for action in actions]
            permissions = Permission.objects.filter(content_type__app_label=app_label, codename__in=codenames)
            missing = set(codenames) - set(permissions.values_list("codename", flat=True))
            if missing:
                raise RuntimeError(f"permissions missing for the curator group: {sorted(missing)}")
            group.permissions.add(*permissions)


def remove_curator_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name="curator").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("facts", "0001_initial"),
        ("corpus", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_curator_group, remove_curator_group)]
