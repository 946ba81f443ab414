"""Reading a document from disk: refuse what is not usable text, with the reason."""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass
from pathlib import Path

# More than this share of control characters (other than tab, newline, carriage return, form feed)
# means the bytes are not prose, even if they happen to decode as UTF-8.
MAX_CONTROL_SHARE = 0.01
ALLOWED_CONTROLS = {"\t", "\n", "\r", "\f"}


class DocumentRejected(Exception):
    def __init__(self, path: Path | str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = str(path)
        self.reason = reason


@dataclass(frozen=True)
class ReceivedDocument:
    path: Path
    raw_text: str
    content_hash: str


def read_document(path: Path) -> ReceivedDocument:
    if not path.exists():
        raise DocumentRejected(path, "no such file")
    if not path.is_file():
        raise DocumentRejected(path, "not a regular file")
    data = path.read_bytes()
    return decode_document(path, data)


def decode_document(path: Path | str, data: bytes) -> ReceivedDocument:
    if not data:
        raise DocumentRejected(path, "the file is empty (0 bytes)")
    if b"\x00" in data:
        offset = data.index(b"\x00")
        raise DocumentRejected(path, f"not a text file: it contains a NUL byte at offset {offset}")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        bad = data[error.start : error.start + 1].hex()
        raise DocumentRejected(
            path, f"not valid UTF-8: byte 0x{bad} at offset {error.start} ({error.reason})"
        ) from None
    if not text.strip():
        raise DocumentRejected(path, "the file contains only white space")
    controls = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in ALLOWED_CONTROLS)
    if controls > MAX_CONTROL_SHARE * len(text):
        raise DocumentRejected(path, f"not a text file: {controls} control characters in {len(text)}")
    return ReceivedDocument(path=Path(path), raw_text=text, content_hash=hashlib.sha256(data).hexdigest())
