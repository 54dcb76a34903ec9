#!/usr/bin/env python3
"""A Meta Business Suite post export of one page, as Business Suite writes it: UTF-8 with BOM, the 34
columns of the November 2026 export, times as "11/20/2026 08:15" (an English-language account),
Vietnamese titles and descriptions with quoted commas, quotes and line breaks.

    bench/channels-post-export.py OUT.csv --rows 100000 --page-id 100000000000001 [--bad 10] [--seed 2026] [--factor 1]

--bad: that many rows (spread over the file) with a negative reach, reported by the preview.
--factor: multiplies the metrics (a later export of the same posts with higher lifetime totals).
"""
import argparse
import csv
import datetime
import random

COLUMNS = ["Post ID", "Page ID", "Page name", "Title", "Description", "Duration (sec)", "Publish time", "Caption type",
           "Permalink", "Is crosspost", "Is share", "Post type", "Languages", "Custom labels", "Funded content status",
           "Data comment", "Date", "Views", "Reach", "Reactions, comments and shares", "Reactions", "Comments", "Shares",
           "Total clicks", "Link clicks", "Other clicks", "Matched audience targeting consumption (Photo click)",
           "Matched audience targeting consumption (Video click)", "Seconds viewed", "Average Seconds viewed",
           "Estimated earnings (USD)", "Ad CPM (USD)", "Ad impressions", "Ad clicks"]

SUBJECTS = ["Hội LHPN xã", "Chi hội phụ nữ thôn", "Câu lạc bộ phụ nữ", "Tổ hợp tác", "Hội viên"]
ACTIONS = ["ra quân dọn vệ sinh môi trường", "tập huấn chuyển đổi số", "trao vốn hỗ trợ phụ nữ khởi nghiệp",
           "tuyên truyền phòng chống bạo lực gia đình", "thăm hỏi hội viên có hoàn cảnh khó khăn",
           "hưởng ứng \"Ngày thứ Bảy tình nguyện\"", "tổ chức hội thi \"Phụ nữ duyên dáng\", khéo tay"]
PLACES = ["Hoằng Hóa", "Hạc Thành", "Sầm Sơn", "Nghi Sơn", "Thọ Xuân", "Quảng Xương", "Tĩnh Gia", "Bá Thước"]
TYPES = ["Photos", "Links", "Videos", "Reels", "Text"]


def main():
    p = argparse.ArgumentParser()
    p.add_argument("out")
    p.add_argument("--rows", type=int, default=100_000)
    p.add_argument("--page-id", default="100000000000001")
    p.add_argument("--page-name", default="Hội LHPN tỉnh Thanh Hóa")
    p.add_argument("--bad", type=int, default=10)
    p.add_argument("--seed", type=int, default=2026)
    p.add_argument("--factor", type=int, default=1)
    a = p.parse_args()
    rnd = random.Random(a.seed)
    start = datetime.datetime(2024, 1, 1, 6, 0)
    bad_every = a.rows // a.bad if a.bad else 0
    with open(a.out, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(COLUMNS)
        for i in range(a.rows):
            when = start + datetime.timedelta(minutes=i * 10 + rnd.randint(0, 9))
            place = rnd.choice(PLACES)
            title = "%s %s %s, năm %d" % (rnd.choice(SUBJECTS), place, rnd.choice(ACTIONS), when.year)
            description = title + ".\nMời hội viên cùng tham gia, chia sẻ; liên hệ chi hội trưởng."
            reach = rnd.randint(50, 20000) * a.factor
            views = reach + rnd.randint(0, reach)
            reactions = rnd.randint(0, reach // 10 + 1)
            comments = rnd.randint(0, reactions // 4 + 1)
            shares = rnd.randint(0, reactions // 5 + 1)
            clicks = rnd.randint(0, reach // 8 + 1)
            link = clicks // 3
            if bad_every and i % bad_every == bad_every // 2:
                reach = -reach
            w.writerow([
                "%s_%d" % (a.page_id, 10_000_000 + i), a.page_id, a.page_name, title, description,
                rnd.choice(["", "0", "37", "184"]), when.strftime("%m/%d/%Y %H:%M"), "",
                "https://www.facebook.com/%s/posts/%d" % (a.page_id, 10_000_000 + i), "No", "No", rnd.choice(TYPES), "vi", "",
                "", "", "Lifetime", views, reach, reactions + comments + shares, reactions, comments, shares, clicks, link,
                clicks - link, rnd.randint(0, 50), rnd.randint(0, 20), rnd.randint(0, 90000), "%.2f" % rnd.uniform(0, 30),
                "0", "", "", ""])


if __name__ == "__main__":
    main()
