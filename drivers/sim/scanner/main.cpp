// SPDX-License-Identifier: GPL-3.0-or-later
// omnikiosk-scanner-sim: a serial / USB-CDC barcode scanner on a pseudo-terminal. Prints
// "PTY /dev/pts/N" first; every "scan" command on stdin sends one scan the way a configured
// scanner would: prefix, AIM symbology identifier (with --aim), data, suffix.
//
// stdin commands:
//   scan <symbology> <data>   symbology: ean13 ean8 upca code128 gs1-128 databar qr gs1-qr datamatrix gs1-datamatrix
//                             "<GS>" in data stands for the GS separator (0x1D)
//   raw <hex>                 send bytes as they are (noise, a cut-off scan)
//   quit
#include "simio.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHash>

#include <unistd.h>

using ok::sim::say;

namespace {
QByteArray unescape(const QString &s)
{
    QByteArray out;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s[i] == QLatin1Char('\\') && i + 1 < s.size()) {
            const QChar c = s[++i];
            if (c == QLatin1Char('r')) out += '\r';
            else if (c == QLatin1Char('n')) out += '\n';
            else if (c == QLatin1Char('t')) out += '\t';
            else out += c.toLatin1();
        } else {
            out += s.mid(i, 1).toUtf8();
        }
    }
    return out;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser cli;
    cli.setApplicationDescription(QStringLiteral("Serial barcode scanner simulator on a pseudo-terminal"));
    cli.addHelpOption();
    const QCommandLineOption aimOpt(QStringLiteral("aim"), QStringLiteral("Send AIM symbology identifiers."));
    const QCommandLineOption prefixOpt(QStringLiteral("prefix"), QStringLiteral("Bytes before each scan (\\r \\n \\t escapes)."), QStringLiteral("text"));
    const QCommandLineOption suffixOpt(QStringLiteral("suffix"), QStringLiteral("Bytes after each scan (default \\r\\n)."), QStringLiteral("text"), QStringLiteral("\\r\\n"));
    cli.addOptions({aimOpt, prefixOpt, suffixOpt});
    cli.process(app);
    const QByteArray prefix = unescape(cli.value(prefixOpt));
    const QByteArray suffix = unescape(cli.value(suffixOpt));
    const bool aim = cli.isSet(aimOpt);
    const QHash<QString, QByteArray> aimIds = {
        {QStringLiteral("ean13"), "]E0"}, {QStringLiteral("upca"), "]E0"}, {QStringLiteral("ean8"), "]E4"},
        {QStringLiteral("code128"), "]C0"}, {QStringLiteral("gs1-128"), "]C1"}, {QStringLiteral("databar"), "]e0"},
        {QStringLiteral("qr"), "]Q1"}, {QStringLiteral("gs1-qr"), "]Q3"}, {QStringLiteral("datamatrix"), "]d1"},
        {QStringLiteral("gs1-datamatrix"), "]d2"}};

    const ok::sim::Pty pty = ok::sim::openPty();
    if (!pty.ok()) {
        say(QStringLiteral("ERROR %1").arg(pty.error));
        return 1;
    }
    say(QStringLiteral("PTY %1").arg(pty.slavePath));

    ok::sim::readStdinLines(&app, [&](const QString &cmd) {
        const QStringList parts = cmd.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QByteArray bytes;
        if (parts.size() >= 3 && parts[0] == QLatin1String("scan") && aimIds.contains(parts[1])) {
            QByteArray data = cmd.section(QLatin1Char(' '), 2).toUtf8();
            data.replace("<GS>", "\x1d");
            bytes = prefix + (aim ? aimIds.value(parts[1]) : QByteArray()) + data + suffix;
        } else if (parts.size() == 2 && parts[0] == QLatin1String("raw")) {
            bytes = QByteArray::fromHex(parts[1].toLatin1());
        } else if (cmd == QLatin1String("quit")) {
            QCoreApplication::quit();
            return;
        } else if (!cmd.isEmpty()) {
            say(QStringLiteral("ERROR unknown command \"%1\"").arg(cmd));
            return;
        }
        if (!bytes.isEmpty() && ::write(pty.master, bytes.constData(), size_t(bytes.size())) == bytes.size())
            say(QStringLiteral("SENT %1").arg(bytes.size()));
    });
    return QCoreApplication::exec();
}
