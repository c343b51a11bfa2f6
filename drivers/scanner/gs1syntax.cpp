// SPDX-License-Identifier: GPL-3.0-or-later
#include "drivers/scanner/gs1syntax.h"

#include <QFile>

#include <algorithm>
#include <optional>
#include <string_view>

namespace ok::scanner::gs1 {

namespace {

// Where qt_add_resources puts resources/gs1/*.txt (drivers/scanner/CMakeLists.txt).
constexpr auto kResourceDir = ":/omnikiosk/gs1/";
constexpr auto kDictionaryFile = "gs1-syntax-dictionary.txt";
constexpr auto kIso3166File = "iso3166-1.txt";
constexpr auto kIso4217File = "iso4217.txt";

constexpr qsizetype kMinAiLength = 2;
constexpr qsizetype kMaxAiLength = 4;
// The longest AI data GS1 assigns (AIs 91-99, X..90); a bigger number is a broken line.
constexpr int kMaxDataLength = 90;
constexpr qsizetype kNumericCodeLength = 3;
constexpr qsizetype kAlpha2Length = 2;
constexpr qsizetype kAlpha3Length = 3;
// The characters the dictionary reserves for flags (its header: "Allocated from").
constexpr std::string_view kFlagCharacters = "*?!\"$%&'()+,-./:;<=>@[\\]^_`{|}~";
constexpr char kPredefinedLengthFlag = '*';
constexpr char kDigitalLinkAttributeFlag = '?';
constexpr char kCommentStart = '#';

struct LinterName {
    std::string_view name;
    Linter linter;
};

constexpr LinterName kLinters[] = {
    { "csum", Linter::Csum },
    { "yymmd0", Linter::Yymmd0 },
    { "yymmdd", Linter::Yymmdd },
    { "iso3166", Linter::Iso3166 },
    { "iso3166999", Linter::Iso3166Or999 },
    { "iso3166alpha2", Linter::Iso3166Alpha2 },
    { "iso4217", Linter::Iso4217 },
};

Error badLine(const char *file, int line, const QString &why)
{
    return { QStringLiteral("gs1.data.bad-line"),
        QStringLiteral("GS1 data file %1, line %2: %3").arg(QLatin1String(file)).arg(line).arg(why) };
}

Error badFile(const char *file, const QString &why)
{
    return { QStringLiteral("gs1.data.bad-line"),
        QStringLiteral("GS1 data file %1: %2").arg(QLatin1String(file), why) };
}

QString latin1(QByteArrayView s)
{
    return QString::fromLatin1(s.data(), s.size());
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool allDigits(QByteArrayView s)
{
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), isDigit);
}

bool allUpper(QByteArrayView s)
{
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

bool isLowerWord(QByteArrayView s)
{
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// "csum", "iso3166999", "keyoff1": a lower-case letter, then lower-case letters and digits.
bool isLinterName(QByteArrayView s)
{
    return !s.isEmpty() && s.front() >= 'a' && s.front() <= 'z'
        && std::all_of(s.begin(), s.end(), [](char c) { return (c >= 'a' && c <= 'z') || isDigit(c); });
}

// The data lines of a file: comments and blank lines dropped, each with its 1-based number and
// the text after its first '#' (the dictionary's title).
struct Line {
    int number;
    QList<QByteArray> tokens;
    QByteArray comment;
};

QList<Line> dataLines(QByteArrayView text)
{
    QList<Line> out;
    int number = 0;
    for (const QByteArray &raw : QByteArray(text.data(), text.size()).split('\n')) {
        ++number;
        const qsizetype hash = raw.indexOf(kCommentStart);
        const QByteArray data = (hash < 0 ? raw : raw.left(hash)).simplified();
        if (data.isEmpty())
            continue;
        out.append(Line { number, data.split(' '), hash < 0 ? QByteArray() : raw.mid(hash + 1).trimmed() });
    }
    return out;
}

bool isComponentToken(QByteArrayView t)
{
    const auto typeLetter = [](char c) { return c == 'N' || c == 'X' || c == 'Y' || c == 'Z'; };
    return !t.isEmpty() && (typeLetter(t[0]) || (t[0] == '[' && t.size() > 1 && typeLetter(t[1])));
}

bool isFlagsToken(QByteArrayView t)
{
    return !isComponentToken(t)
        && std::all_of(t.begin(), t.end(), [](char c) { return kFlagCharacters.find(c) != std::string_view::npos; });
}

// "3100-3105" or "01" into first and last; an error text if it is not a valid AI or range.
std::optional<QString> parseAis(QByteArrayView token, QByteArray *first, QByteArray *last)
{
    const qsizetype dash = token.indexOf('-');
    *first = (dash < 0 ? token : token.first(dash)).toByteArray();
    *last = dash < 0 ? *first : token.sliced(dash + 1).toByteArray();
    const auto validAi
        = [](const QByteArray &ai) { return allDigits(ai) && ai.size() >= kMinAiLength && ai.size() <= kMaxAiLength; };
    if (!validAi(*first) || !validAi(*last) || first->size() != last->size() || *first > *last)
        return QStringLiteral("\"%1\" is not an AI (2 to 4 digits) or a range of AIs (\"3100-3105\")")
            .arg(latin1(token));
    return std::nullopt;
}

// "N3,iso4217", "[N..12]", "X..20": a component, or an error text.
std::optional<QString> parseComponent(QByteArrayView token, Component *c, QSet<QString> *unchecked)
{
    const QList<QByteArray> parts = token.toByteArray().split(',');
    QByteArray type = parts.front();
    c->optional = type.startsWith('[');
    if (c->optional) {
        if (!type.endsWith(']'))
            return QStringLiteral("optional component \"%1\" has no closing ']'").arg(latin1(token));
        type = type.mid(1, type.size() - 2);
    }
    const auto bad = [&] {
        return QStringLiteral("\"%1\" is not a format component (like N6, X..20, [N3],iso3166)").arg(latin1(token));
    };
    if (type.isEmpty())
        return bad();
    switch (type.front()) {
    case 'N':
        c->charset = Charset::Numeric;
        break;
    case 'X':
        c->charset = Charset::Cset82;
        break;
    case 'Y':
        c->charset = Charset::Cset39;
        break;
    case 'Z':
        c->charset = Charset::Cset64;
        break;
    default:
        return bad();
    }
    QByteArray length = type.mid(1);
    const bool variable = length.startsWith("..");
    if (variable)
        length = length.mid(2);
    if (!allDigits(length) || length.size() > 2)
        return bad();
    const int n = length.toInt();
    if (n < 1 || n > kMaxDataLength)
        return QStringLiteral("component \"%1\": length %2 is outside 1..%3")
            .arg(latin1(token))
            .arg(n)
            .arg(kMaxDataLength);
    c->minLength = quint8(variable ? 1 : n);
    c->maxLength = quint8(n);
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QByteArray &name = parts[i];
        if (!isLinterName(name))
            return QStringLiteral("component \"%1\": empty or malformed linter name").arg(latin1(token));
        const auto known = std::find_if(std::begin(kLinters), std::end(kLinters),
            [&](const LinterName &l) { return QByteArrayView(l.name.data(), qsizetype(l.name.size())) == name; });
        if (known != std::end(kLinters))
            c->linters.append(known->linter);
        else
            unchecked->insert(latin1(name));
    }
    return std::nullopt;
}

// An AI pattern of req= / ex=: 2 to 4 characters, digits or 'n', starting with a digit.
bool isPattern(QByteArrayView p)
{
    return p.size() >= kMinAiLength && p.size() <= kMaxAiLength && isDigit(p.front())
        && std::all_of(p.begin(), p.end(), [](char c) { return isDigit(c) || c == 'n'; });
}

std::optional<QString> parseAttribute(QByteArrayView token, AiRule *rule)
{
    const qsizetype eq = token.indexOf('=');
    const QByteArrayView key = eq < 0 ? token : token.first(eq);
    const QByteArray value = eq < 0 ? QByteArray() : token.sliced(eq + 1).toByteArray();
    if (!isLowerWord(key))
        return QStringLiteral("\"%1\" is neither a format component nor an attribute (key=value)").arg(latin1(token));
    const auto badPattern = [&](const QByteArray &p) {
        return QStringLiteral("%1: \"%2\" is not an AI or AI pattern (like 01, 392n, 31nn)")
            .arg(latin1(token), latin1(p));
    };
    if (key == "req") {
        QList<QList<QByteArray>> alternatives;
        for (const QByteArray &alternative : value.split(',')) {
            const QList<QByteArray> group = alternative.split('+');
            for (const QByteArray &p : group) {
                if (!isPattern(p))
                    return badPattern(p);
            }
            alternatives.append(group);
        }
        rule->requisites.append(alternatives);
    } else if (key == "ex") {
        for (const QByteArray &p : value.split(',')) {
            if (!isPattern(p))
                return badPattern(p);
            rule->exclusions.append(p);
        }
    }
    // dlpkey and keys of later dictionary releases: not rules the till checks.
    return std::nullopt;
}

std::optional<QString> parseEntry(const Line &line, AiRule *rule, QSet<QString> *unchecked)
{
    const QList<QByteArray> &t = line.tokens;
    if (auto why = parseAis(t.front(), &rule->first, &rule->last))
        return why;
    rule->line = line.number;
    rule->title = QString::fromUtf8(line.comment);
    qsizetype i = 1;
    if (i < t.size() && isFlagsToken(t[i])) {
        rule->predefinedLength = t[i].contains(kPredefinedLengthFlag);
        rule->digitalLinkAttribute = t[i].contains(kDigitalLinkAttributeFlag);
        ++i;
    }
    for (; i < t.size() && isComponentToken(t[i]); ++i) {
        Component c;
        if (auto why = parseComponent(t[i], &c, unchecked))
            return why;
        if (!rule->components.isEmpty()) {
            const Component &previous = rule->components.back();
            if (previous.minLength != previous.maxLength)
                return QStringLiteral("only the last format component may have a variable length");
            if (previous.optional && !c.optional)
                return QStringLiteral("a mandatory format component follows an optional one");
        }
        rule->components.append(c);
    }
    if (rule->components.isEmpty())
        return QStringLiteral("AI %1 has no format specification (like N6 or X..20)").arg(latin1(rule->first));
    if (rule->maxLength() > kMaxDataLength)
        return QStringLiteral("AI %1: the data may be %2 characters long, more than GS1's %3")
            .arg(latin1(rule->first))
            .arg(rule->maxLength())
            .arg(kMaxDataLength);
    if (rule->predefinedLength && rule->minLength() != rule->maxLength())
        return QStringLiteral("AI %1 is flagged '*' (predefined length) but its length varies")
            .arg(latin1(rule->first));
    for (; i < t.size(); ++i) {
        if (isComponentToken(t[i]))
            return QStringLiteral("format component \"%1\" after the attributes").arg(latin1(t[i]));
        if (auto why = parseAttribute(t[i], rule))
            return why;
    }
    return std::nullopt;
}

QByteArray readResource(const char *name, std::optional<Error> *error)
{
    QFile f(QLatin1String(kResourceDir) + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly)) {
        *error = Error { QStringLiteral("gs1.data.missing"),
            QStringLiteral("the compiled-in GS1 data file %1 is missing (%2): the program was built without "
                           "resources/gs1")
                .arg(f.fileName(), f.errorString()) };
        return {};
    }
    return f.readAll();
}

} // namespace

