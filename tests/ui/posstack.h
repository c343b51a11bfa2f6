// SPDX-License-Identifier: GPL-3.0-or-later
// The till behind the QML "Pos" singleton, built the way main.cpp builds it, for UI tests that
// load Main.qml: its own connections to the test's ledger.db and cache.db.
#pragma once

#include "services/cashdesk.h"
#include "services/staffauth.h"
#include "services/till.h"
#include "storage/sqlite.h"
#include "storage/stores.h"
#include "ui/poscontroller.h"

#include <memory>

namespace ok::test {

struct PosStack {
    std::unique_ptr<db::Database> ledger;
    std::unique_ptr<db::Database> cache;
    std::unique_ptr<StaffAuth> auth;
    std::unique_ptr<Till> till;
    std::unique_ptr<CashDesk> desk;
    std::unique_ptr<PosController> pos;

    PosStack(const QString &dataDir, CatalogService *catalog, DeviceManager *devices, const QString &storeName = QStringLiteral("Omnikiosk"))
    {
        ledger = db::openLedger(dataDir + QStringLiteral("/ledger.db")).value();
        cache = db::openCache(dataDir + QStringLiteral("/cache.db")).value();
        auth = std::make_unique<StaffAuth>(*cache, *ledger, QStringLiteral("S001"));
        TillSettings s;
        s.storeId = QStringLiteral("S001");
        s.storeName = storeName;
        s.terminalId = QStringLiteral("T01");
        s.language = QStringLiteral("pl_PL");
        s.currency = *Currency::fromCode(u"PLN");
        s.variableMeasure = {scanner::VariableMeasureLayout::fromMask(u"23IIIIIWW.WWWC").value()};
        till = std::make_unique<Till>(s, *ledger, catalog, devices, auth.get());
        desk = std::make_unique<CashDesk>(CashDeskSettings{QStringLiteral("S001"), QStringLiteral("T01"), QStringLiteral("PLN"), 1000, {}},
                                          *ledger, devices, till->receipts());
        pos = std::make_unique<PosController>(*till, *desk, *auth, devices, *cache, 600);
        PosController::setInstance(pos.get());
    }
};

} // namespace ok::test
