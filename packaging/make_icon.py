"""Turn the application's SVG icon into a Windows ``.ico`` at build time.

The SVG in ``resources/icons/`` is the one source of the icon; a binary ``.ico`` in the repository would drift
from it. Qt (QtSvg ships with PySide6-Essentials) renders the SVG crisply at each size Windows asks for, and
Pillow packs those renderings into one ``.ico``. Run as a separate process by ``packaging/huidu.spec`` so that
PyInstaller's own process never loads Qt:

    python packaging/make_icon.py resources/icons/huidu.svg build/out/work/huidu.ico

Exit status 0: written; 2: a tool is missing (PySide6 or Pillow), the caller builds without an icon.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

# Explorer, the taskbar and the Start menu pick from these; 256 is stored as PNG inside the .ico.
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
MISSING_TOOL = 2


def render_pngs(svg: Path, sizes: tuple[int, ...] = ICO_SIZES) -> dict[int, bytes]:
    """The SVG drawn on a transparent square of each size, as PNG bytes."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not an SVG file Qt can draw")
    pngs: dict[int, bytes] = {}
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        pngs[size] = bytes(data.data())
    del app
    return pngs


def write_ico(pngs: dict[int, bytes], target: Path) -> None:
    """One ``.ico`` holding every rendering (Pillow resamples nothing: each size is given)."""
    from PIL import Image

    images = [Image.open(io.BytesIO(pngs[size])).convert("RGBA") for size in sorted(pngs)]
    largest = images[-1]
    target.parent.mkdir(parents=True, exist_ok=True)
    largest.save(
        target,
        format="ICO",
        sizes=[image.size for image in images],
        append_images=images[:-1],
    )


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2:
        sys.stderr.write("usage: python packaging/make_icon.py ICON.svg OUT.ico\n")
        return 64
    svg, target = Path(args[0]), Path(args[1])
    try:
        import PIL  # noqa: F401
        import PySide6  # noqa: F401
    except ImportError as error:
        sys.stderr.write(f"make_icon: {error.name} is not installed, so no .ico can be made\n")
        return MISSING_TOOL
    write_ico(render_pngs(svg), target)
    print(f"make_icon: wrote {target} ({', '.join(map(str, ICO_SIZES))} px)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
