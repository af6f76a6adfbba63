"""What a file says about itself, and a copy that says nothing.

Photos carry GPS positions, camera serial numbers and the photographer's
name (EXIF, XMP, comments); PDFs their author and title; Office documents
their creator and last editor. A file that leaves the vault under any
profile below ``full`` goes as a cleaned copy:

- images (JPEG, PNG, TIFF, WebP, GIF, BMP): decoded and encoded again from
  the pixels alone (Pillow), turned upright first; JPEG keeps its quality
  tables, so the picture barely changes;
- PDF (pikepdf): the document information dictionary, every XMP metadata
  stream, page-piece data, embedded files and scripts are removed;
- Office Open XML and OpenDocument (.docx, .xlsx, .pptx, .odt, ...): the
  property parts are replaced by empty ones; authors of comments and
  tracked changes are blanked;
- audio (MP3, FLAC, Ogg): tags and pictures removed (mutagen);
- MP4 and QuickTime video: user data, metadata and vendor boxes (location,
  tags, XMP) become 'free' boxes of the same size, so nothing else in the
  file moves; a video with a track other than pictures and sound (GPS
  telemetry, subtitles) cannot be cleaned;
- plain text goes as it is (see :func:`is_plain_text`);
- anything else cannot be cleaned here: it is withheld unless the person
  exporting sends it on purpose.

:func:`inspect` lists what was found, in plain words with the values, so a
person sees at intake what a file would have told others; the evidence record
keeps it as ``file_metadata``, a field that starts secret.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

MAX_CLEAN_BYTES = 256 << 20  # files are cleaned in memory
_MAX_ZIP_MEMBER = 512 << 20
_MAX_ZIP_TOTAL = 1 << 30
_MAX_ZIP_MEMBERS = 20_000

IMAGE_FORMATS = {"JPEG", "PNG", "TIFF", "WEBP", "GIF", "BMP"}
_OFFICE_SUFFIXES = (".docx", ".xlsx", ".pptx", ".docm", ".xlsm", ".pptm", ".odt", ".ods", ".odp")
_EXIF_WORDS = {
    0x8825: "location (GPS)",
    0x010F: "device maker",
    0x0110: "device model",
    0xA431: "device serial number",
    0x013B: "author (Artist)",
    0x8298: "copyright",
    0x010E: "description",
    0x9286: "comment",
    0x0131: "software",
    0x0132: "time",
    0x9003: "time taken",
    0xA420: "unique image id",
    0x9C9D: "author (Windows)",
    0x9C9C: "comment (Windows)",
}


class CannotClean(Exception):
    """This file's kind cannot be cleaned here; the message says why."""


@dataclass
class Cleaned:
    data: bytes
    removed: list[str] = field(default_factory=list)


def _is_office(name: str, data: bytes) -> bool:
    return name.lower().endswith(_OFFICE_SUFFIXES) and data[:4] == b"PK\x03\x04"


MAX_INSPECT_BYTES = 64 << 20
_HEADS = (
    b"\xff\xd8\xff",
    b"\x89PNG",
    b"%PDF-",
    b"II*\x00",
    b"MM\x00*",
    b"GIF8",
    b"BM",
    b"PK\x03\x04",
)


def inspect_file(path: Path) -> dict[str, str]:
    """:func:`inspect` for a file on disk, read only if it is of a kind that
    hrdoc reads metadata from (a video is not read into memory for nothing)."""
    try:
        with open(path, "rb") as source:
            head = source.read(16)
            known = (
                head.startswith(_HEADS)
                or (head[:4] == b"RIFF" and head[8:12] == b"WEBP")
                or head[4:8] == b"ftyp"
            )
            if not known or path.stat().st_size > MAX_INSPECT_BYTES:
                return {}
            return inspect(head + source.read(), path.name)
    except OSError:
        return {}


_TEXT_SUFFIXES = (".txt", ".json", ".jsonl", ".csv", ".tsv", ".log", ".md", ".stix2", ".ndjson")


def is_plain_text(head: bytes, name: str) -> bool:
    """A text file (by its name and its first bytes: UTF-8, no NUL) carries
    nothing but its text: it goes as it is, with nothing to remove. MVT's
    results are such files."""
    if not name.lower().endswith(_TEXT_SUFFIXES) or b"\x00" in head:
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc.start >= len(head) - 3  # a character cut at the end of the sample
    return True


