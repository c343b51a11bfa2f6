// SPDX-License-Identifier: GPL-3.0-or-later
#include "drivers/printer/textencoder.h"

#include "drivers/printer/escpos.h"

#include <QStringDecoder>
#include <QStringEncoder>

namespace ok::escpos {

namespace {

constexpr char16_t kFirstPrintableAscii = 0x20;
constexpr char16_t kLastPrintableAscii = 0x7E;
constexpr char16_t kDel = 0x7F;
constexpr char16_t kFirstC1 = 0x80;
constexpr char16_t kLastC1 = 0x9F;
constexpr quint8 kFirstUpperHalfByte = 0x80;
constexpr char16_t kSubstitute = u'?';

bool isPrintableAscii(char16_t c)
{
    return c >= kFirstPrintableAscii && c <= kLastPrintableAscii;
}

// Characters replaced even where a table has them: invisible by design (soft hyphen, zero-width
// characters), or spaces that some printers draw as a glyph (0xFF in the PC8xx tables).
struct Replacement {
    char32_t from;
    const char *to;
};
constexpr Replacement kAlwaysReplaced[] = {
    { U'\u00A0', " " },
    { U'\u2007', " " },
    { U'\u2009', " " },
    { U'\u202F', " " },
    { U'\u2002', " " },
    { U'\u2003', " " },
    { U'\u00AD', "" },
    { U'\u200B', "" },
    { U'\u200C', "" },
    { U'\u200D', "" },
    { U'\u2060', "" },
    { U'\uFEFF', "" },
};

// Replacements for characters no code table of the profile has. Every replacement is printable
// ASCII, so always encodable.
constexpr Replacement kFallbacks[] = {
    { U'\u20AC', "EUR" }, // €: PC852 and PC866 lack it; the ISO code reads right on a receipt
    { U'\u20BD', "RUB" }, // ₽: in none of the usual tables
    { U'\u2010', "-" },
    { U'\u2011', "-" },
    { U'\u2012', "-" },
    { U'\u2013', "-" },
    { U'\u2014', "-" },
    { U'\u2212', "-" },
    { U'\u2018', "'" },
    { U'\u2019', "'" },
    { U'\u201A', "'" },
    { U'\u2032', "'" },
    { U'\u201C', "\"" },
    { U'\u201D', "\"" },
    { U'\u201E', "\"" },
    { U'\u2033', "\"" },
    { U'\u00AB', "<<" },
    { U'\u00BB', ">>" },
    { U'\u2026', "..." },
    { U'\u00D7', "x" },
    { U'\u2022', "*" },
    { U'\u00B7', "." },
    { U'\u2116', "No." },
    { U'\u00A9', "(c)" },
    { U'\u00AE', "(R)" },
    { U'\u2122', "TM" },
    { U'\u00BD', "1/2" },
    { U'\u00BC', "1/4" },
    { U'\u00BE', "3/4" },
};

template<size_t N> const Replacement *findReplacement(const Replacement (&table)[N], char32_t cp)
{
    for (const Replacement &r : table) {
        if (r.from == cp)
            return &r;
    }
    return nullptr;
}

} // namespace

TextEncoder::TextEncoder(const PrinterProfile &profile, QStringView language)
    : m_style(profile.codeTableCommand())
{
    const QStringList order = profile.codePageOrder(language);
    for (const QString &codec : order) {
        Table t;
        t.codec = codec;
        t.codecName = codec.toLatin1();
        t.number = profile.codeTableNumber(codec).value_or(0);
        m_tables.append(t);
    }
}

QStringList TextEncoder::tableOrder() const
{
    QStringList order;
    for (const Table &t : m_tables)
        order.append(t.codec);
    return order;
}

int TextEncoder::byteFor(int table, char16_t c) const
{
    const Table &t = m_tables.at(table);
    const auto cached = t.cache.constFind(c);
    if (cached != t.cache.cend())
        return *cached;

    int result = -1;
    // A fresh converter per lookup: ICU converters keep error state, and lookups are cached.
    QStringEncoder encoder(t.codecName.constData(), QStringConverter::Flag::Stateless);
    const QChar ch(c);
    const QByteArray bytes = encoder.encode(QStringView(&ch, 1));
    if (!encoder.hasError() && bytes.size() == 1 && static_cast<quint8>(bytes.at(0)) >= kFirstUpperHalfByte) {
        QStringDecoder decoder(t.codecName.constData(), QStringConverter::Flag::Stateless);
        const QString back = decoder.decode(bytes);
        if (!decoder.hasError() && back.size() == 1 && back.at(0) == ch)
            result = static_cast<quint8>(bytes.at(0));
    }
    t.cache.insert(c, static_cast<qint16>(result));
    return result;
}

bool TextEncoder::canEncode(QChar c) const
{
    if (isPrintableAscii(c.unicode()))
        return true;
    for (int i = 0; i < m_tables.size(); ++i) {
        if (byteFor(i, c.unicode()) >= 0)
            return true;
    }
    return false;
}

QString TextEncoder::printable(QStringView text) const
{
    const QString nfc = text.toString().normalized(QString::NormalizationForm_C);
    QString out;
    out.reserve(nfc.size());
    const QList<uint> codePoints = nfc.toUcs4(); // lone surrogates become U+FFFD
    for (const uint cp : codePoints) {
        if (cp == U'\t' || cp == U'\n' || cp == U'\r') {
            out.append(u' ');
            continue;
        }
        if (cp < kFirstPrintableAscii || cp == kDel || (cp >= kFirstC1 && cp <= kLastC1)) {
            out.append(kSubstitute);
            ++m_substitutions;
            continue;
        }
        if (const Replacement *always = findReplacement(kAlwaysReplaced, cp)) {
            out.append(QLatin1String(always->to));
            continue;
        }
        if (cp <= 0xFFFF && canEncode(QChar(char16_t(cp)))) {
            out.append(QChar(char16_t(cp)));
            continue;
        }
        ++m_substitutions;
        if (const Replacement *replacement = findReplacement(kFallbacks, cp)) {
            out.append(QLatin1String(replacement->to));
            continue;
        }
        // An accented letter no table has: its base letter reads better than '?'. ł, ø, đ do not
        // decompose and become '?'.
        if (cp <= 0xFFFF) {
            const QString nfd = QString(QChar(char16_t(cp))).normalized(QString::NormalizationForm_D);
            if (nfd.size() > 1 && isPrintableAscii(nfd.at(0).unicode()) && nfd.at(0).isLetter()) {
                out.append(nfd.at(0));
                continue;
            }
        }
        out.append(kSubstitute);
    }
    return out;
}

void TextEncoder::switchTo(int table, QByteArray &out)
{
    out.append(command::selectCodeTable(m_tables.at(table).number, m_style));
    m_current = table;
}

void TextEncoder::selectInitialTable(QByteArray &out)
{
    if (!m_tables.isEmpty())
        switchTo(0, out);
}

int TextEncoder::coveredRun(int table, QStringView text, qsizetype from) const
{
    int run = 0;
    for (qsizetype i = from; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (!isPrintableAscii(c) && byteFor(table, c) < 0)
            break;
        ++run;
    }
    return run;
}

void TextEncoder::encode(QStringView printableText, QByteArray &out)
{
    for (qsizetype i = 0; i < printableText.size(); ++i) {
        const char16_t c = printableText[i].unicode();
        if (isPrintableAscii(c)) {
            out.append(static_cast<char>(c));
            continue;
        }
        if (m_current >= 0) {
            const int b = byteFor(m_current, c);
            if (b >= 0) {
                out.append(static_cast<char>(b));
                continue;
            }
        }
        int best = -1;
        int bestRun = -1;
        for (int t = 0; t < m_tables.size(); ++t) {
            if (t == m_current || byteFor(t, c) < 0)
                continue;
            const int run = coveredRun(t, printableText, i);
            if (run > bestRun) {
                best = t;
                bestRun = run;
            }
        }
        if (best < 0) {
            out.append(static_cast<char>(kSubstitute));
            ++m_substitutions;
            continue;
        }
        switchTo(best, out);
        ++m_switches;
        out.append(static_cast<char>(byteFor(best, c)));
    }
}

QString TextEncoder::currentCodec() const
{
    return m_current >= 0 ? m_tables.at(m_current).codec : QString();
}

} // namespace ok::escpos
