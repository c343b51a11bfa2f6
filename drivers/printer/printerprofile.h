// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "drivers/printer/commands.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ok::escpos {


// One character code table a printer offers: the codec name Qt (ICU) knows it by, and the
// number this printer model selects it with (ESC t n). The numbering differs between brands.
struct CodePage {
    QString codec; // e.g. "IBM852", "windows-1250"
    quint8 number = 0;
    friend bool operator==(const CodePage &, const CodePage &) = default;
};

// What the encoder needs to know about one printer model. Data, not code: profiles are JSON
// files (resources/printers/*.json, schema in docs/devices.md); the ones shipped are compiled in
// as well, so the library works without files. A store adds a printer by dropping a JSON file
// into a profile directory. A value type; immutable once loaded.
class PrinterProfile
{
public:
    // Parses and validates a profile. Errors have code "printer.profile.bad-json",
    // "printer.profile.missing-field", "printer.profile.bad-field" or
    // "printer.profile.unknown-field", and the message names the field (e.g. "columns.fontB",
    // "codePageOrder.pl[1]") and what was expected. Every codec must be a single-byte,
    // ASCII-compatible table Qt can encode to; unknown keys are rejected so typos do not
    // silently fall back to a default.
    static Result<PrinterProfile> fromJson(const QByteArray &json);
    static Result<PrinterProfile> fromFile(const QString &path);

    // The compiled-in profiles ("epson-tm-t20", "generic-58mm", "xprinter-80").
    static QStringList builtInIds();
    static Result<PrinterProfile> builtIn(const QString &id);
    // `<dir>/<id>.json` from the first directory that has it, else the compiled-in profile. A
    // file that exists but is invalid is an error (never silently replaced by the built-in).
    static Result<PrinterProfile> load(const QString &id, const QStringList &searchDirs = {});
    // The compiled-in generic 58 mm profile: the safe choice when nothing is configured.
    static PrinterProfile generic();

    QString id() const { return m_id; }
    QString name() const { return m_name; }
    int paperWidthMm() const { return m_paperWidthMm; }
    int dotsPerLine() const { return m_dotsPerLine; }
    int columns(Font font) const { return font == Font::A ? m_columnsFontA : m_columnsFontB; }

    // Sorted by table number.
    const QList<CodePage> &codePages() const { return m_codePages; }
    std::optional<quint8> codeTableNumber(const QString &codec) const;

    // Every code page of the profile, best first for text in `language` (BCP 47 or POSIX style:
    // "pl", "nb-NO", "ru_RU"): the language's own list (full tag, then primary subtag), then
    // "default", then the remaining tables by number. No duplicates.
    QStringList codePageOrder(QStringView language) const;

    bool hasNativeQr() const { return m_nativeQr; }
    bool hasCutter() const { return m_cutter; }
    CodeTableCommand codeTableCommand() const { return m_codeTableCommand; }
    bool needsLeaveChineseMode() const { return m_leaveChineseMode; }

private:
    QString m_id;
    QString m_name;
    int m_paperWidthMm = 58;
    int m_dotsPerLine = 384;
    int m_columnsFontA = 32;
    int m_columnsFontB = 42;
    QList<CodePage> m_codePages;
    QList<QPair<QString, QStringList>> m_order; // language key -> codecs
    bool m_nativeQr = false;
    bool m_cutter = false;
    CodeTableCommand m_codeTableCommand = CodeTableCommand::EscT;
    bool m_leaveChineseMode = false;
};

} // namespace ok::escpos
