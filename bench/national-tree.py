#!/usr/bin/env python3
"""Generates a national tree file for the import benchmark (standard library only).

34 provinces and cities (codes P01..P34) under the existing central root TW, 3,300 communes and
wards (P01-001, ...) spread over them and 100,000 branches (P01-001-01, ...) spread over the
communes, with Vietnamese names and membership figures. Deterministic for a given seed.

    python3 bench/national-tree.py /tmp/national.csv [--seed 2026] [--provinces 34]
                                   [--communes 3300] [--branches 100000]

The header is the one the importer reads: code,name,level,parent code,members,women.
Provinces come first, then each commune followed by its branches (parents always before children,
as in an export; the importer does not need that order).
"""

import argparse
import csv
import random
import sys

# The 34 provinces and cities after the 2025 merger; (name, is_city).
PROVINCES = [
    ("Hà Nội", True), ("Huế", True), ("Lai Châu", False), ("Điện Biên", False), ("Sơn La", False),
    ("Lạng Sơn", False), ("Quảng Ninh", False), ("Thanh Hóa", False), ("Nghệ An", False), ("Hà Tĩnh", False),
    ("Cao Bằng", False), ("Tuyên Quang", False), ("Lào Cai", False), ("Thái Nguyên", False), ("Phú Thọ", False),
    ("Bắc Ninh", False), ("Hưng Yên", False), ("Hải Phòng", True), ("Ninh Bình", False), ("Quảng Trị", False),
    ("Đà Nẵng", True), ("Quảng Ngãi", False), ("Gia Lai", False), ("Khánh Hòa", False), ("Lâm Đồng", False),
    ("Đắk Lắk", False), ("Hồ Chí Minh", True), ("Đồng Nai", False), ("Tây Ninh", False), ("Cần Thơ", True),
    ("Vĩnh Long", False), ("Đồng Tháp", False), ("Cà Mau", False), ("An Giang", False),
]

# Syllables that Vietnamese commune names are commonly made of.
FIRST = ["An", "Bình", "Cẩm", "Đông", "Đức", "Gia", "Hòa", "Hoằng", "Hưng", "Hương", "Kim", "Lạc", "Long", "Minh",
         "Mỹ", "Nam", "Nghĩa", "Ngọc", "Nhân", "Phú", "Phúc", "Quảng", "Tân", "Thạch", "Thanh", "Thiệu", "Thọ",
         "Thuận", "Tiên", "Trung", "Vĩnh", "Xuân", "Yên", "Hải", "Hồng", "Cát", "Định", "Hiệp", "Lộc", "Sơn"]
SECOND = ["An", "Bình", "Châu", "Điền", "Đông", "Giang", "Hà", "Hải", "Hòa", "Hưng", "Khánh", "Lâm", "Lộc", "Lợi",
          "Long", "Lương", "Minh", "Mỹ", "Nam", "Ninh", "Phong", "Phú", "Phúc", "Phước", "Quang", "Sơn", "Tân",
          "Thành", "Thịnh", "Thọ", "Thủy", "Tiến", "Trạch", "Trung", "Tường", "Vân", "Vinh", "Xá", "Yên", "Lạc"]
HAMLETS = ["Đông", "Tây", "Nam", "Bắc", "Trung", "Thượng", "Hạ", "Tiền", "Hậu", "Phú", "Yên", "Mới", "Đình",
           "Chợ", "Bến", "Đồng", "Gò", "Cầu"]
VILLAGES = ["Na", "Pà", "Hin", "Muống", "Khò", "Lặn", "Ngàm", "Poọng", "Sài", "Đôn", "Chiềng", "Bôn", "Mường",
            "Lả", "Púng"]
MOUNTAIN = {"Lai Châu", "Điện Biên", "Sơn La", "Lạng Sơn", "Cao Bằng", "Tuyên Quang", "Lào Cai", "Gia Lai", "Đắk Lắk"}


