// SPDX-License-Identifier: GPL-3.0-or-later
#include "drivers/printer/printerprofile.h"

#include "drivers/printer/escpos.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>
#include <QStringEncoder>

#include <algorithm>
#include <cmath>

namespace ok::escpos {

namespace {

// Where qt_add_resources puts resources/printers/*.json (drivers/printer/CMakeLists.txt).
constexpr auto kBuiltInDir = ":/omnikiosk/printers";
constexpr auto kDefaultOrderKey = "default";
constexpr auto kGenericId = "generic-58mm";

constexpr int kMinPaperMm = 30;
constexpr int kMaxPaperMm = 120;
constexpr int kMinDots = 64;
constexpr int kMaxDots = 2048;
constexpr int kMinColumns = 8;
constexpr int kMaxColumns = 128;
constexpr char kFirstPrintableAscii = 0x20;
constexpr char kLastPrintableAscii = 0x7E;
constexpr int kFirstUpperHalfByte = 0x80;
constexpr int kLastByte = 0xFF;
constexpr int kMinSingleByteCharacters = 96; // of 128: leaves room for unassigned bytes

Error missing(const QString &field)
{
    return { QStringLiteral("printer.profile.missing-field"),
        QStringLiteral("Printer profile: required field \"%1\" is missing").arg(field) };
}

Error bad(const QString &field, const QString &expected)
{
    return { QStringLiteral("printer.profile.bad-field"),
        QStringLiteral("Printer profile: field \"%1\" is invalid: %2").arg(field, expected) };
}

// An integer in [lo, hi] or an error naming the field.
Result<int> intField(const QJsonObject &o, const QString &key, const QString &path, int lo, int hi)
{
    if (!o.contains(key))
        return missing(path);
    const QJsonValue v = o.value(key);
    const double d = v.toDouble(std::nan(""));
    if (!v.isDouble() || std::floor(d) != d || d < lo || d > hi)
        return bad(path, QStringLiteral("expected an integer %1..%2").arg(lo).arg(hi));
    return int(d);
}

Result<bool> boolField(const QJsonObject &o, const QString &key, bool fallback)
{
    if (!o.contains(key))
        return fallback;
    if (!o.value(key).isBool())
        return bad(key, QStringLiteral("expected true or false"));
    return o.value(key).toBool();
}

Result<QString> stringField(const QJsonObject &o, const QString &key)
{
    if (!o.contains(key))
        return missing(key);
    const QString s = o.value(key).toString().trimmed();
    if (!o.value(key).isString() || s.isEmpty())
        return bad(key, QStringLiteral("expected a non-empty string"));
    return s;
}

// The encoder relies on this: every table prints 0x20..0x7E as ASCII, and a character is always
// one byte. Multi-byte or EBCDIC codecs would corrupt the stream.
bool isSingleByteAsciiCompatible(const QString &codec)
{
    QStringEncoder encoder(codec.toLatin1().constData(), QStringConverter::Flag::Stateless);
    if (!encoder.isValid())
        return false;
    QString ascii;
    QByteArray expected;
    for (char c = kFirstPrintableAscii; c <= kLastPrintableAscii; ++c) {
        ascii.append(QLatin1Char(c));
        expected.append(c);
    }
    const QByteArray encoded = encoder.encode(ascii);
    if (encoder.hasError() || encoded != expected)
        return false;
    // Single-byte: most upper-half bytes decode on their own to one character (UTF-8 and the
    // multi-byte Asian codecs decode none of them alone).
    int singleBytes = 0;
    for (int b = kFirstUpperHalfByte; b <= kLastByte; ++b) {
        QStringDecoder one(codec.toLatin1().constData(), QStringConverter::Flag::Stateless);
        const QString decoded = one.decode(QByteArray(1, static_cast<char>(b)));
        if (!one.hasError() && decoded.size() == 1 && decoded.at(0) != QChar::ReplacementCharacter)
            ++singleBytes;
    }
    return singleBytes >= kMinSingleByteCharacters;
}

const QStringList &knownKeys()
{
    static const QStringList keys = {
        QStringLiteral("id"),
        QStringLiteral("name"),
        QStringLiteral("notes"),
        QStringLiteral("paperWidthMm"),
        QStringLiteral("dotsPerLine"),
        QStringLiteral("columns"),
        QStringLiteral("codePages"),
        QStringLiteral("codePageOrder"),
        QStringLiteral("nativeQr"),
        QStringLiteral("cutter"),
        QStringLiteral("starCodeTableCommand"),
        QStringLiteral("leaveChineseMode"),
    };
    return keys;
}

QString normalisedLanguage(QStringView language)
{
    QString tag = language.toString().trimmed().toLower();
    tag.replace(u'_', u'-');
    const qsizetype dot = tag.indexOf(u'.'); // "nb_NO.UTF-8"
    if (dot >= 0)
        tag.truncate(dot);
    return tag;
}

} // namespace

Result<PrinterProfile> PrinterProfile::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error { QStringLiteral("printer.profile.bad-json"),
            QStringLiteral("Printer profile is not valid JSON at offset %1: %2")
                .arg(parseError.offset)
                .arg(parseError.errorString()) };
    if (!doc.isObject())
        return Error { QStringLiteral("printer.profile.bad-json"),
            QStringLiteral("Printer profile must be a JSON object") };
    const QJsonObject root = doc.object();
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (!knownKeys().contains(it.key()))
            return Error { QStringLiteral("printer.profile.unknown-field"),
                QStringLiteral("Printer profile: unknown field \"%1\"").arg(it.key()) };
    }

    PrinterProfile p;
    auto id = stringField(root, QStringLiteral("id"));
    if (!id)
        return id.error();
    p.m_id = id.value();
    auto name = stringField(root, QStringLiteral("name"));
    if (!name)
        return name.error();
    p.m_name = name.value();
    if (root.contains(QStringLiteral("notes")) && !root.value(QStringLiteral("notes")).isString())
        return bad(QStringLiteral("notes"), QStringLiteral("expected a string"));

    auto paper
        = intField(root, QStringLiteral("paperWidthMm"), QStringLiteral("paperWidthMm"), kMinPaperMm, kMaxPaperMm);
    if (!paper)
        return paper.error();
    p.m_paperWidthMm = paper.value();
    auto dots = intField(root, QStringLiteral("dotsPerLine"), QStringLiteral("dotsPerLine"), kMinDots, kMaxDots);
    if (!dots)
        return dots.error();
    p.m_dotsPerLine = dots.value();

    if (!root.contains(QStringLiteral("columns")))
        return missing(QStringLiteral("columns"));
    if (!root.value(QStringLiteral("columns")).isObject())
        return bad(QStringLiteral("columns"), QStringLiteral("expected an object {\"fontA\": n, \"fontB\": n}"));
    const QJsonObject columns = root.value(QStringLiteral("columns")).toObject();
    for (auto it = columns.begin(); it != columns.end(); ++it) {
        if (it.key() != QLatin1String("fontA") && it.key() != QLatin1String("fontB"))
            return Error { QStringLiteral("printer.profile.unknown-field"),
                QStringLiteral("Printer profile: unknown field \"columns.%1\"").arg(it.key()) };
    }
    auto fontA = intField(columns, QStringLiteral("fontA"), QStringLiteral("columns.fontA"), kMinColumns, kMaxColumns);
    if (!fontA)
        return fontA.error();
    auto fontB = intField(columns, QStringLiteral("fontB"), QStringLiteral("columns.fontB"), kMinColumns, kMaxColumns);
    if (!fontB)
        return fontB.error();
    p.m_columnsFontA = fontA.value();
    p.m_columnsFontB = fontB.value();

    if (!root.contains(QStringLiteral("codePages")))
        return missing(QStringLiteral("codePages"));
    const QJsonValue pagesValue = root.value(QStringLiteral("codePages"));
    if (!pagesValue.isObject() || pagesValue.toObject().isEmpty())
        return bad(
            QStringLiteral("codePages"), QStringLiteral("expected a non-empty object {\"codec name\": ESC t number}"));
    const QJsonObject pages = pagesValue.toObject();
    for (auto it = pages.begin(); it != pages.end(); ++it) {
        const QString path = QStringLiteral("codePages.") + it.key();
        auto number = intField(pages, it.key(), path, 0, 255);
        if (!number)
            return number.error();
        if (!isSingleByteAsciiCompatible(it.key()))
            return bad(path,
                QStringLiteral("\"%1\" is not a single-byte, ASCII-compatible codec this system knows "
                               "(use ICU names such as IBM852, windows-1250)")
                    .arg(it.key()));
        for (const CodePage &other : std::as_const(p.m_codePages)) {
            if (other.number == number.value())
                return bad(
                    path, QStringLiteral("number %1 is already used by \"%2\"").arg(number.value()).arg(other.codec));
        }
        p.m_codePages.append({ it.key(), static_cast<quint8>(number.value()) });
    }
    std::sort(p.m_codePages.begin(), p.m_codePages.end(),
        [](const CodePage &a, const CodePage &b) { return a.number < b.number; });

    if (root.contains(QStringLiteral("codePageOrder"))) {
        if (!root.value(QStringLiteral("codePageOrder")).isObject())
            return bad(
                QStringLiteral("codePageOrder"), QStringLiteral("expected an object {\"language\": [\"codec\", ...]}"));
        const QJsonObject order = root.value(QStringLiteral("codePageOrder")).toObject();
        for (auto it = order.begin(); it != order.end(); ++it) {
            const QString path = QStringLiteral("codePageOrder.") + it.key();
            if (!it.value().isArray())
                return bad(path, QStringLiteral("expected an array of codec names"));
            QStringList codecs;
            const QJsonArray list = it.value().toArray();
            for (qsizetype i = 0; i < list.size(); ++i) {
                const QString itemPath = QStringLiteral("%1[%2]").arg(path).arg(i);
                const QString codec = list.at(i).toString();
                if (!list.at(i).isString() || !pages.contains(codec))
                    return bad(itemPath, QStringLiteral("expected one of the names in \"codePages\""));
                if (codecs.contains(codec))
                    return bad(itemPath, QStringLiteral("\"%1\" is listed twice").arg(codec));
                codecs.append(codec);
            }
            p.m_order.append({ normalisedLanguage(it.key()), codecs });
        }
    }

    auto nativeQr = boolField(root, QStringLiteral("nativeQr"), false);
    if (!nativeQr)
        return nativeQr.error();
    p.m_nativeQr = nativeQr.value();
    auto cutter = boolField(root, QStringLiteral("cutter"), false);
    if (!cutter)
        return cutter.error();
    p.m_cutter = cutter.value();
    auto star = boolField(root, QStringLiteral("starCodeTableCommand"), false);
    if (!star)
        return star.error();
    p.m_codeTableCommand = star.value() ? CodeTableCommand::StarEscGsT : CodeTableCommand::EscT;
    auto chinese = boolField(root, QStringLiteral("leaveChineseMode"), false);
    if (!chinese)
        return chinese.error();
    p.m_leaveChineseMode = chinese.value();
    return p;
}

