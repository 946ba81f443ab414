"""Settings for running the product on a developer's machine (the README's run command)."""

import os

from .base import *  # noqa: F403
from .base import MIDDLEWARE, env_bool

DEBUG = env_bool("DEBUG", True)
SECRET_KEY = os.environ.get("SECRET_KEY") or "local-development-only-not-secret"
# Plain static storage: runserver serves admin assets without a collectstatic step.
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# runserver serves static files itself in development; WhiteNoise serves the collected files in production.
MIDDLEWARE = [name for name in MIDDLEWARE if not name.startswith("whitenoise.")]
INSTALLED_APPS = [name for name in INSTALLED_APPS if name != "whitenoise.runserver_nostatic"]
