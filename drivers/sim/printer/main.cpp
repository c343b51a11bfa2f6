// SPDX-License-Identifier: GPL-3.0-or-later
// omnikiosk-printer-sim: a receipt printer on the wire. Speaks ESC/POS on TCP (like a network
// printer on port 9100) or on a pseudo-terminal (like a serial/USB printer), answers status
// requests, sends Automatic Status Back, and renders what it printed as text and PNG.
//
// Control (one command per line on stdin):
//   paper out | paper near | paper ok      cover open | cover close      offline | online
//   paper left N    the roll ends after N more printed characters (paper out mid-receipt)
//   drawer open | drawer closed            cutter jam | cutter ok
//   text            print everything printed so far
//   save DIR        write receipt-N.txt / receipt-N.png for every finished receipt, and roll.png
//   quit
// Events on stdout, one per line: LISTENING <port> | PTY <path> | CONNECTED | DISCONNECTED |
//   CUT <n> | KICK pin=<2|5> on=<ms> off=<ms> | STATUS <flags> | SAVED <dir> | ERROR <text>
#include "escposinterpreter.h"
#include "simio.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QSocketNotifier>
#include <QTcpServer>
#include <QTcpSocket>

#include <cstdio>
#include <unistd.h>

using ok::sim::EscPosInterpreter;
using ok::sim::say;

namespace {
QString flags(const EscPosInterpreter::Status &s)
{
    QStringList f;
    f << (s.paperOut ? QStringLiteral("paper-out") : s.paperNearEnd ? QStringLiteral("paper-near-end") : QStringLiteral("paper-ok"));
    f << (s.coverOpen ? QStringLiteral("cover-open") : QStringLiteral("cover-closed"));
    f << (s.offline ? QStringLiteral("offline") : QStringLiteral("online"));
    f << (s.drawerOpen ? QStringLiteral("drawer-open") : QStringLiteral("drawer-closed"));
    if (s.cutterError)
        f << QStringLiteral("cutter-jam");
    return f.join(QLatin1Char(' '));
}

bool save(const EscPosInterpreter &printer, const QString &dir)
{
    QDir().mkpath(dir);
    const QStringList receipts = printer.receipts();
    for (int i = 0; i < receipts.size(); ++i) {
        QFile f(QStringLiteral("%1/receipt-%2.txt").arg(dir).arg(i + 1));
        if (!f.open(QIODevice::WriteOnly))
            return false;
        f.write(receipts[i].toUtf8());
    }
    return printer.render().save(dir + QStringLiteral("/roll.png"));
}
} // namespace

