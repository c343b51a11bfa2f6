// SPDX-License-Identifier: GPL-3.0-or-later
// omnikiosk-scanner-sim: a barcode scanner on a pseudo-terminal. Prints "PTY /dev/pts/N" first;
// every "scan" command on stdin sends one scan the way a configured scanner would: prefix, AIM
// symbology identifier (with --aim), data, suffix.
//
// Two kinds of scanner:
//   default   a serial / USB-CDC scanner: the scan's bytes as they are;
//   --evdev   a keyboard-wedge scanner as evdev reports it: the scan typed on a US keyboard as
//             Linux `struct input_event` records (EV_MSC scan code, EV_KEY press/release,
//             EV_SYN), Shift around shifted characters, GS as Ctrl+], CR / LF / CR LF as one
//             Enter. The driver reads them with transport = evdev, port = the PTY path.
//
// stdin commands:
//   scan <symbology> <data>   symbology: ean13 ean8 upca code128 gs1-128 databar qr gs1-qr datamatrix gs1-datamatrix
//                             "<GS>" in data stands for the GS separator (0x1D)
//   raw <hex>                 send bytes as they are (noise, a cut-off scan, half a record)
//   replay <file>             send a recorded stream (e.g. `cat /dev/input/by-id/...-event-kbd > scan.bin`)
//   quit
#include "simio.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QHash>

#include <linux/input.h>
#include <optional>
#include <string_view>
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

// The US keyboard, written out row by row as printed on the keys (independent of the driver's
// KeyboardDecoder table, so the two can catch each other's mistakes).
struct Stroke {
    quint16 code;
    bool shift;
};

std::optional<Stroke> usKey(char c)
{
    static constexpr quint16 kNumberRow[] = {KEY_GRAVE, KEY_1, KEY_2, KEY_3, KEY_4, KEY_5, KEY_6,
                                             KEY_7, KEY_8, KEY_9, KEY_0, KEY_MINUS, KEY_EQUAL};
    static constexpr quint16 kTopRow[] = {KEY_Q, KEY_W, KEY_E, KEY_R, KEY_T, KEY_Y, KEY_U,
                                          KEY_I, KEY_O, KEY_P, KEY_LEFTBRACE, KEY_RIGHTBRACE, KEY_BACKSLASH};
    static constexpr quint16 kHomeRow[] = {KEY_A, KEY_S, KEY_D, KEY_F, KEY_G, KEY_H,
                                           KEY_J, KEY_K, KEY_L, KEY_SEMICOLON, KEY_APOSTROPHE};
    static constexpr quint16 kBottomRow[] = {KEY_Z, KEY_X, KEY_C, KEY_V, KEY_B, KEY_N, KEY_M, KEY_COMMA, KEY_DOT, KEY_SLASH};
    struct Row {
        std::string_view plain;
        std::string_view shifted;
        const quint16 *codes;
    };
    static constexpr Row kRows[] = {
        {"`1234567890-=", "~!@#$%^&*()_+", kNumberRow},
        {"qwertyuiop[]\\", "QWERTYUIOP{}|", kTopRow},
        {"asdfghjkl;'", "ASDFGHJKL:\"", kHomeRow},
        {"zxcvbnm,./", "ZXCVBNM<>?", kBottomRow},
    };
    for (const Row &row : kRows) {
        if (auto i = row.plain.find(c); i != std::string_view::npos)
            return Stroke{row.codes[i], false};
        if (auto i = row.shifted.find(c); i != std::string_view::npos)
            return Stroke{row.codes[i], true};
    }
    if (c == ' ')
        return Stroke{KEY_SPACE, false};
    if (c == '\t')
        return Stroke{KEY_TAB, false};
    return std::nullopt;
}

/// input_event records of a keyboard-wedge scanner typing `bytes`; nullopt if a byte has no key.
std::optional<QByteArray> typeAsKeys(const QByteArray &bytes)
{
    QByteArray out;
    qint64 us = QDateTime::currentMSecsSinceEpoch() * 1000;
    const auto event = [&](quint16 type, quint16 code, qint32 value) {
        input_event e{};
        e.input_event_sec = us / 1000000;
        e.input_event_usec = us % 1000000;
        e.type = type;
        e.code = code;
        e.value = value;
        out.append(reinterpret_cast<const char *>(&e), sizeof e);
    };
    const auto key = [&](quint16 code, qint32 value) {
        event(EV_MSC, MSC_SCAN, 0x70000 + code); // a plausible HID usage; drivers ignore it
        event(EV_KEY, code, value);
        event(EV_SYN, SYN_REPORT, 0);
        us += 1000; // a fast scanner: 2 ms a character
    };
    const auto tap = [&](quint16 code, std::optional<quint16> modifier = std::nullopt) {
        if (modifier)
            key(*modifier, 1);
        key(code, 1);
        key(code, 0);
        if (modifier)
            key(*modifier, 0);
    };
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (c == '\r' || c == '\n') {
            if (c == '\r' && i + 1 < bytes.size() && bytes[i + 1] == '\n')
                ++i;
            tap(KEY_ENTER);
        } else if (c == 0x1D) {
            tap(KEY_RIGHTBRACE, KEY_LEFTCTRL); // GS = Ctrl+]
        } else if (auto s = usKey(c)) {
            tap(s->code, s->shift ? std::optional<quint16>(KEY_LEFTSHIFT) : std::nullopt);
        } else {
            return std::nullopt;
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
    const QCommandLineOption evdevOpt(QStringLiteral("evdev"), QStringLiteral("Be a keyboard-wedge scanner: send Linux input_event records (US keyboard)."));
    cli.addOptions({aimOpt, prefixOpt, suffixOpt, evdevOpt});
    cli.process(app);
    const bool evdev = cli.isSet(evdevOpt);
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
            if (evdev) {
                auto keys = typeAsKeys(bytes);
                if (!keys) {
                    say(QStringLiteral("ERROR a keyboard-wedge scanner cannot type \"%1\" on a US keyboard").arg(cmd.section(QLatin1Char(' '), 2)));
                    return;
                }
                bytes = *keys;
            }
        } else if (parts.size() == 2 && parts[0] == QLatin1String("raw")) {
            bytes = QByteArray::fromHex(parts[1].toLatin1());
        } else if (parts.size() == 2 && parts[0] == QLatin1String("replay")) {
            QFile f(parts[1]);
            if (!f.open(QIODevice::ReadOnly)) {
                say(QStringLiteral("ERROR cannot read %1: %2").arg(parts[1], f.errorString()));
                return;
            }
            bytes = f.readAll();
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
