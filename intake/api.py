"""REST intake: curators bring in an article (text, a file, or a web page's URL) at POST /api/v1/articles/
and follow the job that proposes its claims at /api/v1/jobs/{id}/."""

from __future__ import annotations

from django.core.exceptions import ValidationError as DjangoValidationError
from django.shortcuts import get_object_or_404
from drf_spectacular.utils import OpenApiResponse, extend_schema, inline_serializer
from rest_framework import exceptions, serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.parsers import FormParser, JSONParser, MultiPartParser
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response
from rest_framework.reverse import reverse

from core.api import as_api_error
from core.uploads import upload_refusals
from facts.api.articles import ArticleViewSet
from facts.api.serializers import ArticleSerializer, TextField
from facts.permissions import may_review
from intake.models import Job
from intake.reading import IntakeRefused
from intake.services import IntakeRequest, bring_in, jobs_overdue_fail


class UploadTooLarge(exceptions.APIException):
    status_code = status.HTTP_413_REQUEST_ENTITY_TOO_LARGE
    default_detail = "The file is too large."
    default_code = "too_large"


INTAKE_LANGUAGES = ["he", "ar", "en"]  # one enum in the schema for the three intake bodies


class ArticleIntakeSerializer(serializers.Serializer):
    """Exactly one of text, url and file; the rest is taken from the content when it says it."""

    text = TextField(required=False, trim_whitespace=False, help_text="The article's text, pasted.")
    url = serializers.URLField(required=False, max_length=1000, help_text="A web page (or PDF) to fetch.")
    file = serializers.FileField(required=False, help_text="A .txt, .html, .pdf or .docx file (multipart).")
    title = TextField(required=False, allow_blank=True, max_length=500)
    source = TextField(  # type: ignore[assignment]  # DRF serializers declare fields as class attributes
        max_length=200, help_text="The outlet's name: an existing source, or a new one."
    )
    language = serializers.ChoiceField(choices=INTAKE_LANGUAGES, required=False, help_text="Detected if absent.")
    published = TextField(required=False, allow_blank=True, max_length=100, help_text="EDTF: 2025-10-22, 2025-10.")
    authors = serializers.ListField(child=TextField(max_length=200), required=False, max_length=20)
    translation_of = TextField(required=False, allow_blank=True, help_text="The original article's key or id.")

    def validate(self, data):
        given = [name for name in ("text", "url", "file") if data.get(name)]
        if len(given) != 1:
            raise serializers.ValidationError({"text": ["Send exactly one of text, url and file."]})
        return data


class ArticleTextIntakeSerializer(ArticleIntakeSerializer):
    """Exactly one of text and url; the rest is taken from the content when it says it. A file goes to
    /api/v1/articles/upload/."""

    file = None  # type: ignore[assignment]  # removes the inherited field: JSON carries no file


class ArticleUploadSerializer(ArticleIntakeSerializer):
    """A file (multipart); the rest is taken from the content when it says it."""

    text = None  # type: ignore[assignment]
    url = None  # type: ignore[assignment]
    file = serializers.FileField(help_text="A .txt, .html, .pdf or .docx file.")


class JobSerializer(serializers.ModelSerializer):
    progress = serializers.SerializerMethodField()
    article: serializers.PrimaryKeyRelatedField = serializers.PrimaryKeyRelatedField(read_only=True)

    class Meta:
        model = Job
        fields = ["id", "kind", "status", "progress", "error", "article", "proposed", "created_at", "finished_at"]
        read_only_fields = fields

    def get_progress(self, job: Job) -> dict[str, int]:
        return {"done": job.progress_done, "total": job.progress_total}


ACCEPTED = inline_serializer(
    "IntakeAccepted",
    {"article": serializers.IntegerField(allow_null=True), "job": serializers.URLField()},
)


INTAKE_RESPONSES = {
    202: OpenApiResponse(ACCEPTED, description="Stored (or to be fetched): its claims are being proposed."),
    200: OpenApiResponse(ArticleSerializer, description="Already stored (the same URL or text)."),
}


@extend_schema(tags=["articles"])
class ArticleIntakeViewSet(ArticleViewSet, viewsets.GenericViewSet):
    """Articles: read by anyone (as the public sees them); brought in by curators."""

    http_method_names = ["get", "post", "head", "options"]
    parser_classes = [JSONParser, MultiPartParser, FormParser]

    def get_serializer_class(self):
        return ArticleIntakeSerializer if self.action in ("create", "upload") else ArticleSerializer

    @extend_schema(
        request={"application/json": ArticleTextIntakeSerializer},
        description="Bring in a pasted text or a web page's URL (JSON). A file goes to the upload operation; "
        "multipart bodies are still read here for clients that always sent them.",
        responses=INTAKE_RESPONSES,
    )
    def create(self, request, *args, **kwargs):
        return self.bring_in(request)

    @extend_schema(
        request={"multipart/form-data": ArticleUploadSerializer},
        description="Bring in a file: .txt, .html, .pdf or .docx (multipart/form-data).",
        responses=INTAKE_RESPONSES,
    )
    @action(detail=False, methods=["post"], url_path="upload", parser_classes=[MultiPartParser])
    def upload(self, request, *args, **kwargs):
        if not request.data.get("file"):
            raise serializers.ValidationError({"file": ["Send a file (multipart/form-data)."]})
        return self.bring_in(request)

    def bring_in(self, request):
        data = request.data  # parsed now: a file over the limit is dropped as it arrives, and said
        refusals = upload_refusals(request._request)
        if refusals:
            raise UploadTooLarge({field: [message] for field, message in refusals.items()})
        serializer = ArticleIntakeSerializer(data=data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        given = IntakeRequest(
            title=data.get("title", ""),
            source=data["source"],
            language=data.get("language", ""),
            published=data.get("published", ""),
            authors=tuple(data.get("authors", ())),
            url=data.get("url", ""),
            translation_of=data.get("translation_of", ""),
        )
        upload = data.get("file")
        try:
            brought = bring_in(
                given=given,
                text=data.get("text", ""),
                upload=(upload.name, upload.read()) if upload else None,
                by=request.user,
                after_response=True,
            )
        except IntakeRefused as error:
            raise serializers.ValidationError({error.field: [error.reason]}) from None
        except DjangoValidationError as error:
            raise as_api_error(error) from None
        if brought.job is None:
            article = ArticleSerializer(brought.article, context=self.get_serializer_context()).data
            return Response(article, status=status.HTTP_200_OK)
        job_url = reverse("api:job-detail", args=[brought.job.pk], request=request)
        body = {"article": brought.article.pk if brought.article else None, "job": job_url}
        return Response(body, status=status.HTTP_202_ACCEPTED, headers={"Location": job_url})


@extend_schema(tags=["articles"])
class JobViewSet(viewsets.GenericViewSet):
    """An intake job: queued, running, done (with the article and how many claims it proposed) or failed
    (with why). Curators see their own jobs; reviewers all."""

    serializer_class = JobSerializer
    permission_classes = [IsAuthenticated]
    queryset = Job.objects.none()

    def get_queryset(self):
        jobs = Job.objects.all()
        user = self.request.user
        return jobs if may_review(user) else jobs.filter(created_by=user.pk)

    def retrieve(self, request, pk=None):
        jobs_overdue_fail()  # a job whose worker died says so, whoever looks first
        job = get_object_or_404(self.get_queryset(), pk=pk)
        return Response(JobSerializer(job).data, headers={"Cache-Control": "no-store"})
