// SPDX-License-Identifier: GPL-3.0-or-later
// A store for till tests: a real cache.db with a few products (one weighed), prices and staff
// with real PBKDF2 verifiers, a real ledger.db, and the catalog service reading them.
#pragma once

#include "core/pin.h"
#include "services/catalogservice.h"
#include "services/approvalgate.h"
#include "services/devicemanager.h"
#include "services/staffauth.h"
#include "services/staffsession.h"
#include "services/till.h"
#include "storage/catalog.h"
#include "storage/sqlite.h"
#include "storage/stores.h"

#include <QTemporaryDir>

#include <memory>

namespace ok::test {

struct TestProduct {
    qint64 id;
    const char *barcode;
    const char *name;
    const char *unit;
    qint64 price; ///< per piece or per kg
};

// Prices include 23 % (A) or 8 % (B) VAT.
inline const TestProduct kProducts[] = {
    {1, "5901234123457", "Mleko 2% 1 l", "piece", 349},
    {2, "4006381333931", "Chleb żytni", "piece", 599},
    {3, "96385074", "Ser żółty", "piece", 1299},
    {42, "5900000000427", "Jabłka Ligol", "kg", 499},
};

inline constexpr int kTestIterations = 10000; // the schema's minimum: fast tests, real PBKDF2

/// cashier E1 PIN 1111, supervisor E2 PIN 2222, manager E3 PIN 3333 (store S001).
inline void writeStore(db::Database &cache)
{
    db::Transaction tx(cache);
    db::CatalogWriter w(cache);
    (void)w.upsertTaxClass(QStringLiteral("A"), 2300, QStringLiteral("23 %"));
    (void)w.upsertTaxClass(QStringLiteral("B"), 800, QStringLiteral("8 %"));
    (void)w.upsertLocation(QStringLiteral("S001"), QStringLiteral("store"), QStringLiteral("Test store"));
    for (const auto &p : kProducts) {
        db::CatalogWriter::Product prod;
        prod.id = p.id;
        prod.sku = QStringLiteral("SKU-%1").arg(p.id);
        prod.taxClass = p.id == 2 ? QStringLiteral("B") : QStringLiteral("A");
        prod.unit = QString::fromLatin1(p.unit);
        prod.names = {{QStringLiteral("pl"), QString::fromUtf8(p.name)}};
        prod.barcodes = {QString::fromLatin1(p.barcode)};
        if (auto r = w.upsertProduct(prod); !r)
            qFatal("%s", qPrintable(r.error().message));
        (void)w.setPrice(QStringLiteral("S001"), p.id, 0, std::nullopt, p.price, QStringLiteral("PLN"));
    }
    const struct {
        const char *id, *name, *role, *pin;
    } staff[] = {{"E1", "Anna Kasjer", "cashier", "1111"}, {"E2", "Bartek Kierownik", "supervisor", "2222"}, {"E3", "Celina Dyrektor", "manager", "3333"}};
    for (const auto &s : staff) {
        const QByteArray salt = QByteArray("salt-") + s.id;
        db::Statement &st = cache.cached("INSERT INTO staff(id, name, role, store_id, pin_salt, pin_iterations, pin_verifier) "
                                         "VALUES(?1, ?2, ?3, 'S001', ?4, ?5, ?6)");
        st.bind(1, QString::fromLatin1(s.id)).bind(2, QString::fromUtf8(s.name)).bind(3, QString::fromLatin1(s.role)).bind(4, salt)
            .bind(5, kTestIterations).bind(6, pin::derive(QString::fromLatin1(s.pin), salt, kTestIterations));
        if (!st.exec())
            qFatal("staff insert failed");
    }
    if (!tx.commit())
        qFatal("commit failed");
}

/// The till settings of the test store (S001, terminal T01, PLN, 10 % discount limit, scale
/// labels 23IIIIIWW.WWWC).
inline TillSettings testTillSettings()
{
    TillSettings s;
    s.storeId = QStringLiteral("S001");
    s.storeName = QStringLiteral("Omnikiosk Test");
    s.terminalId = QStringLiteral("T01");
    s.language = QStringLiteral("pl_PL");
    s.currency = *Currency::fromCode(u"PLN");
    s.discountLimitBp = 1000;
    s.variableMeasure = {scanner::VariableMeasureLayout::fromMask(u"23IIIIIWW.WWWC").value()};
    return s;
}

/// One terminal's cashier services over the databases of `dir` (created and filled on first
/// use) and its devices: the session, the approval gate and the till, wired as TerminalApp wires
/// them. Destroy it and build another over the same directory to play "the process died".
struct TillStack {
    std::unique_ptr<db::Database> ledger;
    std::unique_ptr<db::Database> cache;
    std::unique_ptr<CatalogService> catalog;
    std::unique_ptr<DeviceManager> devices;
    std::unique_ptr<StaffAuth> auth;
    std::unique_ptr<StaffSession> session;
    std::unique_ptr<ApprovalGate> gate;
    std::unique_ptr<Till> till;

    TillStack(const QString &dir, const QList<DeviceConfig> &deviceConfigs, const TillSettings &settings = testTillSettings())
    {
        const bool fresh = !QFile::exists(dir + QStringLiteral("/cache.db"));
        ledger = db::openLedger(dir + QStringLiteral("/ledger.db")).value();
        cache = db::openCache(dir + QStringLiteral("/cache.db")).value();
        if (fresh)
            writeStore(*cache);
        catalog = std::make_unique<CatalogService>(dir + QStringLiteral("/cache.db"), QStringLiteral("S001"), QStringLiteral("pl"));
        if (!catalog->start())
            qFatal("catalog service did not start");
        devices = std::make_unique<DeviceManager>();
        devices->setLedger(ledger.get());
        devices->start(deviceConfigs);
        auth = std::make_unique<StaffAuth>(*cache, *ledger, QStringLiteral("S001"));
        session = std::make_unique<StaffSession>(*auth, std::chrono::seconds(600));
        gate = std::make_unique<ApprovalGate>(*session);
        till = std::make_unique<Till>(Till::Parts{settings,
                                                  CashDeskSettings{QStringLiteral("S001"), QStringLiteral("T01"), QStringLiteral("PLN"), 1000, {}},
                                                  *ledger, *session, *gate, catalog.get(), devices.get(), devices->paymentTerminal()});
    }
    ~TillStack()
    {
        till.reset();
        devices->stop(); // before the ledger closes
    }

    bool devicesOnline() const
    {
        for (int i = 0; i < devices->count(); ++i)
            if (!devices->isOnline(i))
                return false;
        return true;
    }

    /// Sign in (the ticket in progress, if any, comes back).
    void signIn(const char *id, const char *pin)
    {
        if (!session->signIn(QString::fromLatin1(id), QString::fromLatin1(pin)))
            qFatal("sign-in of %s failed", id);
    }
};

} // namespace ok::test
