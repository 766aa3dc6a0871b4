#!/usr/bin/env python3
"""Writes the big seeds of fuzz_csvreader into a folder (docs/fuzzing.md).

CsvReader detects the encoding and the delimiter from the first 64 KiB of a file and then reads
on; these seeds are larger than that, with what matters placed at or after the 64 KiB mark: a
plain-ASCII start that turns windows-1252 or UTF-8 later (the provisional decoder), a multi-byte
character and a quoted multi-line field across the mark, and UTF-16 with a surrogate pair on it.
They are made here, the same bytes every time, so that the repository keeps only small seeds.

usage: make_big_seeds.py OUTDIR
"""

import os
import random
import sys

SAMPLE = 64 * 1024  # CsvReader's sniffing window (kSampleSize in core/io/csvreader.cpp)

FIRST = ["Ada", "Bob", "Carla", "Dan", "Eve", "Femi", "Gita", "Hugo", "Ines", "Jun"]
LAST = ["Lovelace", "Smith", "Diaz", "Ode", "Ng", "Okafor", "Rao", "Blanc", "Sousa", "Kim"]
COMPANY = ["Acme Inc", "Globex", "Initech", "Umbrella plc", "Hooli", "Vandelay Industries"]


def rows(rng, count, delimiter=","):
    out = []
    for i in range(count):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        cells = [
            first,
            last,
            f"{first.lower()}.{last.lower()}{i}@example.com",
            rng.choice(COMPANY),
            f"{rng.randint(1, 5000)}",
            f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        ]
        out.append(delimiter.join(cells))
    return out


def ascii_until(rng, limit, header, delimiter=",", newline="\n"):
    """Header and ASCII rows up to at least limit bytes."""
    text = header + newline
    while len(text) < limit:
        text += rows(rng, 1, delimiter)[0] + newline
    return text


def write(outdir, name, data):
    with open(os.path.join(outdir, name), "wb") as f:
        f.write(data)


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__.strip().splitlines()[-1])
    outdir = sys.argv[1]
    os.makedirs(outdir, exist_ok=True)
    rng = random.Random(20260511)
    header = "first_name,last_name,email,company,employees,created"

    # Plain ASCII for the whole sample, then windows-1252 ("Müller" on a late line).
    text = ascii_until(rng, SAMPLE + 4096, header)
    write(outdir, "big-ascii-then-cp1252.csv",
          text.encode("ascii") + "Jürgen,Müller,jm@example.de,Straße & Söhne,12,2025-01-01\n"
          .encode("cp1252") + "\n".join(rows(rng, 20)).encode("ascii") + b"\n")

    # Plain ASCII for the whole sample, then UTF-8.
    text = ascii_until(rng, SAMPLE + 1024, header)
    write(outdir, "big-ascii-then-utf8.csv",
          (text + "José,Núñez,jn@example.es,Café 東京,3,2025-02-03\n"
           + "\n".join(rows(rng, 20)) + "\n").encode("utf-8"))

    # UTF-8, semicolons, a three-byte character across the 64 KiB mark.
    text = ascii_until(rng, SAMPLE - 200, header.replace(",", ";"), ";").encode("utf-8")
    text += "Zoë;Weiß;zw@example.de;".encode("utf-8")
    text += b"x" * (SAMPLE - 1 - len(text))
    text += "€ 5;2025-03-04\n".encode("utf-8") + "\n".join(rows(rng, 40, ";")).encode("utf-8")
    write(outdir, "big-utf8-char-across-sample.csv", text + b"\n")

    # CRLF, a quoted field with line breaks and doubled quotes across the 64 KiB mark.
    text = ascii_until(rng, SAMPLE - 300, header, ",", "\r\n")
    note = '"' + 'Call back\r\nsaid ""maybe"" next ' * 40 + '"'
    write(outdir, "big-quoted-multiline-across-sample.csv",
          (text + "Amy,Ng,amy@example.com,Globex,7," + note + "\r\n"
           + "\r\n".join(rows(rng, 30)) + "\r\n").encode("ascii"))

    # UTF-16LE with BOM, tabs (Excel "Unicode Text"), an emoji's surrogate pair on the mark.
    text = "\ufeff" + ascii_until(rng, SAMPLE // 2 - 100, header.replace(",", "\t"), "\t", "\r\n")
    text += "a" * ((SAMPLE - 2) // 2 - len(text))
    text += "😀\tend\r\n" + "\r\n".join(rows(rng, 200, "\t")) + "\r\n"
    write(outdir, "big-utf16le-bom-tab.txt", text.encode("utf-16-le"))

    # windows-1252 throughout (uchardet decides from the sample), semicolons, 80 KiB.
    names = ["Müller", "Weiß", "Zoë", "Françoise", "Ñandú", "Œuvre", "Søren", "Ægir"]
    lines = ["Vorname;Nachname;Firma;Umsatz"]
    while sum(len(s) + 1 for s in lines) < SAMPLE + 16 * 1024:
        lines.append(f"{rng.choice(names)};{rng.choice(names)};Firma {rng.randint(1, 99)} "
                     f"GmbH;{rng.randint(1, 999)}.{rng.randint(100, 999)},{rng.randint(10, 99)} €")
    write(outdir, "big-cp1252-semicolon.csv", ("\r\n".join(lines) + "\r\n").encode("cp1252"))


if __name__ == "__main__":
    main()
