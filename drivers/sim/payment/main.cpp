// SPDX-License-Identifier: GPL-3.0-or-later
// omnikiosk-payment-sim: a card payment terminal on TCP speaking the Omnikiosk terminal protocol
// (newline-delimited JSON, docs/devices.md). It remembers every transaction by reference, so a
// status question after a lost answer is answered truthfully, as a real terminal would.
//
// Control (stdin, one per line), applied to the NEXT transaction:
//   next approve | decline | cancel | timeout (approves but never answers) |
//        disconnect (approves, then drops the connection) | hang (never finishes)
//   delay MS        time the "customer" takes (default 200)
//   quit
// Events on stdout: LISTENING <port> | CONNECTED | DISCONNECTED | TX <op> <ref> <amount> <currency> -> <result>
#include "simio.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSet>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>


using ok::sim::say;

namespace {
void send(QTcpSocket *s, const QJsonObject &o)
{
    if (s)
        s->write(QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n');
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser cli;
    cli.setApplicationDescription(QStringLiteral("Card payment terminal simulator"));
    cli.addHelpOption();
    const QCommandLineOption portOpt(QStringLiteral("port"), QStringLiteral("TCP port on 127.0.0.1 (0 = any free port)."), QStringLiteral("port"), QStringLiteral("20007"));
    cli.addOption(portOpt);
    cli.process(app);

    QString nextMode = QStringLiteral("approve");
    int delayMs = 200;
    QHash<QString, QJsonObject> done;   // ref -> final answer
    QSet<QString> running;              // refs in progress
    QPointer<QTcpSocket> client;
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, quint16(cli.value(portOpt).toUInt()))) {
        say(QStringLiteral("ERROR %1").arg(server.errorString()));
        return 1;
    }

    auto handle = [&](const QJsonObject &req) {
        const QString op = req.value(QLatin1String("op")).toString();
        const QString ref = req.value(QLatin1String("ref")).toString();
        if (op == QLatin1String("status")) {
            if (done.contains(ref))
                send(client, done.value(ref));
            else
                send(client, {{QStringLiteral("ref"), ref}, {QStringLiteral("result"), running.contains(ref) ? QStringLiteral("pending") : QStringLiteral("not-found")}});
            return;
        }
        if (op == QLatin1String("cancel")) {
            if (running.remove(ref)) {
                QJsonObject r{{QStringLiteral("ref"), ref}, {QStringLiteral("result"), QStringLiteral("cancelled")}};
                done.insert(ref, r);
                send(client, r);
                say(QStringLiteral("TX cancel %1 -> cancelled").arg(ref));
            }
            return;
        }
        if (op != QLatin1String("pay") && op != QLatin1String("refund") && op != QLatin1String("reverse")) {
            send(client, {{QStringLiteral("ref"), ref}, {QStringLiteral("result"), QStringLiteral("error")}, {QStringLiteral("message"), QStringLiteral("unknown operation")}});
            return;
        }
        if (done.contains(ref)) { // the same reference twice: answer what happened, never charge twice
            send(client, done.value(ref));
            return;
        }
        const QString mode = nextMode;
        nextMode = QStringLiteral("approve");
        running.insert(ref);
        send(client, {{QStringLiteral("ref"), ref}, {QStringLiteral("prompt"), QStringLiteral("Insert, swipe or tap card")}});
        const QString amount = QString::number(req.value(QLatin1String("amount")).toInteger());
        const QString currency = req.value(QLatin1String("currency")).toString();
        QTimer::singleShot(delayMs, &app, [&, mode, ref, op, amount, currency] {
            if (!running.contains(ref))
                return; // cancelled meanwhile
            if (mode == QLatin1String("hang"))
                return; // stays "pending" for ever
            running.remove(ref);
            QJsonObject r{{QStringLiteral("ref"), ref}};
            if (mode == QLatin1String("decline")) {
                r.insert(QStringLiteral("result"), QStringLiteral("declined"));
                r.insert(QStringLiteral("message"), QStringLiteral("Card declined by the issuer"));
            } else if (mode == QLatin1String("cancel")) {
                r.insert(QStringLiteral("result"), QStringLiteral("cancelled"));
            } else {
                r.insert(QStringLiteral("result"), QStringLiteral("approved"));
                r.insert(QStringLiteral("auth"), QString::number(QRandomGenerator::global()->bounded(100000, 999999)));
                r.insert(QStringLiteral("card"), QStringLiteral("VISA ****4242"));
            }
            done.insert(ref, r);
            say(QStringLiteral("TX %1 %2 %3 %4 -> %5").arg(op, ref, amount, currency, r.value(QLatin1String("result")).toString()));
            if (mode == QLatin1String("timeout"))
                return; // the answer is lost
            if (mode == QLatin1String("disconnect")) {
                if (client)
                    client->abort();
                return;
            }
            send(client, r);
        });
    };

    QObject::connect(&server, &QTcpServer::newConnection, &app, [&] {
        QTcpSocket *s = server.nextPendingConnection();
        if (client)
            client->abort();
        client = s;
        say(QStringLiteral("CONNECTED"));
        auto buffer = std::make_shared<QByteArray>();
        QObject::connect(s, &QTcpSocket::readyRead, &app, [&, s, buffer] {
            *buffer += s->readAll();
            qsizetype nl;
            while ((nl = buffer->indexOf('\n')) >= 0) {
                const QJsonObject req = QJsonDocument::fromJson(buffer->left(nl)).object();
                buffer->remove(0, nl + 1);
                if (s == client)
                    handle(req);
            }
        });
        QObject::connect(s, &QTcpSocket::disconnected, &app, [s] {
            say(QStringLiteral("DISCONNECTED"));
            s->deleteLater();
        });
    });
    say(QStringLiteral("LISTENING %1").arg(server.serverPort()));

    ok::sim::readStdinLines(&app, [&](const QString &cmd) {
        if (cmd.startsWith(QLatin1String("next ")))
            nextMode = cmd.mid(5);
        else if (cmd.startsWith(QLatin1String("delay ")))
            delayMs = cmd.mid(6).toInt();
        else if (cmd == QLatin1String("quit"))
            QCoreApplication::quit();
        else if (!cmd.isEmpty()) {
            say(QStringLiteral("ERROR unknown command \"%1\"").arg(cmd));
            return;
        }
        say(QStringLiteral("OK %1").arg(cmd));
    });
    return QCoreApplication::exec();
}
