// SPDX-License-Identifier: GPL-3.0-or-later
// A kiosk-side puller as a separate process, for tst_sync_central to kill -9 in the middle of a
// pull. Pulls one page at a time and says "page N" after each committed page.
#include "services/localsyncstore.h"
#include "sync/syncengine.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList a = app.arguments();
    if (a.size() != 9) {
        std::fprintf(stderr, "usage: sync_child URL CA CERT KEY PIN TOKENFILE DATADIR PAGESIZE\n");
        return 2;
    }
    ok::sync::SyncConfig c;
    c.url = a.at(1);
    c.tls.caFile = a.at(2);
    c.tls.clientCertFile = a.at(3);
    c.tls.clientKeyFile = a.at(4);
    c.tls.pins = {a.at(5)};
    c.tokenFile = a.at(6);
    c.storeId = QStringLiteral("S001");
    c.terminalId = QStringLiteral("T01");
    c.pageSize = a.at(8).toInt();
    auto store = ok::services::LocalSyncStore::open(a.at(7) + QStringLiteral("/cache.db"), a.at(7) + QStringLiteral("/ledger.db"),
                                                    c.storeId);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error().message));
        return 3;
    }
    ok::sync::SyncEngine engine(c, *store.value());
    int pages = 0;
    for (ok::sync::Stream s : ok::sync::kAllStreams) {
        for (;;) {
            auto r = engine.pull(s, 1);
            if (!r) {
                std::fprintf(stderr, "%s\n", qPrintable(r.error().message));
                return 4;
            }
            std::printf("page %d\n", ++pages);
            std::fflush(stdout);
            if (r->caughtUp)
                break;
        }
    }
    std::printf("done\n");
    return 0;
}