def _kind(data: bytes, name: str) -> tuple[Callable[[], dict[str, str]], Callable[[], Cleaned]]:
    """For a file of a kind hrdoc reads: what finds its metadata, and what
    makes a copy without it. CannotClean for any other kind."""
    if data[:5] == b"%PDF-":
        return (lambda: _pdf_found(data)), (lambda: _clean_pdf(data))
    if _is_office(name, data):
        return (lambda: _office_found(data)), (lambda: _clean_office(data))
    image = _open_image(data)
    if image is not None:
        return (lambda: _image_found(image)), (lambda: _clean_image(image))
    if data[4:8] == b"ftyp":
        return (lambda: _mp4_found(data)), (lambda: _clean_mp4(data))
    if _audio_kind(data):
        return (lambda: _audio_found(data)), (lambda: _clean_audio(data))
    raise CannotClean("hrdoc cannot remove metadata from this kind of file")


def inspect(data: bytes, name: str) -> dict[str, str]:
    """What the file says about where, when, with what and by whom it was
    made: plain words and the value found ('' where there is no short value).
    Empty if nothing was found or hrdoc does not read that kind of file."""
    try:
        found, _clean = _kind(data, name)
        return found()
    except CannotClean:
        return {}
    except Exception:  # a damaged file's readers raise every kind: it says nothing
        return {}


def _short(value: object) -> str:
    """A value as one short line of text."""
    if isinstance(value, bytes):
        text = value.decode("utf-16-le" if value[1:2] == b"\0" else "utf-8", errors="replace")
    else:
        text = str(value)
    return " ".join(text.replace("\0", " ").split())[:200]


def clean(data: bytes, name: str) -> Cleaned:
    """A copy of the file without its metadata, or CannotClean."""
    if len(data) > MAX_CLEAN_BYTES:
        raise CannotClean(f"larger than {MAX_CLEAN_BYTES >> 20} MB, too large to clean")
    _found, make_clean = _kind(data, name)
    try:
        return make_clean()
    except CannotClean:
        raise
    except Exception as exc:  # the readers of damaged files raise every kind
        raise CannotClean(f"the file is damaged ({type(exc).__name__})") from None


# --- images -------------------------------------------------------------------------


def _open_image(data: bytes):  # type: ignore[no-untyped-def]
    from PIL import Image, UnidentifiedImageError

    try:
        image = Image.open(io.BytesIO(data))
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        return None
    if image.format not in IMAGE_FORMATS:
        return None
    return image


def _gps_text(gps: Any) -> str:
    """Degrees, as a person would type them ('33.88333, 35.50000')."""
    try:
        values = []
        for ref_tag, tag, negative in ((1, 2, "S"), (3, 4, "W")):
            d, m, sec = (float(x) for x in gps[tag])
            value = d + m / 60 + sec / 3600
            values.append(-value if str(gps.get(ref_tag, "")).upper() == negative else value)
        return f"{values[0]:.5f}, {values[1]:.5f}"
    except (KeyError, TypeError, ValueError, ZeroDivisionError):
        return "present"


def _image_found(image) -> dict[str, str]:  # type: ignore[no-untyped-def]
    found: dict[str, str] = {}
    exif = image.getexif()
    gps = exif.get_ifd(0x8825)
    if gps or 0x8825 in exif:
        found["location (GPS)"] = _gps_text(gps) if gps else "present"
    details = exif.get_ifd(0x8769)
    for tag, words in _EXIF_WORDS.items():
        if tag == 0x8825:
            continue
        value = exif.get(tag, details.get(tag))
        if value is not None and words not in found:
            found[words] = _short(value)
    info = image.info
    if "xmp" in info or "XML:com.adobe.xmp" in info:
        found["XMP metadata"] = ""
    if "comment" in info:
        found["comment"] = _short(info["comment"])
    if image.format == "PNG":
        for key, value in getattr(image, "text", {}).items():
            if key != "XML:com.adobe.xmp":
                found[f"text: {_short(key)[:40]}"] = _short(value)
    if "icc_profile" in info:
        found["colour profile"] = ""
    return found


