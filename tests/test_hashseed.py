"""The same input builds the same bytes in every process: nothing follows Python's hash seed (the
order of a set), not even the spelling a re-cased all-caps title takes from the vocabulary."""

import subprocess
import sys

from tests.conftest import REPO, SITES, make_project
from tests.test_buildcache import site_files

RAW = {  # all-caps titles whose places the gazetteer adds with the text's own spelling as an alias
    "semarang-brisbane.md": ("Jurnal Kajian Kota\n\nPARADIPLOMASI KOTA SEMARANG DALAM KERJA SAMA\nSISTER CITY DENGAN KOTA "
                             "BRISBANE\n\nRina Wulan\nUniversitas Contoh\n\nAbstrak\nKota Semarang dan Kota Brisbane "
                             "menjalin kerja sama sister city sejak penandatanganan nota kesepahaman.\n"),
    "denpasar-mossel-bay.md": ("KERJA SAMA SISTER CITY KOTA DENPASAR DAN KOTA MOSSEL BAY DALAM PENGEMBANGAN PARIWISATA\n"
                               "SKRIPSI\nDi susun oleh:\nBayu Prakoso\n\nAbstrak\nKota Denpasar dan Kota Mossel Bay "
                               "bekerja sama dalam pariwisata budaya sejak nota kesepahaman.\n"),
    "malang-temecula.md": ("STRATEGI PEMERINTAH KOTA MALANG DALAM KERJA SAMA SISTER CITY DENGAN KOTA TEMECULA\n"
                           "Dewi Lestari\n\nPenelitian ini membahas kerja sama Kota Malang dan Kota Temecula.\n"),
}


def test_builds_under_different_hash_seeds_are_the_same(tmp_path):
    config = make_project(tmp_path / "proj", SITES / "minimal", RAW)
    outs = []
    for seed in ("1", "2", "3"):
        out = tmp_path / f"out{seed}"
        done = subprocess.run([sys.executable, str(REPO / "build.py"), "build", "--root", str(config.root), "--out", str(out),
                               "--no-cache", "--source-date", "2026-01-01"], capture_output=True, text=True, timeout=300,
                              env={"PYTHONHASHSEED": seed, "PATH": "/usr/bin:/bin"}, check=False)
        assert done.returncode == 0, done.stderr
        outs.append(site_files(out))
    assert outs[0] == outs[1] == outs[2]
    page = outs[0]["theses/semarang-brisbane.html"].decode()
    assert "Kota Brisbane" in page and "KOTA BRISBANE</h1>" not in page
