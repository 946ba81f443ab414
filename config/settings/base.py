"""Settings shared by every environment. Everything that differs between machines comes from the
environment (twelve-factor): DATABASE_URL, SECRET_KEY, DEBUG, ALLOWED_HOSTS."""

import datetime as dt
import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_bool(name: str, default: bool) -> bool:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    value = raw.strip().lower()
    if value in {"1", "true", "yes", "on"}:
        return True
    if value in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name}={raw!r} is not a boolean (use true/false, 1/0, yes/no, on/off)")


def env_list(name: str, default: list[str]) -> list[str]:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    return [item.strip() for item in raw.split(",") if item.strip()]


DEBUG = env_bool("DEBUG", False)
# Only the local and test settings provide a fallback key; production refuses to start without one.
SECRET_KEY = os.environ.get("SECRET_KEY", "")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost"])

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "60")),
        # A kept-open connection is checked before a request uses it: after a database restart the first
        # request of each worker reconnects instead of failing with a 500.
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Two curators saving at once on the default database: readers never wait for the writer (WAL), a
    # writer waits up to 20 s for the other (busy timeout) and takes the write lock when its transaction
    # begins (IMMEDIATE), so it is never refused halfway with "database is locked".
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }

INSTALLED_APPS = [
    "config.apps.TimelineAdminConfig",  # Django's admin, with the review screen in its index (config/admin.py)
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "simple_history",
    "rest_framework",
    "rest_framework.authtoken",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "corsheaders",
    "graphene_django",
    "axes",
    "core",
    "corpus",
    "facts",
    "intake",
    "embed",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "core.middleware.ReadOnlyCorsMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "core.middleware.TokenAuthenticationMiddleware",  # tokens on every surface (exports, GraphQL, JSON-LD)
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "core.middleware.FrameAncestorsMiddleware",
    # Records which user made each change in the claim and citation history.
    "simple_history.middleware.HistoryRequestMiddleware",
    # Last, as django-axes requires: answers a locked-out login with its 429 page.
    "axes.middleware.AxesMiddleware",
]

# Password guessing at the admin's login meets a lockout (django-axes): after AXES_FAILURE_LIMIT wrong
# passwords for one username from one address, that pair is refused for AXES_COOLOFF_TIME (a 429), even with
# the right password; a success resets the count. The API's token endpoint has its own throttle (core.api).
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# The client's address, as the throttles, the lockout and the logs see it (core.http.client_address): with
# TRUSTED_PROXIES=0 (nothing in front) the connection's address, whatever X-Forwarded-For a client sends;
# with N proxies in front, each appending the address it saw, the Nth entry from the right of X-Forwarded-For
# (docker-compose: nginx, which sets the header to the address it saw, so TRUSTED_PROXIES=1).
TRUSTED_PROXIES = int(os.environ.get("TRUSTED_PROXIES", "0"))
AXES_CLIENT_IP_CALLABLE = "core.http.client_address"
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = dt.timedelta(minutes=int(os.environ.get("AXES_COOLOFF_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_VERBOSE = env_bool("AXES_VERBOSE", False)  # lockouts are in the admin (Access attempts), not on every command

# Uploads go to a temporary file as they arrive and are dropped past the intake's limit (core/uploads.py).
FILE_UPLOAD_HANDLERS = ["core.uploads.BoundedUploadHandler"]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"
ASGI_APPLICATION = "config.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
    # The timeline's list of entries (embed/jinja2/): a thousand entries render several times faster compiled
    # by Jinja2 than by Django's engine (bench/embed_bench.py); escaped by Django's escape (core/jinja2.py).
    {
        "BACKEND": "django.template.backends.jinja2.Jinja2",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {"environment": "core.jinja2.environment"},
    },
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English"), ("he", "עברית"), ("ar", "العربية")]
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"

LOGIN_URL = "admin:login"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
}

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        # Token first: an unauthenticated write then gets 401 with WWW-Authenticate, not a bare 403.
        "core.authentication.ExpiringTokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["core.api.ReadAnyoneWriteWithModelPermission"],
    "DEFAULT_SCHEMA_CLASS": "core.openapi.TimelineAutoSchema",
    "DEFAULT_RENDERER_CLASSES": [
        "core.renderers.JSONRenderer",
        "rest_framework.renderers.BrowsableAPIRenderer",
    ],
    # Anonymous clients, per address; the token endpoint, per address (password guessing). A 429 says when
    # to come back (Retry-After). The rates are counted in the default cache (Redis in docker-compose).
    "DEFAULT_THROTTLE_CLASSES": ["core.api.AnonymousRateThrottle"],
    "DEFAULT_THROTTLE_RATES": {
        "anon": os.environ.get("API_ANONYMOUS_RATE", "600/min"),
        "token": os.environ.get("API_TOKEN_RATE", "10/min"),
        # Token requests for one username, from wherever they come (guessing from many addresses).
        "token_username": os.environ.get("API_TOKEN_USERNAME_RATE", "30/hour"),
    },
    "NUM_PROXIES": TRUSTED_PROXIES,  # DRF's reading of X-Forwarded-For: the same as core.http.client_address
    "EXCEPTION_HANDLER": "core.api.exception_handler",
    "UNICODE_JSON": True,
}

API_TOKEN_MAX_AGE = int(os.environ.get("API_TOKEN_MAX_AGE", str(30 * 24 * 3600)))  # seconds: 30 days

SPECTACULAR_SETTINGS = {
    "TITLE": "Israel–Azerbaijan relations timeline API",
    "DESCRIPTION": (
        "Dated claims about Israel–Azerbaijan relations, each backed by the exact words of a Hebrew, Arabic "
        "or English source. Dates are EDTF values with their real precision. The public sees approved claims."
    ),
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
    # Request bodies are documented as JSON only (forms are still read, for the browsable API): a client
    # generated from the contract then sends JSON. Offering JSON, form and multipart with one model makes
    # openapi-python-client write modules that fail to import and PATCHes sent as multipart. The one
    # multipart body, a file, has its own operation (POST /api/v1/articles/upload/).
    "PARSER_WHITELIST": ["rest_framework.parsers.JSONParser"],
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "facts.api.openapi.document_exports",
        "core.openapi.document_errors",
    ],
    "ENUM_NAME_OVERRIDES": {
        "ActorKindEnum": "facts.models.Actor.Kind",
        "SourceKindEnum": "corpus.models.Source.Kind",
        "ClaimStatusEnum": "facts.models.Claim.Status",
        "LanguageEnum": "core.models.Language",
        "ArticleIntakeLanguageEnum": "intake.api.INTAKE_LANGUAGES",
    },
}

