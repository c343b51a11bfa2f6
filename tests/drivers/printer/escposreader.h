// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Test-only reader of ESC/POS output, written from docs/devices.md#device-rules independently of
// the library: it splits a byte stream into commands and text, and decodes the text with glibc's
// iconv (an independent table, not Qt/ICU) using the code table selected by the last ESC t.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace escpostest {

// ESC t numbers -> iconv names, from docs/devices.md#d3-code-tables-belong-to-the-printer-profile
// (not from the library's profiles).
inline QHash<int, QByteArray> epsonTables()
{
    return { { 0, "CP437" }, { 2, "CP850" }, { 5, "CP865" }, { 16, "CP1252" }, { 17, "CP866" }, { 18, "CP852" },
        { 19, "CP858" }, { 45, "CP1250" }, { 46, "CP1251" } };
}
inline QHash<int, QByteArray> xprinterTables()
{
    return { { 0, "CP437" }, { 2, "CP850" }, { 5, "CP865" }, { 6, "CP1251" }, { 7, "CP866" }, { 16, "CP1252" },
        { 18, "CP852" }, { 19, "CP858" }, { 30, "CP1250" } };
}

struct Command {
    QByteArray bytes;
};

struct Parsed {
    bool ok = true;
    QString error;
    QList<Command> commands; // every command in order (LF excluded)
    QList<int> tableSelections; // ESC t / ESC GS t numbers in order
    // Text runs in the table that was active, with LF kept as '\n'. Consecutive text of one table
    // forms one run.
    QList<QPair<int, QByteArray>> runs;
    QByteArray textBytes; // all text bytes and LFs, commands removed

    bool hasCommand(const QByteArray &prefix) const
    {
        for (const Command &c : commands) {
            if (c.bytes.startsWith(prefix))
                return true;
        }
        return false;
    }
};

inline Parsed parse(const QByteArray &s)
{
    Parsed p;
    int table = -1;
    auto u = [&](qsizetype i) { return i < s.size() ? static_cast<quint8>(s.at(i)) : -1; };
    auto fail = [&](qsizetype i, const char *why) {
        p.ok = false;
        p.error = QStringLiteral("offset %1: %2").arg(i).arg(QLatin1String(why));
        return p;
    };
    auto addText = [&](char c) {
        if (p.runs.isEmpty() || p.runs.last().first != table)
            p.runs.append({ table, QByteArray() });
        p.runs.last().second.append(c);
        p.textBytes.append(c);
    };
    qsizetype i = 0;
    while (i < s.size()) {
        const int b = u(i);
        qsizetype len = 0;
        if (b == 0x0A) {
            addText('\n');
            ++i;
            continue;
        }
        if (b >= 0x20) {
            addText(s.at(i));
            ++i;
            continue;
        }
        if (b == 0x1B) {
            switch (u(i + 1)) {
            case 0x40:
                len = 2;
                break;
            case 0x21:
            case 0x45:
            case 0x61:
            case 0x64:
                len = 3;
                break;
            case 0x74:
                len = 3;
                table = u(i + 2);
                p.tableSelections.append(table);
                break;
            case 0x70:
                len = 5;
                break;
            case 0x1D:
                if (u(i + 2) != 0x74)
                    return fail(i, "unknown ESC GS");
                len = 4;
                table = u(i + 3);
                p.tableSelections.append(table);
                break;
            default:
                return fail(i, "unknown ESC command");
            }
        } else if (b == 0x1C) {
            if (u(i + 1) != 0x2E)
                return fail(i, "unknown FS command");
            len = 2;
        } else if (b == 0x1D) {
            switch (u(i + 1)) {
            case 0x21:
            case 0x48:
            case 0x68:
            case 0x77:
            case 0x61:
                len = 3;
                break;
            case 0x56:
                len = 4;
                break;
            case 0x6B:
                len = 4 + u(i + 3);
                break;
            case 0x28:
                len = 5 + u(i + 3) + 256 * u(i + 4);
                break;
            case 0x76:
                len = 8 + qsizetype(u(i + 4) + 256 * u(i + 5)) * (u(i + 6) + 256 * u(i + 7));
                break;
            default:
                return fail(i, "unknown GS command");
            }
        } else {
            return fail(i, "control byte in text");
        }
        if (i + len > s.size())
            return fail(i, "command runs past the end");
        p.commands.append({ s.mid(i, len) });
        i += len;
    }
    return p;
}

// glibc iconv, in a separate process: the independent table.
inline QString iconvDecode(const QByteArray &bytes, const QByteArray &charset, QString *error = nullptr)
{
    QProcess iconv;
    iconv.start(QStringLiteral("iconv"),
        { QStringLiteral("-f"), QString::fromLatin1(charset), QStringLiteral("-t"), QStringLiteral("UTF-8") });
    if (!iconv.waitForStarted()) {
        if (error)
            *error = QStringLiteral("iconv did not start");
        return {};
    }
    iconv.write(bytes);
    iconv.closeWriteChannel();
    iconv.waitForFinished();
    if (iconv.exitStatus() != QProcess::NormalExit || iconv.exitCode() != 0) {
        if (error)
            *error = QStringLiteral("iconv -f %1 failed: %2")
                         .arg(QString::fromLatin1(charset), QString::fromLocal8Bit(iconv.readAllStandardError()));
        return {};
    }
    return QString::fromUtf8(iconv.readAllStandardOutput());
}

// The printed text as lines, each run decoded with iconv by its table. Fails (error set) on an
// unknown table, a run before any ESC t, or an iconv error.
inline QStringList decodeLines(const Parsed &p, const QHash<int, QByteArray> &tables, QString *error)
{
    QString text;
    for (const auto &run : p.runs) {
        if (!tables.contains(run.first)) {
            *error = QStringLiteral("text in table %1, which the test does not know").arg(run.first);
            return {};
        }
        QString runError;
        text += iconvDecode(run.second, tables.value(run.first), &runError);
        if (!runError.isEmpty()) {
            *error = runError;
            return {};
        }
    }
    QStringList lines = text.split(u'\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

} // namespace escpostest
