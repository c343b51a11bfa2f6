// SPDX-License-Identifier: GPL-3.0-or-later
// Child process of tst_crash: commits sales as fast as it can and acknowledges each one on stdout
// only after commitSale() returned, until it is killed with SIGKILL.
#include "saletestdata.h"
#include "storage/ledger.h"
#include "storage/stores.h"

#include <cstdio>
#include <cstdlib>

int main(int argc, char **argv)
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: crash_child LEDGER_DB SEED\n");
        return 2;
    }
    auto db = ok::db::openLedger(QString::fromLocal8Bit(argv[1]));
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return 3;
    }
    ok::db::Ledger ledger(*db.value());
    std::printf("READY\n");
    std::fflush(stdout);
    qint64 seed = std::atoll(argv[2]);
    for (;;) {
        const int lines = 1 + int(seed % 8);
        auto r = ledger.commitSale(makeSale(lines, seed++));
        if (!r) {
            std::fprintf(stderr, "commit failed: %s\n", qPrintable(r.error().message));
            return 4;
        }
        std::printf("ACK %s %d\n", qPrintable(r->id), lines);
        std::fflush(stdout);
    }
}