def _clean_image(image) -> Cleaned:  # type: ignore[no-untyped-def]
    """Encoded again from the pixels, with nothing of ``info`` (EXIF, XMP,
    comments, text chunks, colour profile) passed to the encoder."""
    from PIL import ImageOps

    removed = list(_image_found(image))
    fmt = image.format
    out = io.BytesIO()
    try:
        orientation = image.getexif().get(0x0112, 1)
        if fmt == "JPEG" and orientation in (None, 1):
            image.info = {}  # the encoder falls back on it for comments and XMP
            image.save(out, format="JPEG", quality="keep")  # same quality tables
        else:
            upright = ImageOps.exif_transpose(image)  # a new image, upright
            upright.info = {}
            if fmt == "JPEG":
                upright.save(out, format="JPEG", quality=95)
            else:
                upright.save(out, format=fmt)
    except (OSError, ValueError, SyntaxError) as exc:
        raise CannotClean(f"the image could not be decoded ({type(exc).__name__})") from None
    return Cleaned(out.getvalue(), removed)


# --- PDF ------------------------------------------------------------------------------


def _open_pdf(data: bytes):  # type: ignore[no-untyped-def]
    import pikepdf

    try:
        return pikepdf.open(io.BytesIO(data))
    except (pikepdf.PdfError, pikepdf.PasswordError, ValueError) as exc:
        raise CannotClean(f"the PDF could not be read ({type(exc).__name__})") from None


def _pdf_found(data: bytes) -> dict[str, str]:
    with _open_pdf(data) as pdf:
        return _pdf_findings(pdf)


def _pdf_findings(pdf) -> dict[str, str]:  # type: ignore[no-untyped-def]
    import pikepdf

    found: dict[str, str] = {}
    info = pdf.trailer.get("/Info")
    if info is not None:
        for key, words in (
            ("/Author", "author"),
            ("/Title", "title"),
            ("/Subject", "subject"),
            ("/Keywords", "keywords"),
            ("/Creator", "creating program"),
            ("/Producer", "producing program"),
            ("/CreationDate", "time made"),
            ("/ModDate", "time changed"),
        ):
            if key in info:
                found[words] = _short(info[key])
    if "/Metadata" in pdf.Root:
        found["XMP metadata"] = ""
    root = pdf.Root.objgen
    if any(
        isinstance(obj, pikepdf.Dictionary | pikepdf.Stream)
        and "/Metadata" in obj
        and obj.objgen != root
        for obj in pdf.objects
    ):
        found["XMP metadata in parts"] = ""
    names = pdf.Root.get("/Names")
    if names is not None and "/EmbeddedFiles" in names:
        found["embedded files"] = ""
    if (names is not None and "/JavaScript" in names) or "/OpenAction" in pdf.Root:
        found["scripts or actions"] = ""
    return found


def _clean_pdf(data: bytes) -> Cleaned:
    import pikepdf

    with _open_pdf(data) as pdf:
        removed = list(_pdf_findings(pdf))
        if "/Info" in pdf.trailer:
            del pdf.trailer["/Info"]
        for key in ("/Metadata", "/PieceInfo", "/OpenAction", "/AA", "/Perms"):
            if key in pdf.Root:
                del pdf.Root[key]
        names = pdf.Root.get("/Names")
        if names is not None:
            for key in ("/EmbeddedFiles", "/JavaScript"):
                if key in names:
                    del names[key]
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Dictionary | pikepdf.Stream):
                for key in ("/Metadata", "/PieceInfo"):
                    if key in obj:
                        del obj[key]
        for page in pdf.pages:
            annots = page.obj.get("/Annots")
            if annots is not None:
                kept = [a for a in annots if a.get("/Subtype") != "/FileAttachment"]
                page.obj["/Annots"] = pikepdf.Array(kept)
        out = io.BytesIO()
        pdf.save(
            out,
            fix_metadata_version=False,
            deterministic_id=True,
            compress_streams=True,
        )
    return Cleaned(out.getvalue(), removed)


# --- audio (mutagen) ------------------------------------------------------------------

_AUDIO_KINDS = ("MP3", "FLAC", "OggVorbis", "OggOpus", "OggFLAC", "OggSpeex", "OggTheora")


def _open_audio(data: bytes):  # type: ignore[no-untyped-def]
    """The file as mutagen reads it, if it is audio hrdoc cleans; else None."""
    import mutagen

    try:
        audio = mutagen.File(io.BytesIO(data))
    except (mutagen.MutagenError, ValueError, EOFError, OSError):
        return None
    return audio if audio is not None and type(audio).__name__ in _AUDIO_KINDS else None


def _audio_kind(data: bytes) -> bool:
    return _open_audio(data) is not None


