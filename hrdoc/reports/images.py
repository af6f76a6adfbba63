"""Images that go into a report: decoded and re-encoded from pixels only, so
no EXIF, XMP, GPS, ICC or comment metadata survives; oriented as shown."""

from __future__ import annotations

import io
import logging

from PIL import Image, ImageOps, UnidentifiedImageError

log = logging.getLogger(__name__)

MAX_PIXELS = 40_000_000  # refuse decompression bombs
MAX_SIDE = 1600  # reports do not need more


def strip_image(data: bytes) -> bytes | None:
    """PNG bytes of the image's pixels only, or None if it is not a usable image."""
    try:
        with Image.open(io.BytesIO(data)) as probe:
            if probe.width * probe.height > MAX_PIXELS:
                log.warning("an image was left out of the report: too many pixels")
                return None
            image = ImageOps.exif_transpose(probe)
            image.thumbnail((MAX_SIDE, MAX_SIDE))
            if image.mode not in ("RGB", "RGBA", "L"):
                image = image.convert("RGBA" if "A" in image.getbands() else "RGB")
            clean = Image.frombytes(image.mode, image.size, image.tobytes())
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        log.warning("an image was left out of the report: it could not be read")
        return None
    out = io.BytesIO()
    clean.save(out, format="PNG", optimize=False)
    return out.getvalue()
