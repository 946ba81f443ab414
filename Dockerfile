FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 DJANGO_SETTINGS_MODULE=config.settings.production
WORKDIR /app
COPY pyproject.toml README.md ./
COPY config ./config
COPY core ./core
COPY corpus ./corpus
COPY facts ./facts
COPY intake ./intake
COPY embed ./embed
COPY templates ./templates
RUN pip install --no-cache-dir .
COPY manage.py ./
COPY seeds ./seeds
COPY fixtures ./fixtures
# The date rules' prefilter analyses, derived once here and read by every process the image starts (a worker
# takes its first job ~0.6 s sooner): facts.extraction.dates.prefilter.StoredAnalyses.
ENV TIMELINE_CACHE_DIR=/app/var/cache
RUN python -c "from facts.extraction.dates import find_dates; [find_dates('1 May 2000', language=language) for language in ('he', 'ar', 'en')]"
# collectstatic needs a key to import the settings; the real one comes from the environment at run time.
RUN SECRET_KEY=build-only-collectstatic-key-build-only-collectstatic-key-0123456789 \
    CACHE_URL=redis://build-only:6379/1 python manage.py collectstatic --noinput
RUN useradd --system --uid 1000 app && mkdir -p /srv/static && chown -R app /app /srv/static
USER app
EXPOSE 8000
# Sync workers belong behind a buffering proxy (docker-compose.yml puts nginx in front).
CMD ["gunicorn", "config.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "3", "--timeout", "30", "--access-logfile", "-"]