def _audio_found(data: bytes) -> dict[str, str]:
    audio = _open_audio(data)
    if audio is None or not audio.tags:
        return {}
    found = {}
    for key in list(audio.tags.keys())[:20]:
        value = audio.tags[key]
        found[f"tag {_short(key)[:20]}"] = _short(
            value.text[0] if hasattr(value, "text") else value
        )
    return found


def _clean_audio(data: bytes) -> Cleaned:
    """MP3 (ID3 and APE tags), FLAC (comments and pictures) and Ogg: their
    tags removed with mutagen."""
    import mutagen
    from mutagen.flac import FLAC

    buffer = io.BytesIO(data)
    try:
        audio = mutagen.File(buffer)
    except (mutagen.MutagenError, ValueError, EOFError, OSError):
        audio = None
    if audio is None:
        raise CannotClean("the audio file could not be read")
    removed = []
    if audio.tags:
        removed.append("tags (artist, title, comments, times)")
    try:
        if isinstance(audio, FLAC):
            if audio.pictures:
                removed.append("pictures")
            audio.clear_pictures()
            if audio.tags is not None:
                audio.tags.clear()
            audio.save(buffer, deleteid3=True)
        else:
            audio.delete(buffer)
        cleaned = buffer.getvalue()
        check = mutagen.File(io.BytesIO(cleaned))
    except (mutagen.MutagenError, ValueError, EOFError, OSError) as exc:
        raise CannotClean(f"the audio file could not be rewritten ({type(exc).__name__})") from None
    if check is None or check.tags or getattr(check, "pictures", None):
        raise CannotClean("the audio file keeps tags hrdoc cannot remove")
    return Cleaned(cleaned, removed)


# --- MP4 and QuickTime video ---------------------------------------------------------

#: boxes walked into; boxes of user data, metadata and vendor extensions become 'free'
_MP4_CONTAINERS = {b"moov", b"trak", b"mdia", b"minf", b"edts", b"dinf", b"stbl"}
_MP4_METADATA = {b"udta", b"meta", b"uuid", b"XMP_"}
#: tracks of pictures and sound only: a subtitle or sensor track may carry a location
_MP4_TRACKS = {b"vide", b"soun"}


_ISO6709 = re.compile(rb"\xa9xyz.{4}([+-][0-9.]+[+-][0-9.]+)", re.S)


def _mp4_found(data: bytes) -> dict[str, str]:
    found: dict[str, str] = {}
    location = _ISO6709.search(data)
    if location:
        found["location (GPS)"] = location.group(1).decode("ascii")
    try:
        removed = _clean_mp4(data).removed
    except CannotClean as exc:  # a sensor or subtitle track: say so
        removed = [str(exc)]
    for words in removed:
        if words != "nothing found":
            found.setdefault(words, "")
    return found


def _clean_mp4(data: bytes) -> Cleaned:
    """User data and metadata boxes (location ©xyz, Apple keys, XMP, tags)
    are turned into 'free' boxes of the same size, their bytes zeroed: no
    offset in the file moves, so the video plays as before. A file with a
    track other than pictures and sound (GPS telemetry, subtitles) is refused."""
    out = bytearray(data)
    removed: list[str] = []
    _walk_mp4(out, 0, len(out), removed, parent=b"", depth=0)
    if not removed:
        removed.append("nothing found")
    return Cleaned(bytes(out), removed)


def _walk_mp4(
    buf: bytearray, start: int, end: int, removed: list[str], parent: bytes, depth: int
) -> None:
    if depth > 16:
        raise CannotClean("the video's structure is nested too deep")
    at = start
    while at + 8 <= end:
        size = int.from_bytes(buf[at : at + 4], "big")
        kind = bytes(buf[at + 4 : at + 8])
        header = 8
        if size == 1:
            if at + 16 > end:
                raise CannotClean("the video's structure is damaged")
            size, header = int.from_bytes(buf[at + 8 : at + 16], "big"), 16
        elif size == 0:
            size = end - at
        if size < header or at + size > end:
            raise CannotClean("the video's structure is damaged")
        if kind in _MP4_METADATA:
            buf[at + 4 : at + 8] = b"free"
            buf[at + header : at + size] = bytes(size - header)
            words = {b"udta": "user data (location, tags)", b"meta": "metadata"}
            if words.get(kind, "vendor data (XMP)") not in removed:
                removed.append(words.get(kind, "vendor data (XMP)"))
        elif kind == b"hdlr" and size >= header + 12:
            handler = bytes(buf[at + header + 8 : at + header + 12])
            if parent == b"mdia" and handler not in _MP4_TRACKS:  # the track's kind
                raise CannotClean(
                    "the video has a track of other data (subtitles or sensor data may"
                    " carry a location)"
                )
        elif kind in _MP4_CONTAINERS:
            _walk_mp4(buf, at + header, at + size, removed, kind, depth + 1)
        at += size


