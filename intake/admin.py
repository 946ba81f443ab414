"""In the admin: "Add article" (paste text, upload a file, or give a URL) through the intake service, and the
jobs with their progress, each linking to the proposals it made."""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.http import Http404, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import format_html

from core.models import Language, text_direction
from core.uploads import upload_refusals
from corpus.admin import ArticleAdmin
from corpus.models import Article, Source
from intake.models import Job
from intake.reading import READ_AS, IntakeRefused
from intake.services import (
    IntakePreview,
    IntakeRequest,
    article_preview,
    bring_in,
    given_of,
    jobs_overdue_fail,
    preview_of,
    preview_start,
    upload_held,
    upload_hold,
    upload_release,
)

PREVIEW_CHARACTERS = 3000  # of the text as it would be stored


class ArticleIntakeForm(forms.Form):
    text = forms.CharField(
        required=False, strip=False, widget=forms.Textarea(attrs={"rows": 12, "dir": "auto"}), help_text="Paste…"
    )
    file = forms.FileField(required=False, help_text="…or upload a .txt, .html, .pdf or .docx file…")
    url = forms.URLField(
        required=False, max_length=1000, assume_scheme="https", help_text="…or give a web page's address."
    )
    title = forms.CharField(required=False, max_length=500, help_text="Empty: the content's own title.")
    source = forms.ModelChoiceField(Source.objects.all(), required=False, help_text="Choose the outlet…")
    new_source = forms.CharField(required=False, max_length=200, help_text="…or name a new one.")
    language = forms.ChoiceField(
        choices=[("", "Detect"), *Language.choices], required=False, help_text="Empty: detected from the text."
    )
    published = forms.CharField(required=False, max_length=100, help_text="EDTF (2025-10-22). Empty: the content's.")
    authors = forms.CharField(required=False, help_text="Comma-separated. Empty: the content's.")
    translation_of = forms.ModelChoiceField(Article.objects.all(), required=False)
    # What a preview read the text from (a file, a web page): the article's notes say so.
    read_as = forms.ChoiceField(choices=[(kind, kind) for kind in READ_AS], required=False, widget=forms.HiddenInput)
    # The file a refused submit left (intake.models.HeldUpload): used when the file box comes back empty.
    held = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, previewing: bool = False, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.previewing = previewing  # "Read": nothing is stored, so the outlet may come from the content

    def clean(self):
        data = super().clean() or {}
        given = [name for name in ("text", "file", "url") if data.get(name)]
        # A text with a URL: the page's text, as a preview read it. A file refused by its own field (empty,
        # too big) is said there only.
        if len(given) != 1 and given != ["text", "url"] and "file" not in self.errors:
            raise ValidationError("Paste a text, upload a file or give a URL: one of the three.")
        if not data.get("source") and not data.get("new_source", "").strip() and not self.previewing:
            self.add_error("source", "Choose the outlet, or name a new one.")  # Read fills it from the content
        return data

    def request(self) -> IntakeRequest:
        data = self.cleaned_data
        source = data["source"].name if data.get("source") else data["new_source"].strip()
        return IntakeRequest(
            title=data["title"],
            source=source,
            language=data["language"],
            published=data["published"],
            authors=tuple(a.strip() for a in data["authors"].split(",") if a.strip()),
            url=data["url"],
            translation_of=str(data["translation_of"].pk) if data.get("translation_of") else "",
        )


admin.site.unregister(Article)


