// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The GS1 rules as data: the GS1 Barcode Syntax Dictionary (every AI's format, its requisite and
// exclusive AIs, the content checks of each component) and the ISO code lists its checks name.
// The files are resources/gs1/*.txt, compiled in; Syntax::builtIn() reads them once.

#include "core/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace ok::scanner::gs1 {

/// Character sets of AI data (GS1 Gen Specs 7.11), by the dictionary's type letter.
enum class Charset : quint8 {
    Numeric, ///< N: '0'-'9'
    Cset82, ///< X: GS1 AI encodable character set 82
    Cset39, ///< Y: GS1 character set 39 (A-Z 0-9 # - /)
    Cset64, ///< Z: GS1 character set 64 (file-safe base64)
};

/// The content checks ("linters") of the dictionary that the till applies. The dictionary names
/// more (key, pcenc, iban ...); those are parsed, listed by Syntax::uncheckedLinters(), and not
/// applied: none of them changes what the till reads from a scan.
enum class Linter : quint8 {
    Csum, ///< "csum": GS1 mod-10 check digit over the component
    Yymmd0, ///< "yymmd0": YYMMDD, day 00 = end of the month
    Yymmdd, ///< "yymmdd": YYMMDD, a real day
    Iso3166, ///< "iso3166": ISO 3166-1 numeric country code
    Iso3166Or999, ///< "iso3166999": as iso3166, or 999
    Iso3166Alpha2, ///< "iso3166alpha2": ISO 3166-1 alpha-2 country code
    Iso4217, ///< "iso4217": ISO 4217 numeric currency code
};

/// One component of an AI's format ("N3,iso4217", "[N..12]").
struct Component {
    Charset charset = Charset::Numeric;
    quint8 minLength = 0; ///< == maxLength for fixed components; 1 for "N..15"
    quint8 maxLength = 0;
    bool optional = false; ///< "[...]": may be absent once the data is used up
    QList<Linter> linters; ///< the ones the till applies, in dictionary order
};

/// One dictionary entry: an AI or a range of AIs ("3100-3105") and its rules.
struct AiRule {
    QByteArray first; ///< "3100"
    QByteArray last; ///< "3105"; == first for a single AI
    bool predefinedLength = false; ///< flag '*': no FNC1 (GS) needed after the data
    bool digitalLinkAttribute = false; ///< flag '?'
    QList<Component> components;
    /// One entry per "req=" attribute, every one must hold. Each is a list of alternatives, one
    /// of which must be present; an alternative is a group of AI patterns ("01+21") that must
    /// all be present. Patterns are AIs with 'n' for any digit ("31nn").
    QList<QList<QList<QByteArray>>> requisites;
    QList<QByteArray> exclusions; ///< "ex=" patterns: none of these AIs may appear with this one
    QString title; ///< "NET WEIGHT (kg)"
    int line = 0; ///< in the dictionary file, for messages

    int minLength() const; ///< of the whole data: the mandatory components
    int maxLength() const; ///< of the whole data: every component
};

/// True if `ai` matches `pattern` ("392n" matches "3922"): same length, 'n' matches any digit.
bool matchesPattern(QByteArrayView pattern, QByteArrayView ai);

/// The rules of the GS1 Barcode Syntax Dictionary and the ISO code lists. Immutable once
/// parsed: safe to share between threads.
class Syntax
{
public:
    /// Reads the dictionary text (its own format, described in the file's header) and the code
    /// lists (one code a line: ISO 3166-1 "NNN AA AAA Name", ISO 4217 "NNN AAA Name"; '#' starts
    /// a comment). A line that cannot be read is an error naming the file and the line; so is an
    /// AI defined twice, an AI that starts another AI (element strings could not be split), or a
    /// req=/ex= pattern that matches no AI.
    static Result<Syntax> parse(QByteArrayView dictionary, QByteArrayView iso3166, QByteArrayView iso4217);

    /// The compiled-in data (resources/gs1), read on first use. An error only if the build
    /// shipped broken data: tst_scanparser loads it.
    static const Result<Syntax> &builtIn();

    /// The rule of exactly this AI ("3103"), or nullptr.
    const AiRule *rule(QByteArrayView ai) const;
    /// True if `prefix` is the start of some AI and shorter than it.
    bool isAiPrefix(QByteArrayView prefix) const;
    /// Every AI, ranges expanded, in dictionary order.
    const QList<QByteArray> &ais() const { return m_ais; }
    /// The linter names the dictionary uses that the till does not apply, sorted.
    QStringList uncheckedLinters() const;

    bool isCountry(QByteArrayView numeric) const { return m_countries.contains(numeric.toByteArray()); }
    bool isCountryAlpha2(QByteArrayView alpha2) const { return m_countriesAlpha2.contains(alpha2.toByteArray()); }
    bool isCurrency(QByteArrayView numeric) const { return m_currencies.contains(numeric.toByteArray()); }

private:
    QList<AiRule> m_rules;
    QHash<QByteArray, qsizetype> m_ruleOf; ///< every AI -> index into m_rules
    QList<QByteArray> m_ais;
    QSet<QByteArray> m_prefixes; ///< every proper prefix of every AI
    QSet<QString> m_uncheckedLinters;
    QSet<QByteArray> m_countries;
    QSet<QByteArray> m_countriesAlpha2;
    QSet<QByteArray> m_currencies;
};

} // namespace ok::scanner::gs1