Result<PrinterProfile> PrinterProfile::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error { QStringLiteral("printer.profile.unreadable"),
            QStringLiteral("Cannot read printer profile %1: %2").arg(path, file.errorString()) };
    auto profile = fromJson(file.readAll());
    if (!profile)
        return Error { profile.error().code, QStringLiteral("%1 (%2)").arg(profile.error().message, path) };
    return profile;
}

QStringList PrinterProfile::builtInIds()
{
    QStringList ids;
    const QStringList files
        = QDir(QLatin1String(kBuiltInDir)).entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
    for (const QString &file : files)
        ids.append(QFileInfo(file).completeBaseName());
    return ids;
}

Result<PrinterProfile> PrinterProfile::builtIn(const QString &id)
{
    const QString path = QLatin1String(kBuiltInDir) + u'/' + id + QLatin1String(".json");
    if (!QFile::exists(path))
        return Error { QStringLiteral("printer.profile.unknown"),
            QStringLiteral("No built-in printer profile \"%1\" (built in: %2)")
                .arg(id, builtInIds().join(QLatin1String(", "))) };
    return fromFile(path);
}

Result<PrinterProfile> PrinterProfile::load(const QString &id, const QStringList &searchDirs)
{
    // An id is a file name, never a path: a configuration value must not reach other files.
    if (id.isEmpty() || id.contains(u'/') || id.contains(u'\\') || id.startsWith(u'.'))
        return Error { QStringLiteral("printer.profile.bad-id"),
            QStringLiteral("Printer profile id \"%1\" is not a plain name").arg(id) };
    for (const QString &dir : searchDirs) {
        const QString path = QDir(dir).filePath(id + QLatin1String(".json"));
        if (QFileInfo::exists(path))
            return fromFile(path);
    }
    return builtIn(id);
}

