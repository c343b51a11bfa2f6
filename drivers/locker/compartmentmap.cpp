// SPDX-License-Identifier: GPL-3.0-or-later
#include "drivers/locker/compartmentmap.h"

#include <QHash>
#include <QRegularExpression>

namespace ok::locker {

namespace {
constexpr int kMaxIdLength = 16;
constexpr int kMaxPerRange = 256;

Error bad(QStringView entry, const QString &why)
{
    return Error { QStringLiteral("locker.bad-compartment"),
        QStringLiteral("compartment entry \"%1\": %2").arg(entry.toString(), why) };
}

struct SplitId {
    QString letters;
    QString digits;
};

/// Letters then digits; either part may be empty but not both.
std::optional<SplitId> splitId(const QString &id)
{
    static const QRegularExpression re(QStringLiteral("^([A-Z]*)([0-9]*)$"));
    if (id.isEmpty() || id.size() > kMaxIdLength)
        return std::nullopt;
    const auto m = re.match(id);
    if (!m.hasMatch())
        return std::nullopt;
    return SplitId { m.captured(1), m.captured(2) };
}

std::optional<int> number(QStringView text, int min, int max)
{
    bool ok = false;
    const int v = text.trimmed().toInt(&ok);
    if (!ok || v < min || v > max)
        return std::nullopt;
    return v;
}
} // namespace

std::optional<Compartment::Size> CompartmentMap::sizeFromString(QStringView text)
{
    const QString t = text.trimmed().toString().toUpper();
    if (t == QLatin1String("S"))
        return Compartment::Size::Small;
    if (t == QLatin1String("M"))
        return Compartment::Size::Medium;
    if (t == QLatin1String("L"))
        return Compartment::Size::Large;
    return std::nullopt;
}

QString CompartmentMap::sizeName(Compartment::Size size)
{
    switch (size) {
    case Compartment::Size::Small:
        return QStringLiteral("S");
    case Compartment::Size::Medium:
        return QStringLiteral("M");
    case Compartment::Size::Large:
        return QStringLiteral("L");
    }
    return {};
}

Result<CompartmentMap> CompartmentMap::parse(QStringView text)
{
    CompartmentMap map;
    QHash<QString, QString> entryOfId; // id -> the entry that defined it
    QHash<quint32, QString> idOfLock; // (board << 16 | channel) -> id
    static const QRegularExpression separators(QStringLiteral("[,\\n]"));
    const QStringList entries = text.toString().split(separators);
    for (const QString &raw : entries) {
        const QString entry = raw.trimmed();
        if (entry.isEmpty())
            continue;
        const QStringList f = entry.split(QLatin1Char(':'));
        if (f.size() != 4)
            return bad(entry, QStringLiteral("expected ID:BOARD:CHANNEL:SIZE, e.g. A07:0:7:M"));

        // Ids
        const QString idPart = f.at(0).trimmed().toUpper();
        const qsizetype dash = idPart.indexOf(QLatin1Char('-'));
        const QString firstId = dash < 0 ? idPart : idPart.left(dash).trimmed();
        const QString lastId = dash < 0 ? idPart : idPart.mid(dash + 1).trimmed();
        const auto first = splitId(firstId);
        const auto last = splitId(lastId);
        if (!first || !last)
            return bad(entry,
                QStringLiteral("\"%1\" is not a compartment id (letters then digits, at most %2 characters)")
                    .arg(!first ? firstId : lastId)
                    .arg(kMaxIdLength));
        QStringList ids;
        if (dash < 0) {
            ids.append(firstId);
        } else {
            if (first->letters != last->letters || first->digits.size() != last->digits.size()
                || first->digits.isEmpty())
                return bad(entry,
                    QStringLiteral("the range ends \"%1\" and \"%2\" must share their letters and number of digits")
                        .arg(firstId, lastId));
            const int from = first->digits.toInt();
            const int to = last->digits.toInt();
            if (to < from)
                return bad(entry, QStringLiteral("the range runs backwards"));
            if (to - from + 1 > kMaxPerRange)
                return bad(entry, QStringLiteral("a range holds at most %1 compartments").arg(kMaxPerRange));
            for (int n = from; n <= to; ++n)
                ids.append(
                    first->letters + QStringLiteral("%1").arg(n, int(first->digits.size()), 10, QLatin1Char('0')));
        }

        // Board, channels, size
        const auto board = number(f.at(1), 0, 255);
        if (!board)
            return bad(entry, QStringLiteral("board \"%1\" must be a number 0-255").arg(f.at(1).trimmed()));
        const QString chPart = f.at(2).trimmed();
        const qsizetype chDash = chPart.indexOf(QLatin1Char('-'));
        const auto ch1 = number(chDash < 0 ? QStringView(chPart) : QStringView(chPart).left(chDash), 1, 255);
        const auto ch2 = chDash < 0 ? ch1 : number(QStringView(chPart).mid(chDash + 1), 1, 255);
        if (!ch1 || !ch2)
            return bad(entry,
                QStringLiteral("channel \"%1\" must be a lock number from 1 (or a range such as 1-8)").arg(chPart));
        if (chDash >= 0 && *ch2 - *ch1 + 1 != ids.size())
            return bad(entry, QStringLiteral("%1 ids but %2 channels").arg(ids.size()).arg(*ch2 - *ch1 + 1));
        if (*ch1 + ids.size() - 1 > 255)
            return bad(entry, QStringLiteral("channels run past 255"));
        const auto size = sizeFromString(f.at(3));
        if (!size)
            return bad(entry, QStringLiteral("size \"%1\" must be S, M or L").arg(f.at(3).trimmed()));

        for (int i = 0; i < ids.size(); ++i) {
            const Compartment c { ids.at(i), *board, *ch1 + i, *size };
            if (entryOfId.contains(c.id))
                return bad(entry,
                    QStringLiteral("compartment %1 is already defined by \"%2\"").arg(c.id, entryOfId.value(c.id)));
            const quint32 lock = quint32(c.board) << 16 | quint32(c.channel);
            if (idOfLock.contains(lock))
                return bad(entry,
                    QStringLiteral("board %1 channel %2 already belongs to compartment %3")
                        .arg(c.board)
                        .arg(c.channel)
                        .arg(idOfLock.value(lock)));
            entryOfId.insert(c.id, entry);
            idOfLock.insert(lock, c.id);
            map.m_compartments.append(c);
        }
    }
    return map;
}

std::optional<Compartment> CompartmentMap::find(QStringView id) const
{
    const QString key = id.trimmed().toString().toUpper();
    for (const Compartment &c : m_compartments)
        if (c.id == key)
            return c;
    return std::nullopt;
}

std::optional<Compartment> CompartmentMap::at(int board, int channel) const
{
    for (const Compartment &c : m_compartments)
        if (c.board == board && c.channel == channel)
            return c;
    return std::nullopt;
}

QList<CompartmentMap::Position> CompartmentMap::layout() const
{
    struct Key {
        QString letters;
        qulonglong number = 0; ///< at most 16 digits: fits
        QString id;
    };
    QList<Key> keys;
    QStringList columns; // letter prefixes, in the order the map first names them
    for (const Compartment &c : m_compartments) {
        const auto split = splitId(c.id); // parse() accepted it
        Key k { split ? split->letters : QString(), split ? split->digits.toULongLong() : 0, c.id };
        if (!columns.contains(k.letters))
            columns.append(k.letters);
        keys.append(std::move(k));
    }
    QList<Position> out;
    out.reserve(keys.size());
    for (const Key &k : std::as_const(keys)) {
        int row = 0;
        for (const Key &o : std::as_const(keys))
            if (o.letters == k.letters && (o.number < k.number || (o.number == k.number && o.id < k.id)))
                ++row;
        out.append(Position { row, int(columns.indexOf(k.letters)) });
    }
    return out;
}

QList<Compartment> CompartmentMap::withSize(Compartment::Size size) const
{
    QList<Compartment> out;
    for (const Compartment &c : m_compartments)
        if (c.size == size)
            out.append(c);
    return out;
}

} // namespace ok::locker
