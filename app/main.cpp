// SPDX-License-Identifier: GPL-3.0-or-later
// omnikiosk: reads the command line and the configuration, then runs the terminal that
// TerminalApp builds. No wiring here: main, the UI tests and the end-to-end tests share it.

#include "launcher.h"
#include "services/config.h"
#include "systemdnotify.h"
#include "terminalapp.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QQuickWindow>

#include <cstdio>

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    ok::launcher::choosePlatform(argc, argv);

    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("omnikiosk"));
    QGuiApplication::setOrganizationName(QStringLiteral("Omnikiosk"));
    QGuiApplication::setApplicationVersion(QStringLiteral(OMNIKIOSK_VERSION));

    QCommandLineParser cli;
    cli.setApplicationDescription(QStringLiteral("Omnikiosk in-store point of sale and click-and-collect kiosk"));
    cli.addHelpOption();
    cli.addVersionOption();
    const QCommandLineOption configOpt(QStringLiteral("config"),
                                       QStringLiteral("Configuration file (INI). Default: $OMNIKIOSK_CONFIG, else /etc/omnikiosk/omnikiosk.ini "
                                                      "if it exists, else built-in defaults."),
                                       QStringLiteral("file"));
    const QCommandLineOption setOpt(QStringLiteral("set"), QStringLiteral("Override one key, e.g. --set store.terminal=T02 (repeatable)."),
                                    QStringLiteral("section.key=value"));
    const QCommandLineOption dataOpt(QStringLiteral("data-dir"),
                                     QStringLiteral("Directory of ledger.db and cache.db (same as --set storage.data_dir=DIR)."),
                                     QStringLiteral("dir"));
    const QCommandLineOption selfTestOpt(QStringLiteral("self-test"),
                                         QStringLiteral("Load every QML file and the shell offscreen; exit non-zero on any QML error."));
    const QCommandLineOption measureOpt(QStringLiteral("measure-startup"), QStringLiteral("Print time to first frame and resident memory, then quit."));
    const QCommandLineOption devicesOpt(QStringLiteral("devices"),
                                        QStringLiteral("List the configured devices and their health (after trying to connect for up to 3 s), "
                                                       "then quit; exit 1 if any is not online."));
    const QCommandLineOption stayOpt(QStringLiteral("stay-on-error"),
                                     QStringLiteral("When the terminal cannot start (configuration, storage), show why on the screen and "
                                                    "keep showing it instead of exiting: for the kiosk service, where an exit would only "
                                                    "restart into the same error."));
    cli.addOptions({configOpt, setOpt, dataOpt, selfTestOpt, measureOpt, devicesOpt, stayOpt});
    cli.process(app);

    // ---- configuration
    QString configPath = cli.value(configOpt);
    if (configPath.isEmpty())
        configPath = qEnvironmentVariable("OMNIKIOSK_CONFIG");
    if (configPath.isEmpty() && QFile::exists(QStringLiteral("/etc/omnikiosk/omnikiosk.ini")))
        configPath = QStringLiteral("/etc/omnikiosk/omnikiosk.ini");
    ok::Result<ok::Config> loaded = configPath.isEmpty() ? ok::Result<ok::Config>(ok::Config()) : ok::Config::load(configPath);
    const bool stayOnError = cli.isSet(stayOpt);
    if (!loaded) {
        std::fprintf(stderr, "omnikiosk: %s\n", qPrintable(loaded.error().message));
        return stayOnError ? ok::launcher::showStartError(ok::Config(), loaded.error().message, ok::TerminalApp::Config)
                           : ok::TerminalApp::Config;
    }
    ok::Config config = std::move(loaded).value();
    QStringList overrides = cli.values(setOpt);
    if (cli.isSet(dataOpt))
        overrides << QStringLiteral("storage.data_dir=") + QDir(cli.value(dataOpt)).absolutePath();
    for (const QString &o : std::as_const(overrides))
        if (auto r = config.applyOverride(o); !r) {
            std::fprintf(stderr, "omnikiosk: %s\n", qPrintable(r.error().message));
            return stayOnError ? ok::launcher::showStartError(config, r.error().message, ok::TerminalApp::Config) : ok::TerminalApp::Config;
        }
    if (cli.isSet(devicesOpt))
        return ok::launcher::listDevices(config);

    // ---- the terminal
    const bool selfTest = cli.isSet(selfTestOpt);
    const bool measure = cli.isSet(measureOpt);
    if (selfTest)
        ok::launcher::collectQmlWarnings();
    const ok::Config configCopy = config; // for the start-error screen
    auto terminal = ok::TerminalApp::create(std::move(config), {!selfTest && !measure, !selfTest && !measure});
    if (!terminal) {
        std::fprintf(stderr, "omnikiosk: %s\n", qPrintable(terminal.error().message));
        const int code = terminal.error().code.startsWith(QLatin1String("config.")) ? ok::TerminalApp::Config : ok::TerminalApp::Storage;
        return stayOnError && !selfTest && !measure ? ok::launcher::showStartError(configCopy, terminal.error().message, code) : code;
    }
    auto window = terminal.value()->loadShell();
    if (!window) {
        std::fprintf(stderr, "omnikiosk: %s\n", qPrintable(window.error().message));
        return ok::TerminalApp::Qml;
    }
    if (selfTest || measure) {
        ok::launcher::checkAfterFirstFrame(terminal.value()->engine(), window.value(), measure, sinceStart);
        return QGuiApplication::exec();
    }
    if (terminal.value()->config().fullscreen)
        window.value()->showFullScreen();
    // Under systemd (docs/operations.md, "The kiosk service"): ready once the first frame is on the
    // screen, then the GUI thread feeds the watchdog; a hung event loop gets the service restarted.
    ok::systemd::Watchdog watchdog;
    const ok::Config &running = terminal.value()->config();
    const QString status = QStringLiteral("selling: store %1, terminal %2").arg(running.storeId, running.terminalId);
    QObject::connect(window.value(), &QQuickWindow::frameSwapped, &watchdog, [&watchdog, status] { watchdog.ready(status); },
                     Qt::QueuedConnection);
    return QGuiApplication::exec();
}