PrinterProfile PrinterProfile::generic()
{
    auto profile = builtIn(QLatin1String(kGenericId));
    // Compiled-in data checked by tst_printerprofile: failing here is a build defect.
    Q_ASSERT_X(profile.ok(), "PrinterProfile::generic", qPrintable(profile.error().message));
    return profile.ok() ? profile.value() : PrinterProfile();
}

std::optional<quint8> PrinterProfile::codeTableNumber(const QString &codec) const
{
    for (const CodePage &page : m_codePages) {
        if (page.codec == codec)
            return page.number;
    }
    return std::nullopt;
}

QStringList PrinterProfile::codePageOrder(QStringView language) const
{
    const QString tag = normalisedLanguage(language);
    const QString primary = tag.section(u'-', 0, 0);
    QStringList keys;
    for (const QString &key : { tag, primary, QString::fromLatin1(kDefaultOrderKey) }) {
        if (!key.isEmpty() && !keys.contains(key))
            keys.append(key);
    }
    QStringList order;
    for (const QString &key : std::as_const(keys)) {
        for (const auto &entry : m_order) {
            if (entry.first != key)
                continue;
            for (const QString &codec : entry.second) {
                if (!order.contains(codec))
                    order.append(codec);
            }
        }
    }
    for (const CodePage &page : m_codePages) {
        if (!order.contains(page.codec))
            order.append(page.codec);
    }
    return order;
}

} // namespace ok::escpos
