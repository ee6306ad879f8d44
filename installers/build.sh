#!/usr/bin/env bash
# Dựng kh57desk cho Linux: thư mục chương trình (PyInstaller) và gói .tar.gz kèm tệp .desktop,
# biểu tượng, kiểu tệp .kh57 và cai-dat.sh.
#
#   installers/build.sh [--dist THƯ_MỤC] [--work THƯ_MỤC] [--no-tar]
#
# Cần Python ≥ 3.11 với kh57desk và công cụ đóng gói: pip install -e ".[build]"
# (biến PYTHON chọn trình thông dịch; mặc định python3). Kết quả mặc định ở installers/dist/:
#   kh57desk/                               thư mục chương trình (kh57desk, kh57)
#   kh57desk-<phiên bản>-linux-<máy>.tar.gz gói để phát hành
#
# (Builds the Linux one-folder bundle and its tarball.)
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$HERE")
PYTHON=${PYTHON:-python3}
DIST="$HERE/dist"
WORK="$HERE/build"
TARBALL=1

fail() { echo "Lỗi: $*" >&2; exit 2; }

while [ $# -gt 0 ]; do
    case "$1" in
        --dist) [ $# -ge 2 ] || fail "--dist cần một thư mục"; DIST=$2; shift 2 ;;
        --work) [ $# -ge 2 ] || fail "--work cần một thư mục"; WORK=$2; shift 2 ;;
        --no-tar) TARBALL=0; shift ;;
        -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
        *) fail "không hiểu tham số '$1' (xem installers/build.sh --help)" ;;
    esac
done

command -v "$PYTHON" >/dev/null 2>&1 || fail "không tìm thấy Python '$PYTHON' (đặt biến PYTHON)."
"$PYTHON" -c "import PyInstaller, kh57desk" 2>/dev/null \
    || fail "$PYTHON chưa có PyInstaller hoặc kh57desk; chạy: $PYTHON -m pip install -e \"$ROOT[build]\""

command -v objdump >/dev/null 2>&1 && command -v objcopy >/dev/null 2>&1 \
    || fail "PyInstaller cần objdump và objcopy: cài gói binutils (Debian/Ubuntu: apt-get install binutils)."

VERSION=$("$PYTHON" "$HERE/app_metadata.py" version)
NAME=$("$PYTHON" "$HERE/app_metadata.py" artifact linux)
mkdir -p "$DIST" "$WORK"
DIST=$(cd "$DIST" && pwd)
WORK=$(cd "$WORK" && pwd)

echo "== kh57desk $VERSION: dựng thư mục chương trình (PyInstaller)"
start=$(date +%s)
"$PYTHON" -m PyInstaller --noconfirm --log-level WARN \
    --distpath "$DIST" --workpath "$WORK" "$HERE/kh57desk.spec"
BUNDLE="$DIST/kh57desk"
echo "   xong sau $(( $(date +%s) - start )) giây: $BUNDLE"

reported=$("$BUNDLE/kh57" --version)
[ "$reported" = "kh57 $VERSION" ] || fail "chương trình vừa dựng báo '$reported', cần 'kh57 $VERSION'."

if [ "$TARBALL" = 0 ]; then
    exit 0
fi

echo "== đóng gói $NAME.tar.gz"
STAGE="$WORK/tarball"
rm -rf "$STAGE"
mkdir -p "$STAGE"
cp -al "$BUNDLE" "$STAGE/$NAME" 2>/dev/null || cp -a "$BUNDLE" "$STAGE/$NAME"
install -m 644 "$ROOT/resources/kh57desk.desktop" "$STAGE/$NAME/kh57desk.desktop"
install -m 644 "$ROOT/resources/kh57desk-mime.xml" "$STAGE/$NAME/kh57desk-mime.xml"
install -m 644 "$ROOT/resources/icons/kh57desk-256.png" "$STAGE/$NAME/kh57desk.png"
install -m 755 "$HERE/linux/cai-dat.sh" "$STAGE/$NAME/cai-dat.sh"
rm -f "$STAGE/$NAME/kh57desk.portable"  # the tarball is an installed program, not a USB copy
OUT="$DIST/$NAME.tar.gz"
tar -C "$STAGE" --sort=name --owner=0 --group=0 --numeric-owner -czf "$OUT.part" "$NAME"
mv "$OUT.part" "$OUT"
rm -rf "$STAGE"
echo "   $OUT ($(du -m "$OUT" | cut -f1) MB)"
( cd "$DIST" && sha256sum "$NAME.tar.gz" > "$NAME.tar.gz.sha256" )
echo "   SHA-256: $(cut -d' ' -f1 "$DIST/$NAME.tar.gz.sha256")"
