// SPDX-License-Identifier: GPL-3.0-or-later
// The composition root: reads the configuration, opens the databases, builds the services, hands
// them to QML as C++-owned singletons and starts the shell. No business rules here.

#include "services/cashdesk.h"
#include "services/catalogservice.h"
#include "services/config.h"
#include "services/devicemanager.h"
#include "services/staffauth.h"
#include "services/syncservice.h"
#include "services/till.h"
#include "storage/stores.h"
#include "ui/keyboardwedge.h"
#include "ui/poscontroller.h"
#include "ui/terminalinfo.h"

#include <QCommandLineParser>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQuickWindow>
#include <QTimer>
#include <QtQml/qqmlextensionplugin.h>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(OmnikioskPlugin)
Q_LOGGING_CATEGORY(lcApp, "omnikiosk.app", QtInfoMsg)

namespace {

constexpr auto kMainQml = "qrc:/qt/qml/Omnikiosk/Main.qml";
constexpr auto kModuleRoot = ":/qt/qml/Omnikiosk";
constexpr int kExitConfig = 2;
constexpr int kExitStorage = 3;
constexpr int kExitQml = 4;

bool hasArg(int argc, char **argv, const char *name)
{
    for (int i = 1; i < argc; ++i)
        if (qstrcmp(argv[i], name) == 0)
            return true;
    return false;
}

/// Without a display, say so and serve the UI over VNC instead of failing silently.
void choosePlatform(int argc, char **argv)
{
    if (!qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || hasArg(argc, argv, "-platform"))
        return;
    if (hasArg(argc, argv, "--self-test") || hasArg(argc, argv, "--measure-startup")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        return;
    }
    if (!qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        return;
    const QByteArray port = qEnvironmentVariableIsEmpty("OMNIKIOSK_VNC_PORT") ? QByteArray("5900")
                                                                                : qgetenv("OMNIKIOSK_VNC_PORT");
    qputenv("QT_QPA_PLATFORM", "vnc:size=1280x800:port=" + port);
    std::fprintf(stderr,
                 "omnikiosk: no display found (DISPLAY and WAYLAND_DISPLAY are empty).\n"
                 "omnikiosk: serving the kiosk screen over VNC instead: connect a VNC viewer to 127.0.0.1:%s\n"
                 "omnikiosk: warning: Qt's VNC server listens on every interface without a password;\n"
                 "omnikiosk: on a shared network start a display instead (scripts/demo does: Xvfb + x11vnc on loopback)\n",
                 port.constData());
}

bool selfTestingOrMeasuring(int argc, char **argv)
{
    return hasArg(argc, argv, "--self-test") || hasArg(argc, argv, "--measure-startup");
}

long residentKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    return -1;
}

/// --self-test: compile every QML file of the module, then show the shell for a few frames.
/// Any QML error or warning fails the test.
int selfTest(QQmlApplicationEngine &engine, const QStringList &warnings)
{
    int failures = 0;
    QDirIterator it(QString::fromLatin1(kModuleRoot), {QStringLiteral("*.qml")}, QDir::Files, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        QQmlComponent component(&engine, QUrl(QStringLiteral("qrc") + path));
        ++files;
        if (component.isError()) {
            ++failures;
            for (const auto &e : component.errors())
                std::fprintf(stderr, "FAIL %s: %s\n", qPrintable(path), qPrintable(e.toString()));
        } else {
            std::fprintf(stdout, "ok   %s\n", qPrintable(path));
        }
    }
    if (files == 0) {
        std::fprintf(stderr, "FAIL no QML files found under %s\n", kModuleRoot);
        return kExitQml;
    }
    if (!warnings.isEmpty()) {
        for (const auto &w : warnings)
            std::fprintf(stderr, "FAIL warning: %s\n", qPrintable(w));
        ++failures;
    }
    std::fprintf(stdout, "%d QML files, %d failures\n", files, failures);
    return failures ? kExitQml : 0;
}

QStringList *g_qmlWarnings = nullptr;
QtMessageHandler g_previousHandler = nullptr;

void collectWarnings(QtMsgType type, const QMessageLogContext &ctx, const QString &msg)
{
    if (g_qmlWarnings && type >= QtWarningMsg
        && (qstrncmp(ctx.category ? ctx.category : "", "qml", 3) == 0 || qstrncmp(ctx.category ? ctx.category : "", "js", 2) == 0
            || msg.contains(QLatin1String(".qml"))))
        g_qmlWarnings->append(msg);
    g_previousHandler(type, ctx, msg);
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    choosePlatform(argc, argv);

    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("omnikiosk"));
    QGuiApplication::setOrganizationName(QStringLiteral("Omnikiosk"));
    QGuiApplication::setApplicationVersion(QStringLiteral(OMNIKIOSK_VERSION));