def spread(total, parts, low, high, rng):
    """total split into parts random weights in [low, high], summing exactly to total, each >= 1."""
    weights = [rng.uniform(low, high) for _ in range(parts)]
    scale = total / sum(weights)
    counts = [max(1, int(w * scale)) for w in weights]
    # Hand out (or take back) the rounding difference, one at a time, deterministically.
    while sum(counts) != total:
        j = rng.randrange(parts)
        if sum(counts) < total:
            counts[j] += 1
        elif counts[j] > 1:
            counts[j] -= 1
    return counts


def commune_name(rng, used):
    for _ in range(50):
        name = rng.choice(FIRST) + " " + rng.choice(SECOND)
        if name not in used and name.split()[0] != name.split()[1]:
            used.add(name)
            return name
    name = rng.choice(FIRST) + " " + rng.choice(SECOND) + " " + str(len(used))
    used.add(name)
    return name


def branch_name(kind, number, rng, mountain):
    if kind == "phường":
        return ("Chi hội khu phố " if number % 3 == 0 else "Chi hội tổ dân phố số ") + str(number)
    if mountain and rng.random() < 0.6:
        return "Chi hội bản " + rng.choice(VILLAGES) + " " + str(number)
    if number % 2 == 0:
        return "Chi hội thôn " + str(number)
    return "Chi hội thôn " + rng.choice(HAMLETS) + " " + str(number)


def generate(out, seed, provinces, communes, branches):
    rng = random.Random(seed)
    if provinces > len(PROVINCES):
        sys.exit("at most %d provinces" % len(PROVINCES))
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["code", "name", "level", "parent code", "members", "women"])
    communes_per_province = spread(communes, provinces, 0.4, 1.6, rng)
    branches_per_commune = spread(branches, communes, 0.3, 1.7, rng)
    rows = 1
    province_rows = []
    body = []
    c_index = 0
    for p in range(provinces):
        name, city = PROVINCES[p]
        pcode = "P%02d" % (p + 1)
        mountain = name in MOUNTAIN
        used = set()
        p_members = 0
        p_women = 0
        for c in range(communes_per_province[p]):
            ward = rng.random() < (0.6 if city else 0.15)
            kind = "phường" if ward else "xã"
            ccode = "%s-%03d" % (pcode, c + 1)
            n_branches = branches_per_commune[c_index]
            c_index += 1
            branch_rows = []
            c_members = 0
            for b in range(1, n_branches + 1):
                members = 40 + rng.randrange(260)
                women = members + rng.randrange(220)
                c_members += members
                branch_rows.append(["%s-%02d" % (ccode, b), branch_name(kind, b, rng, mountain), "Chi hội", ccode,
                                    members, women])
            c_women = c_members + 200 + rng.randrange(2000)
            body.append(["%s" % ccode, "Hội LHPN %s %s" % (kind, commune_name(rng, used)), "Xã/Phường", pcode,
                         c_members, c_women])
            body.extend(branch_rows)
            p_members += c_members
            p_women += c_women
        kind = "thành phố" if city else "tỉnh"
        province_rows.append([pcode, "Hội LHPN %s %s" % (kind, name), "Tỉnh/Thành phố", "TW", p_members, p_women])
    for row in province_rows + body:
        writer.writerow(row)
        rows += 1
    return rows - 1


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", help="where to write the CSV")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--provinces", type=int, default=34)
    parser.add_argument("--communes", type=int, default=3300)
    parser.add_argument("--branches", type=int, default=100_000)
    args = parser.parse_args()
    with open(args.path, "w", encoding="utf-8", newline="") as out:
        n = generate(out, args.seed, args.provinces, args.communes, args.branches)
    print("%s: %d units (%d provinces, %d communes, %d branches)"
          % (args.path, n, args.provinces, args.communes, args.branches))


if __name__ == "__main__":
    main()
