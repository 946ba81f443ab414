from django.apps import AppConfig


class IntakeConfig(AppConfig):
    name = "intake"
    verbose_name = "Intake"

    def ready(self) -> None:
        from intake import tasks  # noqa: F401 - registers the Celery task the services send by name
