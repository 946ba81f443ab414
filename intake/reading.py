"""What a curator brings in, read as text with what it says about itself: pasted text, a file (.txt, .html,
.pdf, .docx) or a web page fetched by URL. Pure functions of the bytes (the fetch aside); a refusal says why.

Libraries: trafilatura (a page's main text without navigation and comments, and its title, authors and date
from its metadata), pypdfium2 (PDF text, PDFium's), python-docx (Word), lingua (the language, offline).
"""

from __future__ import annotations

import hashlib
import io
import re
from dataclasses import dataclass, field

from core.uploads import MAX_UPLOAD_BYTES
from corpus.ingestion.language import LanguageNotRead, language_of
from corpus.ingestion.reader import DocumentRejected, decode_document
from corpus.services import MAX_TEXT_CHARACTERS  # enforced while reading, not only when storing
from facts.extraction.proposals import BYLINE, is_page_furniture
from intake.fetching import FetchPolicy, FetchRefused, fetch_url

MAX_FILE_BYTES = MAX_UPLOAD_BYTES  # a PDF's bytes are several times its text's; the text's own limit is corpus's
SUPPORTED = (".txt", ".html", ".htm", ".pdf", ".docx")
# What reading one file may cost, whatever its size on disk: a .docx is a zip whose parts may inflate a
# thousandfold (a 306 KB file to 100 MB of XML took 1.46 GB and 200 s); a PDF of 5,000 near-empty pages is
# 788 KB and took 135 s. A news article is a few pages and a few hundred kilobytes of XML.
MAX_INFLATED_BYTES = 60_000_000  # a .docx's parts together, as their zip directory declares them
MAX_INFLATE_RATIO = 200  # one part's inflated size over its compressed size (text XML compresses 5-20x)
MAX_PDF_PAGES = 1_000
PDF_SECONDS = 20.0  # reading a PDF's text layer (a preview reads in the web request: below gunicorn's 30 s)


class IntakeRefused(Exception):
    """Input the intake cannot use, with the reason a curator can act on."""

    def __init__(self, reason: str, *, field: str = "file") -> None:
        super().__init__(reason)
        self.reason = reason
        self.field = field


@dataclass(frozen=True)
class Received:
    """Text and what the content says about itself (empty when it says nothing)."""

    text: str
    content_hash: str
    title: str = ""
    authors: tuple[str, ...] = ()
    published: str = ""
    url: str = ""
    language: str = ""
    kind: str = "text"  # text, html, pdf, docx
    notes: list[str] = field(default_factory=list)
    site: str = ""  # the outlet's name as the page gives it (og:site_name)


READ_AS = ("text", "html", "pdf", "docx")


def read_text(text: str, *, read_as: str = "text") -> Received:
    """A pasted text; `read_as`: what it was read from when a preview read a file or a page into it."""
    return Received(
        text=text,
        content_hash=hashlib.sha256(text.encode()).hexdigest(),
        kind=read_as if read_as in READ_AS else "text",
    )


def file_check(name: str, data: bytes) -> str:
    """What can be said of a file without reading it (empty, too large, a type not read): refused at once,
    before a job is queued to read it. Its suffix."""
    if not data:
        raise IntakeRefused(f"{name}: the file is empty (0 bytes).")
    if len(data) > MAX_FILE_BYTES:
        raise IntakeRefused(f"{name}: the file is {len(data):,} bytes; at most {MAX_FILE_BYTES:,}.")
    suffix = "." + name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if suffix not in ("", ".txt", *SUPPORTED) and not data.startswith(b"%PDF-"):
        raise IntakeRefused(f"{name}: {suffix} files are not read; give one of {', '.join(SUPPORTED)}.")
    return suffix


