"""Screenshots as a user sees them, for ``tools/screenshots.py --screen``: the program runs on an
X screen of 1366×768 with a window manager (its own Xvfb and openbox unless ``DISPLAY`` is set),
main windows maximized with their title bar, dialogs cut out with their frame, each picture taken
from the screen itself with ImageMagick's ``import -window root``.

    apt-get install -y xvfb openbox imagemagick

It also makes the user guide's pictures (``resources/guide/images``) from a chosen few shots:
PNG reduced to 256 colours, about a third of the size.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import time
from pathlib import Path

SCREEN = (1366, 768)
# shot of tools/screenshots.py → picture of the guide (resources/guide/huong-dan.md names them)
GUIDE_PICTURES = {
    "01-khoi-dong-lan-dau": "khoi-dong-lan-dau",
    "02-tong-quan": "tong-quan",
    "03-nhiem-vu-nhap-tien-do": "nhiem-vu",
    "05-chi-tieu": "chi-tieu",
    "06-cai-dat": "cai-dat",
    "09-bao-cao": "bao-cao",
    "10-ky-so": "ky-so",
    "13-dong-bo-co-quan": "dong-bo-co-quan",
    "14-nhap-goi": "nhap-goi",
    "15-dong-bo-tong-hop": "dong-bo-tong-hop",
}


def _free_display() -> int:
    number = 90
    while Path(f"/tmp/.X11-unix/X{number}").exists() or Path(f"/tmp/.X{number}-lock").exists():
        number += 1
    return number


@contextlib.contextmanager
def virtual_screen():
    """An X screen of 1366×768 with openbox for the duration (the one in ``DISPLAY`` if set)."""
    if os.environ.get("DISPLAY"):
        yield os.environ["DISPLAY"]
        return
    missing = [tool for tool in ("Xvfb", "openbox", "import") if shutil.which(tool) is None]
    if missing:
        raise SystemExit(f"Thiếu {', '.join(missing)}: apt-get install -y xvfb openbox imagemagick")
    number = _free_display()
    display = f":{number}"
    server = subprocess.Popen(["Xvfb", display, "-screen", "0", f"{SCREEN[0]}x{SCREEN[1]}x24", "-nolisten", "tcp"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    manager = None
    try:
        end = time.monotonic() + 10
        while not Path(f"/tmp/.X11-unix/X{number}").exists():
            if time.monotonic() > end or server.poll() is not None:
                raise SystemExit("Không mở được màn hình ảo Xvfb.")
            time.sleep(0.05)
        os.environ["DISPLAY"] = display
        manager = subprocess.Popen(["openbox"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(1.0)  # openbox takes the screen before the first window maps
        yield display
    finally:
        for process in (manager, server):
            if process is not None:
                process.terminate()
                process.wait(10)
        os.environ.pop("DISPLAY", None)


def capture(app, widget, path: Path, settle) -> None:
    """``widget``'s window as it is on the screen: a main window maximized, a dialog with its frame."""
    from PySide6.QtWidgets import QMainWindow

    top = widget.window()
    if isinstance(top, QMainWindow) and not top.isMaximized():
        top.showMaximized()
        settle(app, 1.0)
    top.raise_()
    top.activateWindow()
    settle(app, 0.6)
    command = ["import", "-window", "root"]
    if not top.isMaximized():
        frame = top.frameGeometry()
        left, up = max(frame.x(), 0), max(frame.y(), 0)
        width, height = min(frame.width(), SCREEN[0] - left), min(frame.height(), SCREEN[1] - up)
        command += ["-crop", f"{width}x{height}+{left}+{up}", "+repage"]
    subprocess.run([*command, str(path)], check=True, timeout=60)


def guide_pictures(shots: Path, images: Path) -> list[Path]:
    """The guide's pictures from the shots in ``shots``, in 256 colours."""
    from PIL import Image

    images.mkdir(parents=True, exist_ok=True)
    written = []
    for shot, picture in GUIDE_PICTURES.items():
        target = images / f"{picture}.png"
        with Image.open(shots / f"{shot}.png") as image:
            image.convert("RGB").quantize(256, dither=Image.Dither.NONE).save(target, optimize=True)
        written.append(target)
    return written
