// SPDX-License-Identifier: GPL-3.0-or-later
#include "launcher.h"

#include "services/devicemanager.h"
#include "services/translations.h"
#include "systemdnotify.h"
#include "terminalapp.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQmlContext>
#include <QQuickWindow>
#include <QTimer>

#include <cstdio>

namespace ok::launcher {

namespace {

constexpr auto kModuleRoot = ":/qt/qml/Omnikiosk";
/// Let the shell run a little (timers, async catalog answers) before judging it.
constexpr int kSelfTestSettleMs = 300;
constexpr int kFirstFrameTimeoutMs = 10000;
constexpr int kDeviceWaitMs = 3000;

QStringList g_qmlWarnings;
QtMessageHandler g_previousHandler = nullptr;

void collectWarnings(QtMsgType type, const QMessageLogContext &ctx, const QString &msg)
{
    const char *category = ctx.category ? ctx.category : "";
    if (type >= QtWarningMsg && (qstrncmp(category, "qml", 3) == 0 || qstrncmp(category, "qt.qml", 6) == 0 || qstrncmp(category, "js", 2) == 0
                                   || msg.contains(QLatin1String(".qml"))))
        g_qmlWarnings.append(msg);
    g_previousHandler(type, ctx, msg);
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

int selfTest(QQmlApplicationEngine &engine)
{
    int failures = 0;
    int files = 0;
    QDirIterator it(QString::fromLatin1(kModuleRoot), {QStringLiteral("*.qml")}, QDir::Files, QDirIterator::Subdirectories);
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
        return TerminalApp::Qml;
    }
    if (!g_qmlWarnings.isEmpty()) {
        for (const auto &w : std::as_const(g_qmlWarnings))
            std::fprintf(stderr, "FAIL warning: %s\n", qPrintable(w));
        ++failures;
    }
    std::fprintf(stdout, "%d QML files, %d failures\n", files, failures);
    return failures ? TerminalApp::Qml : 0;
}

} // namespace

bool hasArg(int argc, char **argv, const char *name)
{
    for (int i = 1; i < argc; ++i)
        if (qstrcmp(argv[i], name) == 0)
            return true;
    return false;
}

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
    const QByteArray port = qEnvironmentVariableIsEmpty("OMNIKIOSK_VNC_PORT") ? QByteArray("5900") : qgetenv("OMNIKIOSK_VNC_PORT");
    qputenv("QT_QPA_PLATFORM", "vnc:size=1280x800:port=" + port);
    std::fprintf(stderr,
                 "omnikiosk: no display found (DISPLAY and WAYLAND_DISPLAY are empty).\n"
                 "omnikiosk: serving the kiosk screen over VNC instead: connect a VNC viewer to 127.0.0.1:%s\n"
                 "omnikiosk: warning: Qt's VNC server listens on every interface without a password;\n"
                 "omnikiosk: on a shared network start a display instead (scripts/demo does: Xvfb + x11vnc on loopback)\n",
                 port.constData());
}

void collectQmlWarnings()
{
    g_previousHandler = qInstallMessageHandler(collectWarnings);
}

void checkAfterFirstFrame(QQmlApplicationEngine &engine, QQuickWindow *window, bool measure, const QElapsedTimer &sinceStart)
{
    QObject::connect(window, &QQuickWindow::frameSwapped, window, [&engine, measure, sinceStart, done = false]() mutable {
        if (done)
            return;
        done = true;
        if (measure) {
            std::fprintf(stdout, "first-frame-ms=%lld rss-kb=%ld\n", static_cast<long long>(sinceStart.elapsed()), residentKb());
            std::fflush(stdout);
            QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
        } else {
            QTimer::singleShot(kSelfTestSettleMs, qApp, [&engine] { QCoreApplication::exit(selfTest(engine)); });
        }
    });
    QTimer::singleShot(kFirstFrameTimeoutMs, qApp, [] {
        std::fprintf(stderr, "FAIL no frame rendered within 10 s\n");
        QCoreApplication::exit(TerminalApp::Qml);
    });
}

int listDevices(const Config &config)
{
    // Store staff read this too: in the store's language ("ok"/"FAIL" stay, for scripts).
    Translations translations(config.translationsDir);
    const std::shared_ptr<QTranslator> words = translations.catalog(config.storeLanguage());
    if (words)
        QCoreApplication::installTranslator(words.get());
    DeviceManager devices;
    devices.start(config.devices);
    if (devices.count() == 0) {
        std::printf("%s\n", qPrintable(QCoreApplication::translate("ok::launcher", "No devices configured in %1").arg(config.source)));
        return 0;
    }
    const auto allOnline = [&devices] {
        for (int i = 0; i < devices.count(); ++i)
            if (!devices.isOnline(i))
                return false;
        return true;
    };
    QElapsedTimer waited;
    waited.start();
    while (!allOnline() && waited.elapsed() < kDeviceWaitMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    for (int i = 0; i < devices.count(); ++i)
        std::printf("%s %s\n", devices.isOnline(i) ? "ok  " : "FAIL", qPrintable(devices.healthLine(i)));
    return allOnline() ? 0 : 1;
}

int showStartError(const Config &config, const QString &message, int exitCode)
{
    Translations translations(config.translationsDir);
    const std::shared_ptr<QTranslator> words = translations.catalog(config.storeLanguage());
    if (words)
        QCoreApplication::installTranslator(words.get());
    QQmlApplicationEngine engine;
    engine.rootContext()->setContextProperty(QStringLiteral("startErrorTitle"),
                                             QCoreApplication::translate("ok::launcher", "This terminal cannot start"));
    engine.rootContext()->setContextProperty(QStringLiteral("startErrorMessage"), message);
    engine.rootContext()->setContextProperty(
        QStringLiteral("startErrorAdvice"),
        QCoreApplication::translate("ok::launcher", "No sale can be made on this terminal until an engineer fixes this. Nothing was deleted "
                                                    "or changed. Engineers: docs/operations.md, \"When the terminal does not start\"; "
                                                    "then restart the service (systemctl restart omnikiosk)."));
    engine.loadData(R"(
        import QtQuick
        import QtQuick.Window
        Window {
            width: 1280
            height: 800
            color: "#7f1d1d"
            Column {
                anchors.centerIn: parent
                width: parent.width * 0.8
                spacing: 24
                Text { width: parent.width; wrapMode: Text.Wrap; color: "white"; font.pixelSize: 40; font.bold: true; text: startErrorTitle }
                Text { width: parent.width; wrapMode: Text.Wrap; color: "white"; font.pixelSize: 24; text: startErrorMessage }
                Text { width: parent.width; wrapMode: Text.Wrap; color: "#fecaca"; font.pixelSize: 20; text: startErrorAdvice }
            }
        })");
    auto *window = engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window)
        return exitCode;
    window->showFullScreen();
    systemd::Watchdog watchdog;
    const QString status = QStringLiteral("stopped: ") + message;
    QObject::connect(window, &QQuickWindow::frameSwapped, &watchdog, [&watchdog, status] { watchdog.ready(status); }, Qt::QueuedConnection);
    QCoreApplication::exec();
    return exitCode;
}

} // namespace ok::launcher