def read_file(name: str, data: bytes) -> Received:
    """An uploaded file, by its extension (and, for one without, by its first bytes)."""
    suffix = file_check(name, data)
    if suffix == ".pdf" or data.startswith(b"%PDF-"):
        return read_pdf(name, data)
    if suffix == ".docx":
        return read_docx(name, data)
    if suffix in (".html", ".htm"):
        return read_html(data)
    if suffix in ("", ".txt"):
        try:
            document = decode_document(name, data)
        except DocumentRejected as error:
            raise IntakeRefused(f"{name}: {error.reason}.") from None
        return Received(text=document.raw_text, content_hash=document.content_hash, kind="text")
    raise IntakeRefused(f"{name}: {suffix} files are not read; give one of {', '.join(SUPPORTED)}.")


def read_pdf(name: str, data: bytes) -> Received:
    """A PDF's text layer, page by page, within MAX_PDF_PAGES, PDF_SECONDS and the text's character limit."""
    import time

    import pypdfium2

    try:
        pdf = pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError as error:
        raise IntakeRefused(f"{name}: not a readable PDF ({error}).") from None
    try:
        if len(pdf) > MAX_PDF_PAGES:
            raise IntakeRefused(f"{name}: the PDF has {len(pdf):,} pages; at most {MAX_PDF_PAGES:,} are read.")
        deadline, pages, characters = time.monotonic() + PDF_SECONDS, [], 0
        for number in range(len(pdf)):
            if time.monotonic() > deadline:
                raise IntakeRefused(f"{name}: reading the PDF took over {PDF_SECONDS:.0f} s (page {number + 1}).")
            page = pdf[number]
            textpage = page.get_textpage()
            pages.append(textpage.get_text_range())
            textpage.close()
            page.close()
            characters += len(pages[-1])
            if characters > MAX_TEXT_CHARACTERS:
                raise IntakeRefused(
                    f"{name}: the PDF's text is over {MAX_TEXT_CHARACTERS:,} characters by page {number + 1}."
                )
        title = (pdf.get_metadata_dict().get("Title") or "").strip()
    finally:
        pdf.close()
    text = "\n\n".join(unwrapped(page.replace("\r\n", "\n").replace("\r", "\n")) for page in pages)
    if not text.strip():
        raise IntakeRefused(f"{name}: the PDF has no text layer (a scan?): nothing to read without OCR.")
    return Received(text=text, content_hash=hashlib.sha256(data).hexdigest(), title=title, kind="pdf")


ENDS_A_LINE_OF_ITS_OWN = (".", "!", "?", "؟", ":", ";", '"', "”", "»", "'")
WRAPPED_LINE_SHARE = 0.7  # of the page's full line length: a line this long that ends mid-sentence was wrapped


def unwrapped(page: str) -> str:
    """A PDF page's lines as paragraphs: PDF text breaks a paragraph wherever its column ended, and a sentence
    cut by such a break would be quoted in part. A line nearly as long as the page's full lines that does not
    end a sentence runs on into the next; a short line (a headline, a byline, a caption) stays a line of its
    own, as does a line that ends a sentence."""
    lines = page.split("\n")
    lengths = sorted(len(line.strip()) for line in lines if line.strip())
    if len(lengths) < 3:
        return page
    full = lengths[int(len(lengths) * 0.8)]  # the length of a full line of the column
    joined = [lines[0]]
    for line in lines[1:]:
        previous = joined[-1].rstrip()
        runs_on = (
            line.strip()
            and previous
            and len(previous.strip()) >= WRAPPED_LINE_SHARE * full
            and not previous.endswith(ENDS_A_LINE_OF_ITS_OWN)
        )
        if runs_on:
            joined[-1] = previous + (" " if not previous.endswith("-") else "") + line.lstrip()
        else:
            joined.append(line)
    return "\n".join(joined)


