// SPDX-License-Identifier: GPL-3.0-or-later
#include "terminalapp.h"

#include "services/approvalgate.h"
#include "services/customerdesk.h"
#include "services/catalogservice.h"
#include "services/deadletters.h"
#include "services/devicemanager.h"
#include "services/devicetests.h"
#include "services/housekeeping.h"
#include "services/lockerdoors.h"
#include "services/pickupcounter.h"
#include "services/pickupdesk.h"
#include "services/staffauth.h"
#include "services/staffsession.h"
#include "services/stockactions.h"
#include "services/syncservice.h"
#include "services/till.h"
#include "services/translations.h"
#include "storage/backup.h"
#include "storage/diskspace.h"
#include "storage/pickups.h"
#include "storage/sqlite.h"
#include "storage/storeactions.h"
#include "storage/stores.h"
#include "sync/syncengine.h"
#include "ui/customercontroller.h"
#include "ui/keyboardwedge.h"
#include "ui/languagecontroller.h"
#include "ui/orderscontroller.h"
#include "ui/pickupcontroller.h"
#include "ui/staffsessioncontroller.h"
#include "ui/stockdeskcontroller.h"
#include "ui/terminalinfo.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QPointer>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(OmnikioskPlugin)
Q_LOGGING_CATEGORY(lcApp, "omnikiosk.app", QtInfoMsg)

