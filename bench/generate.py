#!/usr/bin/env python3
"""Fills a Samordna database with realistic volumes for the benchmark.

The schema and reference data come from the real binary (`samordna seed`); this script then adds
organisations (companies across the 29 municipalities) and contact persons in bulk, with sort keys
made exactly as the server makes them, and a bench admin token.
Usage: generate.py --binary .build/release/samordna --database out.sqlite --records 1000000 --token SECRET
"""
import argparse
import hashlib
import os
import random
import sqlite3
import subprocess
import time
import unicodedata
import uuid

WORDS = ["Norr", "Älv", "Fjäll", "Malm", "Stål", "Skog", "Kraft", "Väte", "Bygg", "Öst", "Väst", "Åre", "Luleå", "Kiruna",
         "Boden", "Umeå", "Skellefteå", "Gällivare", "Piteå", "Arvidsjaur", "Bränsle", "Energi", "Gruv", "Batteri", "Järn"]
SUFFIXES = ["AB", "Handelsbolag", "Konsult AB", "Service AB", "Industri AB", "Logistik AB", "Fastigheter AB"]
FIRST = ["Anna", "Åsa", "Örjan", "Lars", "Märta", "Per", "Elin", "Jonas", "Sara", "Niila", "Ájlin", "Björn"]
LAST = ["Nilsson", "Öberg", "Lindström", "Åström", "Pekkari", "Kuoljok", "Johansson", "Sjöberg", "Länta"]


def sort_key(text):
    """The same key as SwedishCollation.sortKey in Sources/Domain."""
    out = []
    for ch in text.lower():
        if ch == "å":
            out.append("{")
        elif ch in "äæ":
            out.append("|")
        elif ch in "öø":
            out.append("}")
        elif ch == "ü":
            out.append("y")
        elif ord(ch) < 128:
            out.append(ch)
        else:
            base = unicodedata.normalize("NFD", ch)[0]
            out.append(base if ord(base) < 128 else ch)
    return "".join(out)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    parser.add_argument("--database", required=True)
    parser.add_argument("--records", type=int, required=True)
    parser.add_argument("--token", required=True)
    args = parser.parse_args()
    if os.path.exists(args.database):
        os.remove(args.database)
    subprocess.run([args.binary, "seed", "--database", args.database, "--log-level", "error"], check=True, stdout=subprocess.DEVNULL)
    random.seed(42)
    db = sqlite3.connect(args.database)
    municipalities = db.execute("SELECT code, countyCode FROM municipalities").fetchall()
    coordinator = db.execute("SELECT id FROM organisations WHERE key = 'tillvaxtverket'").fetchone()[0]
    now = int(time.time() * 1000)
    organisations = args.records * 4 // 5
    contacts = args.records - organisations
    started = time.time()
    organisation_ids = []

    def organisation_rows():
        for i in range(organisations):
            identifier = str(uuid.UUID(int=random.getrandbits(128), version=4))
            organisation_ids.append(identifier)
            code, county = random.choice(municipalities)
            name = f"{random.choice(WORDS)}{random.choice(WORDS).lower()} {i} {random.choice(SUFFIXES)}"
            stamp = now - random.randint(0, 3 * 365 * 86_400_000)
            yield (identifier, name, sort_key(name), "company", county, code, stamp, stamp)

    db.executemany(
        "INSERT INTO organisations (id, name, nameSortKey, kind, countyCode, municipalityCode, version, createdAt, updatedAt) "
        "VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?)", organisation_rows())

    def contact_rows():
        for i in range(contacts):
            name = f"{random.choice(FIRST)} {random.choice(LAST)}"
            stamp = now - random.randint(0, 365 * 86_400_000)
            yield (str(uuid.UUID(int=random.getrandbits(128), version=4)), random.choice(organisation_ids), name, sort_key(name),
                   "Handläggare", f"kontakt{i}@example.se", stamp, stamp)

    db.executemany(
        "INSERT INTO contacts (id, organisationId, name, nameSortKey, role, email, version, createdAt, updatedAt) "
        "VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?)", contact_rows())
    db.execute(
        "INSERT INTO apiTokens (id, organisationId, role, name, secretHash, createdAt, updatedAt) VALUES (?, ?, 'admin', 'bench', ?, ?, ?)",
        (str(uuid.uuid4()), coordinator, hashlib.sha256(args.token.encode()).hexdigest(), now, now))
    db.commit()
    db.execute("ANALYZE")
    db.close()
    print(f"{args.database}: {organisations} organisations, {contacts} contacts in {time.time() - started:.1f} s")


if __name__ == "__main__":
    main()
