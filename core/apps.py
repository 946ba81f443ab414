from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = "Core"

    def ready(self) -> None:
        from django.urls import register_converter

        from core.http import DatabaseId

        register_converter(DatabaseId, "id")
        # The timeline's related values arrive as PostgreSQL `json` (core.db), which psycopg decodes with
        # the standard library unless told otherwise; orjson decodes a page several times faster.
        import orjson
        from psycopg.types.json import set_json_loads

        set_json_loads(orjson.loads)