int AiRule::minLength() const
{
    int n = 0;
    for (const Component &c : components) {
        if (!c.optional)
            n += c.minLength;
    }
    return n;
}

int AiRule::maxLength() const
{
    int n = 0;
    for (const Component &c : components)
        n += c.maxLength;
    return n;
}

bool matchesPattern(QByteArrayView pattern, QByteArrayView ai)
{
    if (pattern.size() != ai.size())
        return false;
    for (qsizetype i = 0; i < ai.size(); ++i) {
        if (pattern[i] == 'n' ? !isDigit(ai[i]) : pattern[i] != ai[i])
            return false;
    }
    return true;
}

Result<Syntax> Syntax::parse(QByteArrayView dictionary, QByteArrayView iso3166, QByteArrayView iso4217)
{
    Syntax s;
    for (const Line &line : dataLines(dictionary)) {
        AiRule rule;
        if (auto why = parseEntry(line, &rule, &s.m_uncheckedLinters))
            return badLine(kDictionaryFile, line.number, *why);
        const qsizetype index = s.m_rules.size();
        const int width = int(rule.first.size());
        for (int v = rule.first.toInt(); v <= rule.last.toInt(); ++v) {
            const QByteArray ai = QByteArray::number(v).rightJustified(width, '0');
            if (auto it = s.m_ruleOf.constFind(ai); it != s.m_ruleOf.constEnd())
                return badLine(kDictionaryFile, line.number,
                    QStringLiteral("AI %1 is already defined on line %2").arg(latin1(ai)).arg(s.m_rules[*it].line));
            s.m_ruleOf.insert(ai, index);
            s.m_ais.append(ai);
            for (qsizetype len = 1; len < ai.size(); ++len)
                s.m_prefixes.insert(ai.first(len));
        }
        s.m_rules.append(std::move(rule));
    }
    if (s.m_rules.isEmpty())
        return badFile(kDictionaryFile, QStringLiteral("no AI entries"));
    // Element strings are split by finding the AI at the start of the data: no AI may begin
    // another (the GS1 AI system is prefix-free).
    for (const QByteArray &ai : std::as_const(s.m_ais)) {
        for (qsizetype len = kMinAiLength; len < ai.size(); ++len) {
            if (auto it = s.m_ruleOf.constFind(ai.first(len)); it != s.m_ruleOf.constEnd())
                return badLine(kDictionaryFile, s.m_rules[s.m_ruleOf.value(ai)].line,
                    QStringLiteral("AI %1 starts with AI %2 (line %3), so element strings could not be split")
                        .arg(latin1(ai), latin1(ai.first(len)))
                        .arg(s.m_rules[*it].line));
        }
    }
    // A req=/ex= pattern that matches no AI is a typo: the rule would silently never apply.
    for (const AiRule &rule : std::as_const(s.m_rules)) {
        QList<QByteArray> patterns = rule.exclusions;
        for (const auto &alternatives : rule.requisites) {
            for (const auto &group : alternatives)
                patterns += group;
        }
        for (const QByteArray &p : std::as_const(patterns)) {
            const bool any = std::any_of(
                s.m_ais.cbegin(), s.m_ais.cend(), [&](const QByteArray &ai) { return matchesPattern(p, ai); });
            if (!any)
                return badLine(kDictionaryFile, rule.line,
                    QStringLiteral("AI %1: \"%2\" in req=/ex= matches no AI of the dictionary")
                        .arg(latin1(rule.first), latin1(p)));
        }
    }

    for (const Line &line : dataLines(iso3166)) {
        const QList<QByteArray> &t = line.tokens;
        if (t.size() < 3 || t[0].size() != kNumericCodeLength || !allDigits(t[0]) || t[1].size() != kAlpha2Length
            || !allUpper(t[1]) || t[2].size() != kAlpha3Length || !allUpper(t[2]))
            return badLine(kIso3166File, line.number,
                QStringLiteral("expected \"NNN AA AAA Name\" (numeric, alpha-2, alpha-3 code, name)"));
        if (s.m_countries.contains(t[0]) || s.m_countriesAlpha2.contains(t[1]))
            return badLine(kIso3166File, line.number,
                QStringLiteral("country %1 %2 is listed twice").arg(latin1(t[0]), latin1(t[1])));
        s.m_countries.insert(t[0]);
        s.m_countriesAlpha2.insert(t[1]);
    }
    for (const Line &line : dataLines(iso4217)) {
        const QList<QByteArray> &t = line.tokens;
        if (t.size() < 2 || t[0].size() != kNumericCodeLength || !allDigits(t[0]) || t[1].size() != kAlpha3Length
            || !allUpper(t[1]))
            return badLine(kIso4217File, line.number,
                QStringLiteral("expected \"NNN AAA Name\" (numeric, alphabetic code, name)"));
        if (s.m_currencies.contains(t[0]))
            return badLine(kIso4217File, line.number, QStringLiteral("currency %1 is listed twice").arg(latin1(t[0])));
        s.m_currencies.insert(t[0]);
    }
    if (s.m_countries.isEmpty())
        return badFile(kIso3166File, QStringLiteral("no country codes"));
    if (s.m_currencies.isEmpty())
        return badFile(kIso4217File, QStringLiteral("no currency codes"));
    return s;
}

const Result<Syntax> &Syntax::builtIn()
{
    static const Result<Syntax> syntax = []() -> Result<Syntax> {
        std::optional<Error> error;
        const QByteArray dictionary = readResource(kDictionaryFile, &error);
        const QByteArray iso3166 = readResource(kIso3166File, &error);
        const QByteArray iso4217 = readResource(kIso4217File, &error);
        if (error)
            return *error;
        return parse(dictionary, iso3166, iso4217);
    }();
    return syntax;
}

const AiRule *Syntax::rule(QByteArrayView ai) const
{
    const auto it = m_ruleOf.constFind(ai.toByteArray());
    return it == m_ruleOf.constEnd() ? nullptr : &m_rules[*it];
}

bool Syntax::isAiPrefix(QByteArrayView prefix) const
{
    return m_prefixes.contains(prefix.toByteArray());
}

QStringList Syntax::uncheckedLinters() const
{
    QStringList names(m_uncheckedLinters.cbegin(), m_uncheckedLinters.cend());
    names.sort();
    return names;
}

} // namespace ok::scanner::gs1
