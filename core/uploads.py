"""Uploads streamed to a bound: a file over MAX_UPLOAD_BYTES is dropped while it arrives (never written whole
to disk nor read into memory), the form's other fields are kept, and the request says why
(`request.upload_refusals`: field name → message) for the view to answer with its own error, a form's or
the API's, instead of a bare 400 page."""

from __future__ import annotations

from django.core.files.uploadhandler import TemporaryFileUploadHandler

MAX_UPLOAD_BYTES = 20_000_000  # the intake's file limit (intake.reading); nginx's body limit sits just above


def upload_refusals(request) -> dict[str, str]:
    """Files dropped from this request for their size, by field."""
    return getattr(request, "upload_refusals", {})


class BoundedUploadHandler(TemporaryFileUploadHandler):
    """Django's temporary-file handler (a file is on disk while it is read, not in memory), counting: past
    the bound the file is closed (its temporary file deleted) and the rest of its bytes dropped."""

    def new_file(self, *args, **kwargs) -> None:
        super().new_file(*args, **kwargs)
        self.received = 0
        self.refused = False

    def receive_data_chunk(self, raw_data: bytes, start: int) -> None:
        if self.refused:
            return None
        self.received += len(raw_data)
        if self.received > MAX_UPLOAD_BYTES:
            self.refused = True
            self.file.close()  # a NamedTemporaryFile: closing deletes it
            refusals = self.request.__dict__.setdefault("upload_refusals", {})
            refusals[self.field_name] = (
                f"{self.file_name}: the file is larger than {MAX_UPLOAD_BYTES:,} bytes, the most a file may be."
            )
            return None
        self.file.write(raw_data)
        return None

    def file_complete(self, file_size: int):
        if self.refused:
            return None
        return super().file_complete(file_size)