@admin.register(Article)
class ArticleIntakeAdmin(ArticleAdmin):
    """The corpus's article admin, with "Add article" brought in through the intake service (text repaired,
    duplicates found, claims proposed by a job)."""

    def has_add_permission(self, request) -> bool:
        return request.user.has_perm("corpus.add_article")

    def add_view(self, request, form_url="", extra_context=None):
        """Step one: the content and what the curator knows. "Read" shows what would be stored — the text as
        repaired, the title, language, date and authors the content gives, filled into the form to correct —
        and whether it is already stored; "Bring in" stores it and starts the job that proposes its claims."""
        if not self.has_add_permission(request):
            from django.core.exceptions import PermissionDenied

            raise PermissionDenied
        if request.method != "POST" and "preview" in request.GET:
            return self.preview_view(request, request.GET["preview"])
        files = request.FILES
        if request.method == "POST" and not files.get("file"):
            files = self.with_held_upload(request)
        form = ArticleIntakeForm(request.POST or None, files or None, previewing="_preview" in request.POST)
        preview = None
        refusals = upload_refusals(request)  # a file over the limit, dropped as it arrived: said on its field
        if refusals:
            form.is_valid()
            form.errors.clear()
            for refused, message in refusals.items():
                form.add_error(refused if refused in form.fields else None, message)
        elif request.method == "POST" and form.is_valid():
            upload = form.cleaned_data.get("file")
            content = {"text": form.cleaned_data["text"], "upload": (upload.name, upload.read()) if upload else None}
            try:
                if "_preview" in request.POST and not content["text"]:
                    # A web page or a file is read by a job, not in this request: the curator watches it.
                    job = preview_start(
                        given=form.request(), upload=content["upload"], by=request.user, after_response=True
                    )
                    upload_release(by=request.user)  # the job has the file now
                    return HttpResponseRedirect(f"{request.path}?preview={job.pk}")
                if "_preview" in request.POST:
                    preview = article_preview(given=form.request(), **content)
                    form = ArticleIntakeForm(initial=self.initial_from(preview, form.cleaned_data))
                else:
                    brought = bring_in(
                        given=form.request(),
                        **content,
                        by=request.user,
                        read_as=form.cleaned_data["read_as"],
                        after_response=True,
                    )
            except IntakeRefused as error:
                form.add_error(error.field if error.field in form.fields else None, error.reason)
            except ValidationError as error:
                for field, problems in (
                    error.message_dict.items() if hasattr(error, "error_dict") else [(None, error.messages)]
                ):
                    form.add_error(field if field in form.fields else None, problems)
            else:
                upload_release(by=request.user)
                if preview is None:
                    return self.brought_in_response(request, brought)
        if request.method == "POST" and form.is_bound:
            self.hold_the_upload(request, form)
        return self.intake_page(request, form, preview)

    @staticmethod
    def with_held_upload(request):
        """The request's files, with the one a refused submit left when the file box came back empty and no
        text or address was given instead."""
        given_instead = request.POST.get("text", "").strip() or request.POST.get("url", "").strip()
        held = None if given_instead else upload_held(held_id=request.POST.get("held", ""), by=request.user)
        if held is None:
            return request.FILES
        files = request.FILES.copy()
        files["file"] = SimpleUploadedFile(held.name, bytes(held.content))
        return files

    @staticmethod
    def hold_the_upload(request, form: ArticleIntakeForm) -> None:
        """A refused form keeps its file for the next submit (a browser empties the file box), unless the file
        itself was refused; the form says which file it keeps."""
        upload = form.files.get("file")
        if upload is None or "file" in form.errors:
            return
        upload.seek(0)
        held = upload_hold(name=upload.name or "upload", content=upload.read(), by=request.user)
        data = request.POST.copy()
        data["held"] = str(held.pk)
        form.data = data
        # On the bound field, which took its help text when the form was checked.
        form["file"].help_text = (
            f"Kept from your last submit: {held.name} ({len(held.content):,} bytes). Submit again to use it, "
            "or choose another file."
        )

    def intake_page(self, request, form, preview: IntakePreview | None, **extra) -> TemplateResponse:
        context = {
            **self.admin_site.each_context(request),
            "title": "Add article",
            "form": form,
            "preview": preview,
            "preview_excerpt": preview.stored_text[:PREVIEW_CHARACTERS] if preview else "",
            "preview_direction": text_direction(preview.given.language) if preview else "auto",
            "opts": self.model._meta,
            "has_view_permission": True,
            **extra,
        }
        return TemplateResponse(request, "admin/intake/add_article.html", context)

    def preview_view(self, request, job_id: str) -> TemplateResponse:
        """A preview job's page: while it reads, a live page (it reloads itself, and says how far it is); then
        the form filled from what it read, or the reason it could not."""
        jobs_overdue_fail()
        job = Job.objects.filter(
            kind=Job.Kind.PREVIEW, created_by=request.user, pk=int(job_id) if job_id.isdigit() else 0
        ).first()
        if job is None:
            raise Http404("No such preview of yours.")
        given = given_of(job)
        source = Source.objects.filter(name=given.source).first()
        chosen = {
            "source": source,
            "new_source": "" if source else given.source,
            "translation_of": given.translation_of,
        }
        preview = preview_of(job)
        if preview is not None:
            return self.intake_page(request, ArticleIntakeForm(initial=self.initial_from(preview, chosen)), preview)
        form = ArticleIntakeForm(
            initial={
                **{k: v for k, v in given.__dict__.items() if k != "authors"},
                "authors": ", ".join(given.authors),
                **chosen,
            }
        )
        if job.status == Job.Status.FAILED:
            return self.intake_page(request, form, None, preview_error=job.error)
        return self.intake_page(request, form, None, reading=job)

    @staticmethod
    def initial_from(preview: IntakePreview, cleaned: dict) -> dict:
        filled = preview.given
        source, new_source = cleaned.get("source"), cleaned.get("new_source", "")
        if source is None and not new_source and filled.source:  # the outlet the content or its address gives
            source = Source.objects.filter(name__iexact=filled.source).first()
            new_source = "" if source else filled.source
        return {
            "text": preview.text,
            "url": filled.url,
            "title": filled.title,
            "source": source,
            "new_source": new_source,
            "language": filled.language,
            "published": filled.published,
            "authors": ", ".join(filled.authors),
            "translation_of": cleaned.get("translation_of"),
            "read_as": preview.read_as,
        }

    def brought_in_response(self, request, brought):
        if brought.job is None:
            self.message_user(
                request, f"Already stored (the same {brought.duplicate_by}): nothing was written.", messages.WARNING
            )
            return HttpResponseRedirect(reverse("admin:corpus_article_change", args=[brought.article.pk]))
        # Not yet a success: the job below says how it ends (a page that cannot be fetched fails there, in red).
        self.message_user(request, "Brought in: the job below reads it and proposes its claims.", messages.INFO)
        return HttpResponseRedirect(reverse("admin:intake_job_change", args=[brought.job.pk]))


