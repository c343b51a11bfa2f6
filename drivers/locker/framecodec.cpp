// SPDX-License-Identifier: GPL-3.0-or-later
#include "drivers/locker/framecodec.h"

#include "drivers/locker/kerongcodec.h"
#include "drivers/locker/xorcodec.h"

namespace ok::locker {

FrameCodec::~FrameCodec() = default;

std::optional<BoardFamily> boardFamilyFromString(QStringView text)
{
    const QString t = text.trimmed().toString().toLower();
    if (t == QLatin1String("kerong"))
        return BoardFamily::Kerong;
    if (t == QLatin1String("xor"))
        return BoardFamily::Xor;
    return std::nullopt;
}

QString boardFamilyName(BoardFamily family)
{
    return family == BoardFamily::Kerong ? QStringLiteral("kerong") : QStringLiteral("xor");
}

std::unique_ptr<FrameCodec> FrameCodec::create(BoardFamily family, int channels)
{
    if (family == BoardFamily::Kerong)
        return std::make_unique<KerongCodec>();
    return std::make_unique<XorCodec>(channels);
}

QString hexBytes(QByteArrayView bytes)
{
    return QString::fromLatin1(bytes.toByteArray().toHex(' ')).toUpper();
}

} // namespace ok::locker