def docx_bounds_check(name: str, data: bytes) -> None:
    """Refuse a .docx (a zip) whose parts would inflate past MAX_INFLATED_BYTES together or MAX_INFLATE_RATIO
    each, before anything is inflated. The sizes are the zip directory's; Python's zipfile never inflates a
    part past its declared size, so they bound what reading costs."""
    import zipfile

    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise IntakeRefused(f"{name}: not a readable .docx file (not a zip archive).") from None
    with archive:
        parts = archive.infolist()
        inflated = sum(part.file_size for part in parts)
        if inflated > MAX_INFLATED_BYTES:
            raise IntakeRefused(
                f"{name}: the document inflates to {inflated:,} bytes; at most {MAX_INFLATED_BYTES:,} are read."
            )
        for part in parts:
            if part.file_size > 1_000_000 and part.file_size > MAX_INFLATE_RATIO * max(part.compress_size, 1):
                raise IntakeRefused(
                    f"{name}: {part.filename} inflates {part.file_size // max(part.compress_size, 1):,} times; "
                    f"at most {MAX_INFLATE_RATIO} times is read (a zip bomb?)."
                )


def read_docx(name: str, data: bytes) -> Received:
    import docx

    docx_bounds_check(name, data)
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as error:  # python-docx raises several kinds for a file that is not a Word document
        raise IntakeRefused(f"{name}: not a readable .docx file ({type(error).__name__}).") from None
    text = "\n\n".join(paragraph.text for paragraph in document.paragraphs if paragraph.text.strip())
    if not text.strip():
        raise IntakeRefused(f"{name}: the document has no text.")
    if len(text) > MAX_TEXT_CHARACTERS:
        raise IntakeRefused(
            f"{name}: the document's text is {len(text):,} characters; at most {MAX_TEXT_CHARACTERS:,}."
        )
    properties = document.core_properties
    authors = tuple(a.strip() for a in (properties.author or "").split(";") if a.strip())
    published = properties.created.date().isoformat() if properties.created else ""
    return Received(
        text=text,
        content_hash=hashlib.sha256(data).hexdigest(),
        title=(properties.title or "").strip(),
        authors=authors,
        published=published,
        kind="docx",
    )


HEADLINE_MAX_CHARACTERS = 200
HEADLINE_MAX_WORDS = 30
SENTENCE_END = re.compile(r"(?<=[.!?؟])\s+")
ENDS_A_SENTENCE = (".", "!", "?", "؟", ":", ";", "،", ",")


HEADLINE_MIN_WORDS = 3
HEADLINE_WITHIN_LINES = 6  # a page's masthead, stamps and menus come first; its headline is among its first lines


