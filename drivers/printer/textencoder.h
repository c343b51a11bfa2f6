// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "drivers/printer/printerprofile.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ok::escpos {

// Turns receipt text into single-byte printer text for one printer profile, switching the
// printer's code table (ESC t) whenever the next character needs another table, also in the
// middle of a line (ESC t may be sent anywhere:
// docs/devices.md#d3-code-tables-belong-to-the-printer-profile).
//
// Two steps, so that column layout can measure what will really print:
//  1. printable(): NFC-normalise, drop invisible characters (soft hyphen, zero-width), make
//     no-break spaces plain spaces, and replace every character that no table of the profile has
//     by a visible substitute ("EUR" for €, straight quotes for curly ones, the base letter for an
//     accented letter, '?' otherwise). Afterwards every QChar is one printed cell.
//  2. encode(): per character, stay in the current table if it has the character; otherwise pick,
//     among the tables that have it (in the profile's order for the language), the one that also
//     covers the longest stretch of the following text, and switch to it.
// A character is "in" a table only if QStringEncoder maps it to one byte >= 0x80 without error
// and QStringDecoder maps that byte back to the same character: ICU's substitute bytes (7F, 1A)
// and best-fit fallbacks never reach the printer, nor do control bytes.
// Not thread-safe (caches per instance); cheap to create per receipt.
class TextEncoder
{
public:
    TextEncoder(const PrinterProfile &profile, QStringView language);

    // Codec names, best first (PrinterProfile::codePageOrder()).
    QStringList tableOrder() const;

    // Step 1. Tabs and line breaks become spaces, other control characters '?'.
    QString printable(QStringView text) const;
    // True if some table of the profile prints `c` (ASCII printable always).
    bool canEncode(QChar c) const;

    // Emits ESC t for the first table of the order and makes it current. Sent after ESC @
    // because init does not reset the table on every model.
    void selectInitialTable(QByteArray &out);
    // Step 2. Appends the bytes of `printableText` (the result of printable()). A character no
    // table has (only if step 1 was skipped) becomes '?'.
    void encode(QStringView printableText, QByteArray &out);

    // The codec currently selected on the printer, empty before selectInitialTable().
    QString currentCodec() const;
    int tableSwitches() const { return m_switches; } // ESC t sent by encode()
    int substitutions() const { return m_substitutions; } // characters replaced so far

private:
    struct Table {
        QString codec;
        QByteArray codecName; // Latin-1 for QStringConverter
        quint8 number = 0;
        mutable QHash<char16_t, qint16> cache; // character -> byte, -1 if absent
    };

    int byteFor(int table, char16_t c) const;
    int coveredRun(int table, QStringView text, qsizetype from) const;
    void switchTo(int table, QByteArray &out);

    QList<Table> m_tables;
    CodeTableCommand m_style = CodeTableCommand::EscT;
    int m_current = -1;
    int m_switches = 0;
    mutable int m_substitutions = 0;
};

} // namespace ok::escpos