@admin.register(Job)
class JobAdmin(admin.ModelAdmin):
    list_display = ["__str__", "status", "progress", "article", "proposed", "created_by", "created_at"]

    def get_queryset(self, request):
        jobs_overdue_fail()  # a job whose worker died says so, whoever looks first
        return super().get_queryset(request)

    list_filter = ["status", "kind"]
    readonly_fields = (
        "kind", "status", "progress", "article", "proposals", "proposed", "error", "request", "attempts",
        "created_by", "created_at", "started_at", "finished_at",
    )  # fmt: skip
    fields = readonly_fields

    def has_add_permission(self, request) -> bool:
        return False  # jobs come from "Add article"

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def change_view(self, request, object_id, form_url="", extra_context=None):
        job = self.get_object(request, object_id)
        running = job is not None and job.status in (Job.Status.QUEUED, Job.Status.RUNNING)
        return super().change_view(request, object_id, form_url, {**(extra_context or {}), "job_running": running})

    @admin.display(description="progress")
    def progress(self, job: Job) -> str:
        return format_html(
            '<progress value="{}" max="{}"></progress> {}/{}',
            job.progress_done, max(job.progress_total, 1), job.progress_done, job.progress_total,
        )  # fmt: skip

    @admin.display(description="proposed claims")
    def proposals(self, job: Job) -> str:
        if job.article_id is None:
            return "—"
        url = reverse("admin:facts_claim_changelist")
        return format_html(
            '<a href="{}?citations__article__id__exact={}&status__exact=proposed">Review the {} proposed claim(s)</a>',
            url, job.article_id, job.proposed,
        )  # fmt: skip