def headline_of(text: str) -> tuple[str, str]:
    """A title for a text that does not give one in its metadata (pasted, .txt, a PDF without a Title), and
    how it was found: its first line that reads as a headline (a few words, not ending a sentence, with more
    text after it; the page's masthead, menus, stamps and byline passed over), otherwise its first sentence,
    shortened at a word. ("", "") for an empty text. The curator sees it filled in and corrects it: nothing
    is asked that the text already says."""
    lines = [" ".join(line.split()) for line in text.splitlines()]
    lines = [line for line in lines if line]
    if not lines:
        return "", ""
    for number, line in enumerate(lines[:HEADLINE_WITHIN_LINES]):
        if is_page_furniture(line):
            continue
        if (
            number < len(lines) - 1
            and HEADLINE_MIN_WORDS <= len(line.split()) <= HEADLINE_MAX_WORDS
            and len(line) <= HEADLINE_MAX_CHARACTERS
            and not line.endswith(ENDS_A_SENTENCE)
            and sum(character.isalpha() for character in line) > sum(character.isdigit() for character in line)
        ):
            return line, "first line"
        break  # the first line of the article itself is not a headline: its text begins here
    first = next((line for line in lines if not is_page_furniture(line)), lines[0])
    sentence = SENTENCE_END.split(first, maxsplit=1)[0]
    if len(sentence) > HEADLINE_MAX_CHARACTERS // 2:
        sentence = sentence[: HEADLINE_MAX_CHARACTERS // 2].rsplit(" ", 1)[0].rstrip(",،;:") + "…"
    return sentence, "first sentence"


# Between the authors of a byline: commas, "and", "&" ("Dana Levin and Yossi Cohen"). The Hebrew ו and the
# Arabic و are left alone: as a prefix they cannot be told from a name's first letter (وليد, ורד).
BYLINE_JOIN = re.compile(r"\s*(?:,|،|\band\b|&)\s*")
# What follows the names on a byline's line: a dash, a pipe or a bullet before the date or the outlet.
BYLINE_TAIL = re.compile(r"\s+[—–|•·-]\s+.*$|\s*[,،]\s*(?=\d).*$")
NAME_MAX_WORDS = 5


def byline_of(text: str) -> tuple[str, ...]:
    """The authors a text's byline names ("By Dana Levin and Yossi Cohen — 12 March 2024", "מאת דנה לוין",
    "بقلم: أحمد خليل"), among its first lines; none when there is no byline or it reads as no names."""
    lines = [" ".join(line.split()) for line in text.splitlines()]
    for line in [line for line in lines if line][: HEADLINE_WITHIN_LINES + 2]:
        if not (found := BYLINE.match(line)):
            continue
        names = BYLINE_TAIL.sub("", line[found.end() :]).strip(" :")
        authors = tuple(name.strip(" .") for name in BYLINE_JOIN.split(names) if name.strip(" ."))
        if authors and all(
            len(name.split()) <= NAME_MAX_WORDS
            and not any(character.isdigit() for character in name)
            and (name[0].isupper() or not name[0].isascii())  # "By the way" names no one
            for name in authors
        ):
            return authors
        return ()
    return ()


def read_html(data: bytes, *, url: str = "") -> Received:
    """A web page's main text (trafilatura: without menus, comments and related links) and its metadata."""
    import trafilatura

    html = data.decode("utf-8", errors="replace")
    text = trafilatura.extract(html, url=url or None, include_comments=False, include_tables=True, favor_recall=True)
    if not text or not text.strip():
        raise IntakeRefused("The page has no main text to read.", field="url" if url else "file")
    metadata = trafilatura.extract_metadata(html, default_url=url or None)
    authors: tuple[str, ...] = ()
    if metadata is not None and metadata.author:
        authors = tuple(a.strip() for a in metadata.author.split(";") if a.strip())
    language = (metadata.language or "")[:2] if metadata is not None else ""
    return Received(
        text=text,
        content_hash=hashlib.sha256(data).hexdigest(),
        title=(metadata.title or "").strip() if metadata is not None else "",
        authors=authors,
        published=(metadata.date or "") if metadata is not None else "",
        url=url or ((metadata.url or "") if metadata is not None else ""),
        language=language if language in ("he", "ar", "en") else "",
        kind="html",
        site=(metadata.sitename or "").strip() if metadata is not None else "",
    )


def fetch(url: str) -> Received:
    """A web page (or a PDF or text file) at an http(s) URL, under the fetch policy (intake/fetching.py: public
    addresses only, at every redirect; one deadline; a byte limit); what the server sends decides how it is
    read."""
    try:
        fetched = fetch_url(url, FetchPolicy.from_settings(max_bytes=MAX_FILE_BYTES))
    except FetchRefused as refused:
        raise IntakeRefused(str(refused), field="url") from None
    data, content_type, final_url = fetched.data, fetched.content_type, fetched.url
    if content_type == "application/pdf" or data.startswith(b"%PDF-"):
        received = read_pdf(url, data)
    elif content_type in ("text/html", "application/xhtml+xml"):
        received = read_html(data, url=final_url)
    elif content_type == "text/plain":
        received = read_file("page.txt", data)
    else:
        raise IntakeRefused(f"{url}: {content_type} is not read (HTML, PDF or plain text).", field="url")
    return Received(**{**received.__dict__, "url": received.url or final_url})


def detect_language(text: str) -> str:
    """ "he", "ar" or "en" (corpus.ingestion.language); IntakeRefused naming the language when it is another."""
    try:
        return language_of(text)
    except LanguageNotRead as error:
        if error.name is None:
            raise IntakeRefused("The text's language could not be told: choose it.", field="language") from None
        raise IntakeRefused(
            f"The text reads as {error.name}; the timeline takes Hebrew, Arabic and English.", field="language"
        ) from None