# --- Office documents -----------------------------------------------------------------

_EMPTY_CORE = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
    b'metadata/core-properties"/>'
)
_EMPTY_APP = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
    b'extended-properties"/>'
)
_EMPTY_ODF_META = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n'
    b'<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
    b' office:version="1.2"><office:meta/></office:document-meta>'
)
_AUTHOR_ATTRS = re.compile(rb'\s(?:w|w15|p|x):(?:author|initials|userId|providerId)="[^"]*"')
_ODF_CREATORS = re.compile(rb"<dc:creator>[^<]*</dc:creator>|<dc:date>[^<]*</dc:date>")


_OFFICE_FIELDS = (
    (rb"<dc:creator>([^<]*)</dc:creator>", "author"),
    (rb"<cp:lastModifiedBy>([^<]*)</cp:lastModifiedBy>", "last changed by"),
    (rb"<dc:title>([^<]*)</dc:title>", "title"),
    (rb"<dcterms:created[^>]*>([^<]*)</dcterms:created>", "time made"),
    (rb"<meta:initial-creator>([^<]*)</meta:initial-creator>", "author"),
    (rb"<Company>([^<]*)</Company>", "company"),
    (rb"<Manager>([^<]*)</Manager>", "manager"),
)


#: what reading a damaged or hostile zip can raise (a fuzzed version field
#: gives NotImplementedError, a bad offset ValueError or EOFError)
_ZIP_ERRORS: tuple[type[Exception], ...] = (zipfile.BadZipFile, RuntimeError, OSError)
_ZIP_ERRORS += (NotImplementedError, ValueError, EOFError, KeyError)


def _office_found(data: bytes) -> dict[str, str]:
    found: dict[str, str] = {}
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            for part in ("docProps/core.xml", "docProps/app.xml", "meta.xml"):
                try:
                    info = archive.getinfo(part)
                except KeyError:
                    continue
                if info.file_size > _MAX_ZIP_MEMBER:
                    continue
                body = archive.read(info)
                for pattern, words in _OFFICE_FIELDS:
                    match = re.search(pattern, body)
                    if match and match.group(1).strip() and words not in found:
                        found[words] = _short(match.group(1).decode("utf-8", "replace"))
    except _ZIP_ERRORS:
        return {}
    for words in _clean_office(data).removed:
        found.setdefault(words, "")
    return found


def _clean_office(data: bytes) -> Cleaned:
    try:
        source = zipfile.ZipFile(io.BytesIO(data))
    except _ZIP_ERRORS:
        raise CannotClean("the document is not a readable zip archive") from None
    infos = source.infolist()
    if len(infos) > _MAX_ZIP_MEMBERS or sum(i.file_size for i in infos) > _MAX_ZIP_TOTAL:
        raise CannotClean("the document unpacks to too much data")
    removed: list[str] = []
    out = io.BytesIO()
    with source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in infos:
            if info.file_size > _MAX_ZIP_MEMBER:
                raise CannotClean("a part of the document is too large")
            name = info.filename
            try:
                body = source.read(info)
            except _ZIP_ERRORS:
                raise CannotClean("the document is damaged or encrypted") from None
            if name == "docProps/core.xml":
                _note(removed, "author, title and times (document properties)")
                body = _EMPTY_CORE
            elif name == "docProps/app.xml":
                _note(removed, "company, template and program (document properties)")
                body = _EMPTY_APP
            elif name == "docProps/custom.xml" or name.startswith("customXml/"):
                _note(removed, "custom properties")
                continue
            elif name == "meta.xml":
                _note(removed, "author, title and times (document properties)")
                body = _EMPTY_ODF_META
            elif name.endswith(".xml") and (
                _AUTHOR_ATTRS.search(body) or _ODF_CREATORS.search(body)
            ):
                _note(removed, "authors of comments and tracked changes")
                body = _ODF_CREATORS.sub(b"", _AUTHOR_ATTRS.sub(b"", body))
            fresh = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            fresh.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            target.writestr(fresh, body)
    return Cleaned(out.getvalue(), removed)


def _note(removed: list[str], words: str) -> None:
    if words not in removed:
        removed.append(words)