    QCommandLineParser cli;
    cli.setApplicationDescription(QStringLiteral("Omnikiosk in-store point of sale and click-and-collect kiosk"));
    cli.addHelpOption();
    cli.addVersionOption();
    const QCommandLineOption configOpt(QStringLiteral("config"), QStringLiteral("Configuration file (INI). Default: $OMNIKIOSK_CONFIG, else /etc/omnikiosk/omnikiosk.ini if it exists, else built-in defaults."), QStringLiteral("file"));
    const QCommandLineOption setOpt(QStringLiteral("set"), QStringLiteral("Override one key, e.g. --set store.terminal=T02 (repeatable)."), QStringLiteral("section.key=value"));
    const QCommandLineOption dataOpt(QStringLiteral("data-dir"), QStringLiteral("Directory of ledger.db and cache.db (same as --set storage.data_dir=DIR)."), QStringLiteral("dir"));
    const QCommandLineOption selfTestOpt(QStringLiteral("self-test"), QStringLiteral("Load every QML file and the shell offscreen; exit non-zero on any QML error."));
    const QCommandLineOption measureOpt(QStringLiteral("measure-startup"), QStringLiteral("Print time to first frame and resident memory, then quit."));
    const QCommandLineOption devicesOpt(QStringLiteral("devices"), QStringLiteral("List the configured devices and their health (after trying to connect for up to 3 s), then quit; exit 1 if any is not online."));
    cli.addOptions({configOpt, setOpt, dataOpt, selfTestOpt, measureOpt, devicesOpt});
    cli.process(app);

    // ---- configuration
    QString configPath = cli.value(configOpt);
    if (configPath.isEmpty())
        configPath = qEnvironmentVariable("OMNIKIOSK_CONFIG");
    if (configPath.isEmpty() && QFile::exists(QStringLiteral("/etc/omnikiosk/omnikiosk.ini")))
        configPath = QStringLiteral("/etc/omnikiosk/omnikiosk.ini");
    ok::Result<ok::Config> loaded = configPath.isEmpty() ? ok::Result<ok::Config>(ok::Config()) : ok::Config::load(configPath);
    if (!loaded) {
        std::fprintf(stderr, "omnikiosk: %s\n", qPrintable(loaded.error().message));
        return kExitConfig;
    }
    ok::Config config = std::move(loaded).value();
    QStringList overrides = cli.values(setOpt);
    if (cli.isSet(dataOpt))
        overrides << QStringLiteral("storage.data_dir=") + QDir(cli.value(dataOpt)).absolutePath();
    for (const QString &o : std::as_const(overrides)) {
        if (auto r = config.applyOverride(o); !r) {
            std::fprintf(stderr, "omnikiosk: %s\n", qPrintable(r.error().message));
            return kExitConfig;
        }
    }
    if (config.dataDir.isEmpty())
        config.dataDir = ok::Config::defaultDataDir();