# CORS: anyone may read the public API, its exports, oEmbed and the embed loader from a browser; nothing else
# crosses origins. The only place cross-origin access is granted.
CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOW_CREDENTIALS = False
CORS_ALLOW_METHODS = ["GET", "HEAD", "OPTIONS"]
CORS_URLS_REGEX = r"^/(api/v1|graphql|oembed|embed\.js)(/.*)?$"
# What a script on another site may read of a response besides the safelisted headers.
CORS_EXPOSE_HEADERS = ["ETag", "X-Dates-Read-As", "X-Export-Truncated", "Retry-After"]

# GraphQL fields are completed by planned execution (core.graphql.execution); off, graphql-core's own standard
# execution answers, with the same results.
GRAPHQL_PLANNED_EXECUTION = env_bool("GRAPHQL_PLANNED_EXECUTION", True)

GRAPHENE = {
    "SCHEMA": "config.schema.schema",
    "RELAY_CONNECTION_MAX_LIMIT": 100,
    "ATOMIC_MUTATIONS": True,
}


# Intake jobs (intake.tasks) on Celery: with a broker they go to `celery -A config worker`; without one
# they run in the web process at once, so the product needs no other service to run.
CELERY_BROKER_URL = os.environ.get("CELERY_BROKER_URL", "")
CELERY_TASK_ALWAYS_EAGER = not CELERY_BROKER_URL
CELERY_TASK_EAGER_PROPAGATES = False  # a failed job is recorded on the Job, not raised into the request
CELERY_TASK_ACKS_LATE = True  # a worker killed mid-job leaves it for another (the job is one transaction)
CELERY_WORKER_PREFETCH_MULTIPLIER = 1  # jobs are long: one at a time per worker process
# A worker's child killed mid-job (kill -9, out of memory) gives the job back to the broker instead of acking it;
# the broker hands an unacknowledged job to another worker after the visibility timeout, which is above every
# job's hard time limit (intake.services.JOB_SOFT_LIMITS, applied per job kind when it is queued).
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": 600}
CELERY_TASK_IGNORE_RESULT = True  # the Job row is the result
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True

# Public pages (/, claim pages, the embed) are kept rendered in Django's cache under their ETag, which holds the
# public data's last change (core.http.conditional_get): a change the public can see makes new keys. Local
# memory by default (per process, nothing to run); CACHE_URL=redis://… shares one cache between the workers
# (docker-compose). PUBLIC_PAGE_CACHE_SECONDS=0 turns it off (the benchmark's baseline).
PUBLIC_PAGE_CACHE_SECONDS = int(os.environ.get("PUBLIC_PAGE_CACHE_SECONDS", "600"))
CACHES = {
    "default": (
        {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": os.environ["CACHE_URL"]}
        if os.environ.get("CACHE_URL", "").startswith(("redis://", "rediss://"))
        else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "OPTIONS": {"MAX_ENTRIES": 2000}}
    )
}

# Calendar events' UIDs are the claim's id at this domain (the site's own, in a deployment): a calendar
# subscribed under two host names still sees one event per claim.
CALENDAR_UID_DOMAIN = os.environ.get("CALENDAR_UID_DOMAIN", "israel-azerbaijan-timeline.example.org")

# URL intake (intake/fetching.py): only public addresses are fetched. Networks a deployment trusts besides
# (an intranet's news mirror, say) are named here, comma-separated CIDRs; one deadline and one byte limit for
# the whole fetch, redirects included.
FETCH_ALLOWED_NETWORKS = [net for net in os.environ.get("FETCH_ALLOWED_NETWORKS", "").split(",") if net.strip()]
FETCH_DEADLINE_SECONDS = float(os.environ.get("FETCH_DEADLINE_SECONDS", "20"))
FETCH_MAX_BYTES = 20_000_000
