#!/bin/sh
# Đưa kh57desk vào trình đơn ứng dụng của người dùng hiện tại (không cần quyền root):
# biểu tượng, mục trình đơn, mở tệp .kh57 bằng kh57desk, lệnh kh57 trong ~/.local/bin.
# Chương trình chạy ngay tại thư mục đã giải nén; đừng di chuyển thư mục sau khi cài
# (nếu di chuyển, chạy lại tệp này ở chỗ mới).
#
#   ./cai-dat.sh        cài cho người dùng hiện tại
#   ./cai-dat.sh --go   gỡ mục trình đơn, biểu tượng, liên kết tệp (dữ liệu được giữ nguyên)
#
# (Registers the unpacked bundle in the user's menu; --go removes it again. Data is never touched.)
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
DATA_HOME=${XDG_DATA_HOME:-"$HOME/.local/share"}
APPS="$DATA_HOME/applications"
ICONS="$DATA_HOME/icons/hicolor"
MIME="$DATA_HOME/mime"
BIN="$HOME/.local/bin"
SIZES="16 24 32 48 64 128 256"

refresh() {
    command -v update-mime-database >/dev/null 2>&1 && update-mime-database "$MIME" >/dev/null 2>&1 || true
    command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$APPS" >/dev/null 2>&1 || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$ICONS" >/dev/null 2>&1 || true
}

if [ "${1:-}" = "--go" ]; then
    rm -f "$APPS/kh57desk.desktop" "$MIME/packages/kh57desk.xml" "$ICONS/scalable/apps/kh57desk.svg"
    for size in $SIZES; do rm -f "$ICONS/${size}x${size}/apps/kh57desk.png"; done
    if [ -L "$BIN/kh57" ] && [ "$(readlink "$BIN/kh57")" = "$HERE/kh57" ]; then rm -f "$BIN/kh57"; fi
    refresh
    echo "Đã gỡ kh57desk khỏi trình đơn. Dữ liệu (~/.local/share/kh57desk) vẫn được giữ nguyên;"
    echo "thư mục chương trình $HERE có thể xóa."
    exit 0
fi
if [ -n "${1:-}" ]; then
    echo "Lỗi: không hiểu '$1' (dùng: ./cai-dat.sh hoặc ./cai-dat.sh --go)" >&2
    exit 2
fi

ICON_SOURCE="$HERE/_internal/resources/icons"
if [ ! -x "$HERE/kh57desk" ] || [ ! -d "$ICON_SOURCE" ]; then
    echo "Lỗi: không thấy chương trình kh57desk cạnh tệp này; hãy giải nén lại cả gói." >&2
    exit 2
fi

mkdir -p "$APPS" "$MIME/packages" "$ICONS/scalable/apps" "$BIN"
for size in $SIZES; do
    mkdir -p "$ICONS/${size}x${size}/apps"
    cp "$ICON_SOURCE/kh57desk-$size.png" "$ICONS/${size}x${size}/apps/kh57desk.png"
done
cp "$ICON_SOURCE/kh57desk.svg" "$ICONS/scalable/apps/kh57desk.svg"
cp "$HERE/kh57desk-mime.xml" "$MIME/packages/kh57desk.xml"

# Exec and TryExec point at this folder; a path with spaces or quotes is escaped as the
# .desktop format asks (inside a quoted argument: \\ \" \` \$, then \ doubled once more).
EXEC_PATH=$(printf '%s' "$HERE/kh57desk" | sed 's/\\/\\\\\\\\/g; s/"/\\\\"/g; s/`/\\\\`/g; s/\$/\\\\$/g')
TRY_PATH=$(printf '%s' "$HERE/kh57desk" | sed 's/\\/\\\\/g')
while IFS= read -r line; do
    case "$line" in
        Exec=*) printf 'Exec="%s" %%f\n' "$EXEC_PATH" ;;
        TryExec=*) printf 'TryExec=%s\n' "$TRY_PATH" ;;
        *) printf '%s\n' "$line" ;;
    esac
done < "$HERE/kh57desk.desktop" > "$APPS/kh57desk.desktop.tmp"
mv "$APPS/kh57desk.desktop.tmp" "$APPS/kh57desk.desktop"
chmod 644 "$APPS/kh57desk.desktop"

if [ ! -e "$BIN/kh57" ] || [ -L "$BIN/kh57" ]; then
    ln -sf "$HERE/kh57" "$BIN/kh57"
fi
refresh

echo "Đã cài kh57desk cho người dùng $(id -un): mở từ trình đơn ứng dụng (mục Văn phòng),"
echo "hoặc chạy $HERE/kh57desk. Lệnh dòng lệnh: kh57 (trong $BIN)."