    ok::DeviceManager devices;
    if (cli.isSet(devicesOpt)) {
        devices.start(config.devices);
        if (devices.count() == 0) {
            std::printf("No devices configured in %s\n", qPrintable(config.source));
            return 0;
        }
        auto allOnline = [&devices] {
            for (int i = 0; i < devices.count(); ++i)
                if (!devices.isOnline(i))
                    return false;
            return true;
        };
        QElapsedTimer waited;
        waited.start();
        while (!allOnline() && waited.elapsed() < 3000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        for (int i = 0; i < devices.count(); ++i)
            std::printf("%s %s\n", devices.isOnline(i) ? "ok  " : "FAIL", qPrintable(devices.healthLine(i)));
        return allOnline() ? 0 : 1;
    }
    QLocale::setDefault(QLocale(config.locale));
    qCInfo(lcApp).noquote() << "store" << config.storeId << "terminal" << config.terminalId << "config" << config.source
                            << "data" << config.dataDir;

    // ---- storage: the ledger must open, or we refuse to sell
    if (!QDir().mkpath(config.dataDir)) {
        std::fprintf(stderr, "omnikiosk: cannot create the data directory %s\n", qPrintable(config.dataDir));
        return kExitStorage;
    }
    auto ledger = ok::db::openLedger(config.dataDir + QStringLiteral("/ledger.db"));
    if (!ledger) {
        std::fprintf(stderr, "omnikiosk: %s\n", qPrintable(ledger.error().message));
        return kExitStorage;
    }
    const QString cachePath = config.dataDir + QStringLiteral("/cache.db");
    QString catalogError;
    // Created and migrated here; the GUI thread keeps this connection for staff sign-in, the
    // catalog service and the sync thread open their own.
    auto guiCache = ok::db::openCache(cachePath);
    if (!guiCache) {
        std::fprintf(stderr, "omnikiosk: %s\n", qPrintable(guiCache.error().message));
        return kExitStorage;
    }
    ok::CatalogService catalog(cachePath, config.storeId, QLocale(config.locale).name().left(2));
    if (auto r = catalog.start(); !r)
        catalogError = r.error().message;

    // ---- UI
    // The print queue and the journal of door and drawer tests live in the ledger. The devices
    // stop before the ledger closes (devices outlives ledger in this scope).
    devices.setLedger(ledger.value().get());
    QObject::connect(&app, &QCoreApplication::aboutToQuit, &devices, &ok::DeviceManager::stop);
    if (!selfTestingOrMeasuring(argc, argv))
        devices.start(config.devices);
    // ---- the till: staff sign-in, the ticket, cash management (all on the GUI thread's ledger)
    const std::optional<ok::Currency> currency = ok::Currency::fromCode(config.currency);
    if (!currency) {
        std::fprintf(stderr, "omnikiosk: [store] currency %s is not supported\n", qPrintable(config.currency));
        return kExitConfig;
    }
    ok::StaffAuth staffAuth(*guiCache.value(), *ledger.value(), config.storeId);
    ok::TillSettings tillSettings;
    tillSettings.storeId = config.storeId;
    tillSettings.storeName = config.storeName;
    tillSettings.terminalId = config.terminalId;
    tillSettings.language = config.locale;
    tillSettings.currency = *currency;
    tillSettings.taxPolicy.priceMode = config.pricesIncludeTax ? ok::PriceMode::TaxInclusive : ok::PriceMode::TaxExclusive;
    tillSettings.taxPolicy.scope = config.taxRounding == QLatin1String("per-line") ? ok::TaxRoundingScope::PerLine
                                                                                   : ok::TaxRoundingScope::PerReceipt;
    tillSettings.discountLimitBp = config.discountLimitPercent * 100;
    for (const QString &mask : std::as_const(config.variableMeasure))
        if (auto layout = ok::scanner::VariableMeasureLayout::fromMask(mask))
            tillSettings.variableMeasure.append(layout.value());
    ok::Till till(tillSettings, *ledger.value(), &catalog, &devices, &staffAuth);
    ok::CashDesk cashDesk({config.storeId, config.terminalId, config.currency, config.countDifferenceLimit, {}}, *ledger.value(),
                          &devices, till.receipts());
    ok::PosController pos(till, cashDesk, staffAuth, &devices, *guiCache.value(), config.lockAfterS);
    ok::PosController::setInstance(&pos);

    ok::TerminalInfo terminal(config, &catalog, &devices, catalogError);
    ok::TerminalInfo::setInstance(&terminal);
    QObject::connect(&catalog, &ok::CatalogService::productCountReady, &terminal,
                     [&terminal](int, qint64 n) { terminal.setProductCount(n); });
    catalog.countProducts();

    // ---- sync with the central service, on its own thread; selling never waits for it
    std::unique_ptr<ok::services::SyncService> sync;
    if (config.syncEnabled && !selfTestingOrMeasuring(argc, argv)) {
        sync = std::make_unique<ok::services::SyncService>(ok::services::SyncService::syncConfig(config, config.dataDir),
                                                           cachePath, config.dataDir + QStringLiteral("/ledger.db"),
                                                           std::chrono::seconds(config.syncIntervalS));
        QObject::connect(sync.get(), &ok::services::SyncService::healthChanged, &terminal, [&terminal, &sync, &catalog] {
            static qint64 rowsSeen = -1;
            const ok::sync::SyncHealth &h = sync->health();
            ok::TerminalInfo::SyncState s;
            s.enabled = true;
            s.online = h.online;
            s.enrolled = h.enrolled;
            s.lastError = h.lastError;
            s.lastPullOkMs = h.lastPullOkMs;
            s.outboxDepth = h.outbox.pending;
            s.oldestUnsentAgeMs = h.outbox.oldestPendingAgeMs;
            s.deadLetters = h.outbox.deadLetters;
            s.clockSkewMs = h.clockSkewMs;
            terminal.setSyncState(s);
            if (h.rowsPulled != rowsSeen) { // new rows: prices and counts on screen follow
                rowsSeen = h.rowsPulled;
                catalog.countProducts();
            }
        });
        // A sale, return, cash movement or Z report was committed: push it now, not at the next tick.
        QObject::connect(&till, &ok::Till::eventWritten, sync.get(), &ok::services::SyncService::localEventWritten);
        QObject::connect(&cashDesk, &ok::CashDesk::eventWritten, sync.get(), &ok::services::SyncService::localEventWritten);
        // Returns of another till's receipt: its sale is looked up live at the central service.
        till.setRemoteSaleLookup([s = QPointer<ok::services::SyncService>(sync.get())](
                                     const QString &saleId, std::function<void(ok::Result<ok::RemoteSale>)> done) {
            if (s)
                s->lookupSale(saleId, std::move(done));
            else
                done(ok::Error{QStringLiteral("sync.stopped"), QObject::tr("Sync has stopped")});
        });
        ok::TerminalInfo::SyncState starting;
        starting.enabled = true;
        terminal.setSyncState(starting);
        terminal.setSync(sync.get()); // the sync screen and live stock
        // The heartbeat reports the devices' health: the latest goes to the sync thread.
        QObject::connect(&devices, &ok::DeviceManager::changed, sync.get(),
                         [&terminal, &sync] { sync->setDeviceHealth(terminal.deviceHealth()); });
        sync->setDeviceHealth(terminal.deviceHealth());
        sync->start();
    }

    ok::KeyboardWedge wedge(config.scanMaxKeyGapMs, config.scanMinLength);
    ok::KeyboardWedge::setInstance(&wedge);
    app.installEventFilter(&wedge);
    QObject::connect(&devices, &ok::DeviceManager::scanned, &wedge, &ok::KeyboardWedge::deliver);
    QObject::connect(&devices, &ok::DeviceManager::scanFailed, &wedge, &ok::KeyboardWedge::deliverFailure);

    QStringList qmlWarnings;
    const bool selfTesting = cli.isSet(selfTestOpt);
    if (selfTesting) {
        g_qmlWarnings = &qmlWarnings;
        g_previousHandler = qInstallMessageHandler(collectWarnings);
    }

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    QObject::connect(&engine, &QQmlApplicationEngine::objectCreationFailed, &app,
                     [] { QCoreApplication::exit(kExitQml); }, Qt::QueuedConnection);
    engine.load(QUrl(QString::fromLatin1(kMainQml)));
    if (engine.rootObjects().isEmpty())
        return kExitQml;

    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (window && config.fullscreen && !selfTesting)
        window->showFullScreen();

    if (selfTesting || cli.isSet(measureOpt)) {
        const bool measure = cli.isSet(measureOpt);
        if (!window) {
            std::fprintf(stderr, "FAIL Main.qml did not create a window\n");
            return kExitQml;
        }
        QObject::connect(window, &QQuickWindow::frameSwapped, &app, [&, measure] {
            static bool done = false;
            if (done)
                return;
            done = true;
            if (measure) {
                std::fprintf(stdout, "first-frame-ms=%lld rss-kb=%ld\n", static_cast<long long>(sinceStart.elapsed()), residentKb());
                std::fflush(stdout);
                QTimer::singleShot(0, &app, [] { QCoreApplication::exit(0); });
            } else {
                // Let the shell run a little (timers, async catalog answers) before judging.
                QTimer::singleShot(300, &app, [&] { QCoreApplication::exit(selfTest(engine, qmlWarnings)); });
            }
        });
        QTimer::singleShot(10000, &app, [] {
            std::fprintf(stderr, "FAIL no frame rendered within 10 s\n");
            QCoreApplication::exit(kExitQml);
        });
    }
    return QGuiApplication::exec();
}