namespace ok {

namespace {

constexpr auto kMainQml = "qrc:/qt/qml/Omnikiosk/Main.qml";
/// Only the kiosk's own user reads its data: sales, staff verifiers, the terminal's token.
constexpr QFileDevice::Permissions kDataDirMode = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

Result<void> prepareDataDir(const QString &dir)
{
    if (!QDir().mkpath(dir))
        return Error{QStringLiteral("app.data-dir"), QObject::tr("cannot create the data directory %1").arg(dir)};
    QFile d(dir);
    if (d.permissions() != kDataDirMode && !d.setPermissions(kDataDirMode))
        return Error{QStringLiteral("app.data-dir"), QObject::tr("cannot restrict the data directory %1 to its owner (mode 0700)").arg(dir)};
    return {};
}

TillSettings tillSettings(const Config &config, const Currency &currency, const Wording &storeWording)
{
    TillSettings s;
    s.storeId = config.storeId;
    s.storeName = config.storeName;
    s.terminalId = config.terminalId;
    s.language = config.locale;
    s.storeWording = storeWording;
    s.currency = currency;
    s.taxPolicy.priceMode = config.pricesIncludeTax ? PriceMode::TaxInclusive : PriceMode::TaxExclusive;
    s.taxPolicy.scope = config.taxRounding == QLatin1String("per-line") ? TaxRoundingScope::PerLine : TaxRoundingScope::PerReceipt;
    s.discountLimitBp = config.discountLimitPercent * 100;
    for (const QString &mask : std::as_const(config.variableMeasure))
        if (auto layout = scanner::VariableMeasureLayout::fromMask(mask))
            s.variableMeasure.append(layout.value());
    return s;
}

} // namespace

/// Declared in the order they are built; destroyed the other way round.
struct TerminalApp::Parts {
    ok::Config config;
    Options options;
    std::unique_ptr<Translations> translations;
    std::unique_ptr<db::Database> ledger;
    std::unique_ptr<db::DiskSpace> diskSpace; ///< [storage] min_free_mb: new sales refused on a nearly full disk
    std::unique_ptr<db::Database> cache; ///< the GUI thread's connection (staff sign-in)
    std::unique_ptr<CatalogService> catalog;
    QString catalogError;
    std::unique_ptr<DeviceManager> devices;
    std::unique_ptr<StaffAuth> auth;
    std::unique_ptr<StaffSession> session;
    std::unique_ptr<ApprovalGate> gate;
    std::unique_ptr<Till> till;
    std::unique_ptr<DeviceTests> deviceTests;
    std::unique_ptr<DeadLetters> deadLetters;
    std::unique_ptr<db::Pickups> pickups;
    std::unique_ptr<LockerDoors> doors;
    std::unique_ptr<PickupDesk> pickupDesk;
    std::unique_ptr<PickupCounter> pickupCounter;
    std::unique_ptr<PickupController> pickup;
    std::unique_ptr<OrdersController> orders;
    std::unique_ptr<db::StoreActions> storeActions;
    std::unique_ptr<StockActions> stockActions;
    std::unique_ptr<CustomerDesk> customerDesk;
    std::unique_ptr<StockDeskController> stockDesk;
    std::unique_ptr<CustomerController> customers;
    std::unique_ptr<TerminalInfo> terminal;
    std::unique_ptr<StaffSessionController> staff;
    std::unique_ptr<LanguageController> language;
    std::unique_ptr<KeyboardWedge> wedge;
    std::unique_ptr<services::SyncService> sync;
    std::unique_ptr<Housekeeping> housekeeping;
    std::unique_ptr<QQmlApplicationEngine> engine;
};

TerminalApp::TerminalApp(std::unique_ptr<Parts> parts)
    : d(std::move(parts))
{
}

TerminalApp::~TerminalApp()
{
    d->engine.reset();          // nothing on screen refers to a service any more
    if (d->language)
        d->language->setEngine(nullptr);
    if (d->wedge && QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(d->wedge.get());
    if (d->staff && QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(d->staff.get());
    if (d->language && QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(d->language.get());
    d->sync.reset();
    if (d->devices)
        d->devices->stop();     // a job on the wire stays 'sending' in the ledger: uncertain next start
}

Result<std::unique_ptr<TerminalApp>> TerminalApp::create(ok::Config config, Options options)
{
    auto p = std::make_unique<Parts>();
    if (config.dataDir.isEmpty())
        config.dataDir = ok::Config::defaultDataDir();
    const std::optional<Currency> currency = Currency::fromCode(config.currency);
    if (!currency)
        return Error{QStringLiteral("config.bad-value"), QObject::tr("[store] currency %1 is not supported").arg(config.currency)};
    QLocale::setDefault(QLocale(config.locale)); // money, numbers and dates: the store's, in every language
    // Receipts and reports speak the store's language; the screens, whoever stands at them.
    p->translations = std::make_unique<Translations>(config.translationsDir);
    const QString storeLanguage = config.storeLanguage();
    const Wording storeWording(p->translations->catalog(storeLanguage), storeLanguage);
    qCInfo(lcApp).noquote() << "store" << config.storeId << "terminal" << config.terminalId << "config" << config.source << "data"
                            << config.dataDir;

    // ---- storage: the ledger must open, or we refuse to sell
    if (auto r = prepareDataDir(config.dataDir); !r)
        return r.error();
    // One kiosk per data directory, and `omnikiosk-ctl restore` refuses while it runs.
    if (auto r = db::holdDataDirLock(config.dataDir); !r)
        return r.error();
    auto ledger = db::openLedger(config.dataDir + QStringLiteral("/ledger.db"));
    if (!ledger)
        return ledger.error();
    p->ledger = std::move(ledger).value();
    const QString cachePath = config.dataDir + QStringLiteral("/cache.db");
    // Created and migrated here; the catalog service and the sync thread open their own.
    auto cache = db::openCache(cachePath);
    if (!cache)
        return cache.error();
    p->cache = std::move(cache).value();
    p->catalog = std::make_unique<CatalogService>(cachePath, config.storeId, storeLanguage);
    if (auto r = p->catalog->start(); !r)
        p->catalogError = r.error().message;

    // ---- devices: the print queue and the door and drawer journal live in the ledger
    p->devices = std::make_unique<DeviceManager>();
    p->devices->setLedger(p->ledger.get());
    p->devices->setPaperWording(storeWording);
    if (options.startDevices)
        p->devices->start(config.devices);

    // ---- who is signed in, and the cashier's services
    p->auth = std::make_unique<StaffAuth>(*p->cache, *p->ledger, config.storeId);
    p->session = std::make_unique<StaffSession>(*p->auth, std::chrono::seconds(config.lockAfterS));
    p->gate = std::make_unique<ApprovalGate>(*p->session);
    p->diskSpace = std::make_unique<db::DiskSpace>(config.dataDir, config.minFreeMb);
    p->till = std::make_unique<Till>(Till::Parts{tillSettings(config, *currency, storeWording),
                                                 CashDeskSettings{config.storeId, config.terminalId, config.currency,
                                                                  config.countDifferenceLimit, {}},
                                                 *p->ledger, *p->session, *p->gate, p->catalog.get(), p->devices.get(),
                                                 p->devices->paymentTerminal(), p->diskSpace.get()});

    // ---- what QML sees
    p->terminal = std::make_unique<TerminalInfo>(config, p->catalog.get(), p->devices.get(), p->catalogError);
    p->deviceTests = std::make_unique<DeviceTests>(*p->devices, *p->gate, p->till->drawer(), *p->ledger);
    p->deadLetters = std::make_unique<DeadLetters>(*p->ledger, *p->gate);
    p->terminal->setHandles({p->till.get(), p->gate.get(), p->deviceTests.get(), p->deadLetters.get()});

    // ---- click-and-collect: the customer's desk and staff's counter share the doors
    p->pickups = std::make_unique<db::Pickups>(*p->cache, *p->ledger);
    p->doors = std::make_unique<LockerDoors>(*p->devices, *p->ledger, config.doorLeftOpenS);
    p->pickupDesk = std::make_unique<PickupDesk>(PickupSettings{config.storeId, config.pickupKey, config.pickupLockAfter,
                                                                config.pickupFreeFailures, config.pickupMaxDelayS},
                                                 *p->pickups, *p->doors, Clock::system());
    p->pickupCounter = std::make_unique<PickupCounter>(*p->pickups, *p->doors, *p->gate, Clock::system());
    p->pickup = std::make_unique<PickupController>(*p->pickupDesk, *p->doors, config.pickupIdleResetS);
    PickupController::setInstance(p->pickup.get());
    p->orders = std::make_unique<OrdersController>(*p->pickupCounter, Clock::system());
    OrdersController::setInstance(p->orders.get());

    // ---- across channels: act on stock, serve the customer's web orders and loyalty
    p->storeActions = std::make_unique<db::StoreActions>(*p->ledger);
    p->stockActions = std::make_unique<StockActions>(*p->storeActions, *p->gate,
                                                     StockActions::Settings{config.storeId, config.terminalId, config.maxHoldHours},
                                                     Clock::system());
    p->customerDesk = std::make_unique<CustomerDesk>(nullptr, *p->storeActions, *p->gate,
                                                     CustomerDesk::Settings{config.storeId, config.terminalId, config.currency,
                                                                            config.webRefundMethods},
                                                     Clock::system());
    p->stockDesk = std::make_unique<StockDeskController>(*p->stockActions);
    StockDeskController::setInstance(p->stockDesk.get());
    Till *till = p->till.get();
    p->customers = std::make_unique<CustomerController>(*p->customerDesk, *p->session, *till,
                                                        [till](qint64 v) { return till->ticket().format().amount(v); });
    CustomerController::setInstance(p->customers.get());
    TerminalInfo::setInstance(p->terminal.get());
    p->staff = std::make_unique<StaffSessionController>(*p->session);
    StaffSessionController::setInstance(p->staff.get());
    p->language = std::make_unique<LanguageController>(*p->translations, *p->session, storeLanguage, config.customerLanguages,
                                                       config.customerLanguageResetS);
    LanguageController::setInstance(p->language.get());
    // Text formatted in C++ for these properties follows a language switch too.
    QObject::connect(p->language.get(), &LanguageController::changed, p->terminal.get(), &TerminalInfo::networkStateChanged);
    QObject::connect(p->language.get(), &LanguageController::changed, p->staff.get(), &StaffSessionController::changed);
    QObject::connect(p->language.get(), &LanguageController::changed, p->customers.get(), &CustomerController::changed);
    QObject::connect(p->language.get(), &LanguageController::changed, p->stockDesk.get(), &StockDeskController::refresh);
    p->wedge = std::make_unique<KeyboardWedge>(config.scanMaxKeyGapMs, config.scanMinLength);
    KeyboardWedge::setInstance(p->wedge.get());
    if (QCoreApplication::instance()) {
        QCoreApplication::instance()->installEventFilter(p->wedge.get());
        QCoreApplication::instance()->installEventFilter(p->staff.get()); // input anywhere is activity
        QCoreApplication::instance()->installEventFilter(p->language.get());
    }
    QObject::connect(p->devices.get(), &DeviceManager::scanned, p->wedge.get(), &KeyboardWedge::deliver);
    QObject::connect(p->devices.get(), &DeviceManager::scanFailed, p->wedge.get(), &KeyboardWedge::deliverFailure);
    QObject::connect(p->catalog.get(), &CatalogService::productCountReady, p->terminal.get(),
                     [t = p->terminal.get()](int, qint64 n) { t->setProductCount(n); });
    p->catalog->countProducts();

    p->options = options;
    p->config = std::move(config);
    std::unique_ptr<TerminalApp> app(new TerminalApp(std::move(p)));
    if (app->d->config.syncEnabled && options.startSync)
        app->wireSync();
    if (options.startSync) { // the running kiosk, not its self-test: keep what grows within [limits]
        const ok::Config &c = app->d->config;
        app->d->housekeeping = std::make_unique<Housekeeping>(c.dataDir, HousekeepingLimits::fromConfig(c),
                                                              std::chrono::hours(c.housekeepingHours));
        app->d->housekeeping->start();
    }
    return app;
}

void TerminalApp::wireSync()
{
    const QString dataDir = d->config.dataDir;
    d->sync = std::make_unique<services::SyncService>(services::SyncService::syncConfig(d->config, dataDir),
                                                      dataDir + QStringLiteral("/cache.db"), dataDir + QStringLiteral("/ledger.db"),
                                                      std::chrono::seconds(d->config.syncIntervalS));
    services::SyncService *sync = d->sync.get();
    TerminalInfo *terminal = d->terminal.get();
    CatalogService *catalog = d->catalog.get();
    StaffSessionController *staff = d->staff.get();
    connect(sync, &services::SyncService::healthChanged, terminal, [sync, terminal, catalog, staff, rowsSeen = qint64(-1)]() mutable {
        const services::SyncStatus &h = sync->status();
        TerminalInfo::SyncState s;
        s.enabled = true;
        s.online = h.online;
        s.enrolled = h.enrolled;
        s.lastError = h.lastError;
        s.lastPullOkMs = h.lastPullOkMs;
        s.outboxDepth = h.outboxPending;
        s.oldestUnsentAgeMs = h.oldestPendingAgeMs;
        s.deadLetters = h.deadLetters;
        s.clockSkewMs = h.clockSkewMs;
        terminal->setSyncState(s);
        if (h.rowsPulled != rowsSeen) { // new rows: prices, counts and staff on screen follow
            rowsSeen = h.rowsPulled;
            catalog->countProducts();
            staff->reloadMembers();
        }
    });
    // A sale, return, void, cash movement or Z report was committed: push it now.
    connect(d->till.get(), &Till::eventWritten, sync, &services::SyncService::localEventWritten);
    connect(d->deadLetters.get(), &DeadLetters::retried, sync, &services::SyncService::localEventWritten);
    // A handover, a loading or a door incident: push it now.
    connect(d->pickupDesk.get(), &PickupDesk::doorOpened, sync, &services::SyncService::localEventWritten);
    connect(d->pickupCounter.get(), &PickupCounter::changed, sync, &services::SyncService::localEventWritten);
    connect(d->stockActions.get(), &StockActions::eventWritten, sync, &services::SyncService::localEventWritten);
    connect(d->customerDesk.get(), &CustomerDesk::eventWritten, sync, &services::SyncService::localEventWritten);
    // Customers, web orders, loyalty and transfers are asked live.
    d->customerDesk->setSync(sync);
    d->stockActions->setSync(sync);
    d->till->tender().setRedeemer([desk = QPointer<CustomerDesk>(d->customerDesk.get())](
                                      const QString &redemptionId, const QString &customerId, qint64 points, const QString &saleId,
                                      std::function<void(Result<Redemption>)> done) {
        if (desk)
            desk->redeem(redemptionId, customerId, points, saleId, std::move(done));
        else
            done(Error{QStringLiteral("sync.stopped"), QObject::tr("Sync has stopped")});
    });
    // Returns of another till's receipt: its sale is looked up live at the central service.
    d->till->returns().setRemoteSaleLookup([s = QPointer<services::SyncService>(sync)](
                                               const QString &saleId, std::function<void(Result<RemoteSale>)> done) {
        if (s)
            s->lookupSale(saleId, std::move(done));
        else
            done(Error{QStringLiteral("sync.stopped"), QObject::tr("Sync has stopped")});
    });
    TerminalInfo::SyncState starting;
    starting.enabled = true;
    terminal->setSyncState(starting);
    terminal->setSync(sync); // the sync screen and live stock
    // The heartbeat reports the devices' health: the latest goes to the sync thread.
    connect(d->devices.get(), &DeviceManager::changed, sync, [sync, terminal] { sync->setDeviceHealth(terminal->deviceHealth()); });
    sync->setDeviceHealth(terminal->deviceHealth());
    sync->start();
}

Result<QQuickWindow *> TerminalApp::loadShell()
{
    if (!d->engine) {
        d->engine = std::make_unique<QQmlApplicationEngine>();
        d->engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        d->language->setEngine(d->engine.get());
    }
    d->engine->load(QUrl(QString::fromLatin1(kMainQml)));
    if (d->engine->rootObjects().isEmpty())
        return Error{QStringLiteral("app.qml"), QObject::tr("the shell (%1) did not load").arg(QString::fromLatin1(kMainQml))};
    auto *window = qobject_cast<QQuickWindow *>(d->engine->rootObjects().constLast());
    if (!window)
        return Error{QStringLiteral("app.qml"), QObject::tr("Main.qml did not create a window")};
    return window;
}

QQmlApplicationEngine &TerminalApp::engine()
{
    if (!d->engine) {
        d->engine = std::make_unique<QQmlApplicationEngine>();
        d->engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        d->language->setEngine(d->engine.get());
    }
    return *d->engine;
}

const ok::Config &TerminalApp::config() const { return d->config; }
db::Database &TerminalApp::ledger() { return *d->ledger; }
CatalogService &TerminalApp::catalog() { return *d->catalog; }
DeviceManager &TerminalApp::devices() { return *d->devices; }
StaffAuth &TerminalApp::auth() { return *d->auth; }
StaffSession &TerminalApp::session() { return *d->session; }
ApprovalGate &TerminalApp::approvals() { return *d->gate; }
Till &TerminalApp::till() { return *d->till; }
TerminalInfo &TerminalApp::terminal() { return *d->terminal; }
KeyboardWedge &TerminalApp::wedge() { return *d->wedge; }
StaffSessionController &TerminalApp::staff() { return *d->staff; }
PickupDesk &TerminalApp::pickupDesk() { return *d->pickupDesk; }
PickupCounter &TerminalApp::pickupCounter() { return *d->pickupCounter; }
services::SyncService *TerminalApp::sync() { return d->sync.get(); }

} // namespace ok