int main(int argc, char *argv[])
{
    // Rendering the PNG needs fonts but no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser cli;
    cli.setApplicationDescription(QStringLiteral("ESC/POS receipt printer simulator"));
    cli.addHelpOption();
    const QCommandLineOption portOpt(QStringLiteral("port"), QStringLiteral("TCP port on 127.0.0.1 (default 9100; 0 = any free port)."), QStringLiteral("port"), QStringLiteral("9100"));
    const QCommandLineOption ptyOpt(QStringLiteral("pty"), QStringLiteral("Serve on a new pseudo-terminal instead of TCP."));
    const QCommandLineOption colsOpt(QStringLiteral("columns"), QStringLiteral("Characters per line (default 48: 80 mm, font A)."), QStringLiteral("n"), QStringLiteral("48"));
    const QCommandLineOption numOpt(QStringLiteral("numbering"), QStringLiteral("Code-table numbering: epson or clone."), QStringLiteral("scheme"), QStringLiteral("epson"));
    const QCommandLineOption outOpt(QStringLiteral("out"), QStringLiteral("Save receipts (text and PNG) to DIR after every cut."), QStringLiteral("dir"));
    cli.addOptions({portOpt, ptyOpt, colsOpt, numOpt, outOpt});
    cli.process(app);

    EscPosInterpreter printer(cli.value(colsOpt).toInt(),
                              cli.value(numOpt) == QLatin1String("clone") ? EscPosInterpreter::Numbering::Clone
                                                                          : EscPosInterpreter::Numbering::Epson);
    const QString outDir = cli.value(outOpt);
    printer.setEventHandler([&](const QString &event) {
        say(event);
        if (event.startsWith(QLatin1String("CUT")) && !outDir.isEmpty())
            save(printer, outDir);
    });

    QTcpServer server;
    QTcpSocket *client = nullptr;
    int ptyMaster = -1;
    QString ptySlavePath;
    if (cli.isSet(ptyOpt)) {
        const ok::sim::Pty pty = ok::sim::openPty();
        if (!pty.ok()) {
            say(QStringLiteral("ERROR %1").arg(pty.error));
            return 1;
        }
        ptyMaster = pty.master;
        ptySlavePath = pty.slavePath;
        printer.setReplyHandler([ptyMaster](const QByteArray &b) { (void)::write(ptyMaster, b.constData(), size_t(b.size())); });
        auto *n = new QSocketNotifier(ptyMaster, QSocketNotifier::Read, &app);
        QObject::connect(n, &QSocketNotifier::activated, &app, [&printer, ptyMaster] {
            char buf[4096];
            const ssize_t r = ::read(ptyMaster, buf, sizeof buf);
            if (r > 0)
                printer.feed(QByteArray(buf, int(r)));
        });
        say(QStringLiteral("PTY %1").arg(ptySlavePath));
    } else {
        if (!server.listen(QHostAddress::LocalHost, quint16(cli.value(portOpt).toUInt()))) {
            say(QStringLiteral("ERROR %1").arg(server.errorString()));
            return 1;
        }
        QObject::connect(&server, &QTcpServer::newConnection, &app, [&] {
            QTcpSocket *s = server.nextPendingConnection();
            if (client) { // a printer port serves one host at a time
                s->close();
                s->deleteLater();
                return;
            }
            client = s;
            say(QStringLiteral("CONNECTED"));
            printer.setReplyHandler([s](const QByteArray &b) { s->write(b); });
            QObject::connect(s, &QTcpSocket::readyRead, &app, [&printer, s] { printer.feed(s->readAll()); });
            QObject::connect(s, &QTcpSocket::disconnected, &app, [&, s] {
                say(QStringLiteral("DISCONNECTED"));
                printer.setReplyHandler({});
                client = nullptr;
                s->deleteLater();
            });
        });
        say(QStringLiteral("LISTENING %1").arg(server.serverPort()));
    }

    ok::sim::readStdinLines(&app, [&](const QString &cmd) {
        auto &s = printer.status();
        bool changed = true;
        if (cmd == QLatin1String("paper out")) s.paperOut = true;
        else if (cmd == QLatin1String("paper near")) { s.paperOut = false; s.paperNearEnd = true; }
        else if (cmd == QLatin1String("paper ok")) { s.paperOut = false; s.paperNearEnd = false; }
        else if (cmd.startsWith(QLatin1String("paper left "))) { printer.setPaperLeft(cmd.mid(11).toLongLong()); s.paperNearEnd = true; }
        else if (cmd == QLatin1String("cover open")) s.coverOpen = true;
        else if (cmd == QLatin1String("cover close")) s.coverOpen = false;
        else if (cmd == QLatin1String("offline")) s.offline = true;
        else if (cmd == QLatin1String("online")) s.offline = false;
        else if (cmd == QLatin1String("drawer open")) s.drawerOpen = true;
        else if (cmd == QLatin1String("drawer closed")) s.drawerOpen = false;
        else if (cmd == QLatin1String("cutter jam")) s.cutterError = true;
        else if (cmd == QLatin1String("cutter ok")) s.cutterError = false;
        else {
            changed = false;
            if (cmd == QLatin1String("text")) {
                std::fprintf(stdout, "%s", qPrintable(printer.text()));
                say(QStringLiteral("END"));
            } else if (cmd.startsWith(QLatin1String("save "))) {
                const QString dir = cmd.mid(5).trimmed();
                say(save(printer, dir) ? QStringLiteral("SAVED %1").arg(dir) : QStringLiteral("ERROR cannot save to %1").arg(dir));
            } else if (cmd == QLatin1String("quit")) {
                QCoreApplication::quit();
            } else if (!cmd.isEmpty()) {
                say(QStringLiteral("ERROR unknown command \"%1\"").arg(cmd));
            }
        }
        if (changed) {
            printer.statusChanged();
            say(QStringLiteral("STATUS %1").arg(flags(s)));
        }
    });
    return QGuiApplication::exec();
}
