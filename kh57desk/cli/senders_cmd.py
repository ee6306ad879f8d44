"""``kh57 senders``: this database's key fingerprint and the senders bound to keys (list,
confirm from a package file, revoke)."""

from __future__ import annotations

from pathlib import Path

from kh57desk.cli import context as cli_context
from kh57desk.cli.lazy import lazy_module
from kh57desk.errors import InputError

senders = lazy_module("kh57desk.services.senders")
sender_ops = lazy_module("kh57desk.app.senders")


def register(subparsers, common) -> None:
    p = subparsers.add_parser("senders", parents=[common],
                              help="mã khóa của cơ sở dữ liệu này và các người gửi đã gắn khóa (xem, xác nhận, thu hồi)")
    action = p.add_mutually_exclusive_group()
    action.add_argument("--confirm", metavar="TỆP", help="gắn người gửi của gói .kh57 này với khóa của gói "
                        "(sau khi đã đối chiếu mã khóa), không nhập gói")
    action.add_argument("--revoke", metavar="TÊN", help="thu hồi khóa đang gắn với cơ quan này (máy mới, cài lại)")
    action.add_argument("--certificate", metavar="TỆP", help="đăng ký chứng thư số (.cer/.pem) cho cơ quan ghi ở --for")
    p.add_argument("--for", dest="sender", metavar="TÊN", help="cơ quan được đăng ký chứng thư số")
    p.add_argument("--all", action="store_true", help="kể cả các khóa đã thu hồi")
    p.add_argument("--json", action="store_true", help="in JSON")
    p.set_defaults(handler=cmd_senders)


def cmd_senders(args) -> int:
    ws = cli_context.workspace(args)
    if args.confirm:
        with ws.db.transaction() as session:
            found = sender_ops.confirm_from_file(ws, session, Path(args.confirm)).value
        print(f"{found.sender} đã gắn với khóa {found.fingerprint}." if found.new
              else f"{found.sender} đã gắn với khóa {found.fingerprint} từ trước; không thay đổi.")
        return 0
    if args.certificate:
        if not args.sender:
            raise InputError("Cần ghi cơ quan của chứng thư số: --for \"TÊN CƠ QUAN\".")
        with ws.db.transaction() as session:
            labels = sender_ops.register_certificate(session, args.sender, Path(args.certificate)).value
        for label in labels:
            print(f"Đã đăng ký chứng thư số {label} cho {args.sender}.")
        return 0
    if args.revoke:
        with ws.db.transaction() as session:
            revoked = sender_ops.revoke(session, args.revoke).value
        for binding in revoked:
            print(f"Đã thu hồi khóa {binding.fingerprint} của {binding.sender}; gói sau của cơ quan này cần xác nhận "
                  "lại mã khóa.")
        return 0
    with ws.db.reader() as session:
        view = sender_ops.load(session, include_revoked=args.all)
    if args.json:
        cli_context.print_json({"own_fingerprint": view.own_fingerprint, "senders": [b.to_json() for b in view.bindings],
                                "certificates": [{"sender": c.sender, "code": c.code, "subject": c.subject}
                                                 for c in view.certificates]})
        return 0
    for certificate in view.certificates:
        print(f"Chứng thư số đã đăng ký: {certificate.sender} — {certificate.subject} (mã {certificate.code})")
    print(f"Mã khóa ký gói của cơ sở dữ liệu này: {view.own_fingerprint}")
    if not view.bindings:
        print("Chưa gắn người gửi nào với khóa.")
        return 0
    from kh57desk.platform_win import vietnam_time  # bindings are kept in UTC

    cli_context.print_table(["Người gửi", "Vai trò", "Mã khóa", "Gắn ngày", "Thu hồi"],
                  [[cli_context.shorten(b.sender, 45), senders.ROLE_LABELS[b.role], b.fingerprint,
                    f"{vietnam_time(b.bound_at):%d/%m/%Y}", f"{vietnam_time(b.revoked_at):%d/%m/%Y}" if b.revoked_at else ""]
                   for b in view.bindings])
    return 0
