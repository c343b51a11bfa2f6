// SPDX-License-Identifier: GPL-3.0-or-later
#include "drivers/locker/lockerbusconfig.h"

#include "drivers/locker/kerongcodec.h"
#include "drivers/locker/xorcodec.h"

#include <QSet>

#include <algorithm>

namespace ok::locker {

using namespace std::chrono_literals;

namespace {
const QString kBadOption = QStringLiteral("locker.bad-option");

Error bad(const QString &message)
{
    return Error { kBadOption, message };
}

std::optional<int> intOption(
    const QMap<QString, QString> &o, const QString &key, int def, int min, int max, std::optional<Error> &error)
{
    if (!o.contains(key))
        return def;
    bool ok = false;
    const int v = o.value(key).trimmed().toInt(&ok);
    if (!ok || v < min || v > max) {
        error
            = bad(QStringLiteral("%1 \"%2\" must be a number from %3 to %4").arg(key, o.value(key)).arg(min).arg(max));
        return std::nullopt;
    }
    return v;
}

std::optional<Polarity> polarity(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("normal"))
        return Polarity::Normal;
    if (t == QLatin1String("inverted"))
        return Polarity::Inverted;
    return std::nullopt;
}

std::optional<bool> yesNo(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("yes") || t == QLatin1String("true") || t == QLatin1String("1"))
        return true;
    if (t == QLatin1String("no") || t == QLatin1String("false") || t == QLatin1String("0"))
        return false;
    return std::nullopt;
}

/// The value for board `address`: "key.<address>" if set, else "key", else `fallback`.
QString perBoard(const QMap<QString, QString> &o, const QString &key, int address, const QString &fallback)
{
    const QString specific = QStringLiteral("%1.%2").arg(key).arg(address);
    if (o.contains(specific))
        return o.value(specific);
    return o.value(key, fallback);
}
} // namespace

Result<LockerBusConfig> LockerBusConfig::fromOptions(const QMap<QString, QString> &o)
{
    LockerBusConfig c;
    const auto family = boardFamilyFromString(o.value(QStringLiteral("protocol")));
    if (!family)
        return bad(QStringLiteral("protocol \"%1\" must be kerong or xor").arg(o.value(QStringLiteral("protocol"))));
    c.family = *family;

    std::optional<Error> error;
    const int maxChannels = c.family == BoardFamily::Kerong ? KerongCodec::kChannelsPerBoard : XorCodec::kMaxChannels;
    const auto channels
        = intOption(o, QStringLiteral("channels"), c.family == BoardFamily::Kerong ? 16 : 24, 1, maxChannels, error);
    const auto timeout = intOption(o, QStringLiteral("reply_timeout_ms"), 1500, 100, 10000, error);
    const auto quiet = intOption(o, QStringLiteral("quiet_ms"), 25, 0, 1000, error);
    const auto poll = intOption(o, QStringLiteral("poll_ms"), 1000, 0, 600000, error);
    const auto verify = intOption(o, QStringLiteral("verify_ms"), 1500, 0, 10000, error);
    const auto leftOpen = intOption(o, QStringLiteral("left_open_s"), 120, 1, 86400, error);
    if (error)
        return *error;
    c.channels = *channels;
    c.replyTimeout = std::chrono::milliseconds(*timeout);
    c.quietTime = std::chrono::milliseconds(*quiet);
    c.pollInterval = std::chrono::milliseconds(*poll);
    c.verifyWindow = std::chrono::milliseconds(*verify);
    c.leftOpenAfter = std::chrono::seconds(*leftOpen);

    const QString boardList = o.value(QStringLiteral("boards")).trimmed();
    if (boardList.isEmpty())
        return bad(QStringLiteral("boards must list the board addresses on this bus, e.g. \"0,1\""));
    const QString itemDefault = c.family == BoardFamily::Kerong ? QStringLiteral("yes") : QStringLiteral("no");
    for (const QString &part : boardList.split(QLatin1Char(','))) {
        bool ok = false;
        const int address = part.trimmed().toInt(&ok);
        if (!ok)
            return bad(QStringLiteral("boards: \"%1\" is not a board address").arg(part.trimmed()));
        BoardConfig b;
        b.address = address;
        const QString dp = perBoard(o, QStringLiteral("door_polarity"), address, QStringLiteral("normal"));
        const QString ip = perBoard(o, QStringLiteral("item_polarity"), address, QStringLiteral("normal"));
        const QString is = perBoard(o, QStringLiteral("item_sensors"), address, itemDefault);
        const auto door = polarity(dp);
        const auto item = polarity(ip);
        const auto sensors = yesNo(is);
        if (!door)
            return bad(
                QStringLiteral("door polarity \"%1\" of board %2 must be normal or inverted").arg(dp).arg(address));
        if (!item)
            return bad(
                QStringLiteral("item polarity \"%1\" of board %2 must be normal or inverted").arg(ip).arg(address));
        if (!sensors)
            return bad(QStringLiteral("item_sensors \"%1\" of board %2 must be yes or no").arg(is).arg(address));
        b.doorPolarity = *door;
        b.itemPolarity = *item;
        b.itemSensors = *sensors;
        c.boards.append(b);
    }

    auto map = CompartmentMap::parse(o.value(QStringLiteral("compartments")));
    if (!map)
        return map.error();
    c.compartments = std::move(map).value();
    if (auto e = c.validate())
        return *e;
    return c;
}

std::optional<Error> LockerBusConfig::validate() const
{
    const auto codec = FrameCodec::create(family, std::clamp(channels, 1, XorCodec::kMaxChannels));
    if (channels < 1 || channels > codec->maxChannels())
        return bad(QStringLiteral("channels %1: %2 boards have 1 to %3 locks")
                       .arg(channels)
                       .arg(boardFamilyName(family))
                       .arg(codec->maxChannels()));
    if (boards.isEmpty())
        return bad(QStringLiteral("no boards configured"));
    QSet<int> seen;
    for (const BoardConfig &b : boards) {
        if (!codec->isValidBoard(b.address))
            return bad(QStringLiteral("board address %1 is not valid for %2 boards")
                           .arg(b.address)
                           .arg(boardFamilyName(family)));
        if (seen.contains(b.address))
            return bad(QStringLiteral("board %1 is listed twice").arg(b.address));
        seen.insert(b.address);
    }
    if (replyTimeout < 1ms || quietTime < 0ms || pollInterval < 0ms || verifyWindow < 0ms || leftOpenAfter < 1ms)
        return bad(QStringLiteral("timings must be positive"));
    for (const Compartment &cp : compartments.compartments()) {
        if (!seen.contains(cp.board))
            return Error { QStringLiteral("locker.bad-compartment"),
                QStringLiteral("compartment %1 is on board %2, which is not in boards").arg(cp.id).arg(cp.board) };
        if (cp.channel > channels)
            return Error { QStringLiteral("locker.bad-compartment"),
                QStringLiteral("compartment %1 is on channel %2, but the boards have %3 channels")
                    .arg(cp.id)
                    .arg(cp.channel)
                    .arg(channels) };
    }
    return std::nullopt;
}

const BoardConfig *LockerBusConfig::board(int address) const
{
    for (const BoardConfig &b : boards)
        if (b.address == address)
            return &b;
    return nullptr;
}

} // namespace ok::locker
