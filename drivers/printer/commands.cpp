// SPDX-License-Identifier: GPL-3.0-or-later
#include "drivers/printer/commands.h"

#include "drivers/printer/escpos.h"

#include <algorithm>

namespace ok::escpos::command {

namespace {

constexpr quint8 lowByte(int v)
{
    return static_cast<quint8>(v & 0xFF);
}
constexpr quint8 highByte(int v)
{
    return static_cast<quint8>((v >> 8) & 0xFF);
}
constexpr quint8 clampByte(int v)
{
    return static_cast<quint8>(std::clamp(v, 0, 255));
}

constexpr int kCode128ModulesPerSymbol = 11;
constexpr int kCode128StopModules = 13;
// Runs of digits worth switching B -> C for: a switch costs one symbol, a digit pair saves one.
constexpr int kCode128LeadingDigitsForC = 4;
constexpr int kCode128InnerDigitsForC = 6;
constexpr int kCode128TrailingDigitsForC = 4;
constexpr int kQrMaxStoredBytes = 0xFFFF - kQrStoreOverhead;
constexpr int kBarcodeMinModuleWidth = 2;
constexpr int kBarcodeMaxModuleWidth = 6;

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

int digitRun(QStringView text, qsizetype from)
{
    qsizetype i = from;
    while (i < text.size() && isAsciiDigit(text[i]))
        ++i;
    return int(i - from);
}

quint8 qrLevelByte(QrErrorLevel level)
{
    return static_cast<quint8>(kQrLevelL + static_cast<quint8>(level));
}

// GS ( k pL pH cn fn [args] [payload]: pL + 256 pH counts the bytes after pH.
void putQrFunction(QByteArray &out, std::initializer_list<quint8> params, QByteArrayView payload = {})
{
    const int length = int(params.size() + payload.size());
    put(out, { kGs, kGsTwoDimensional, kTwoDimQr, lowByte(length), highByte(length) });
    put(out, params);
    out.append(payload.data(), payload.size());
}

} // namespace

QByteArray initialize()
{
    QByteArray out;
    put(out, { kEsc, kEscInitialize });
    return out;
}

QByteArray leaveChineseMode()
{
    QByteArray out;
    put(out, { kFs, kFsLeaveKanjiMode });
    return out;
}

QByteArray selectCodeTable(quint8 table, CodeTableCommand style)
{
    QByteArray out;
    if (style == CodeTableCommand::StarEscGsT)
        put(out, { kEsc, kGs, kStarCodeTable, table });
    else
        put(out, { kEsc, kEscCodeTable, table });
    return out;
}

QByteArray printMode(quint8 modeBits)
{
    QByteArray out;
    put(out, { kEsc, kEscPrintMode, modeBits });
    return out;
}

QByteArray align(Alignment alignment)
{
    quint8 n = kAlignLeft;
    switch (alignment) {
    case Alignment::Left:
        n = kAlignLeft;
        break;
    case Alignment::Centre:
        n = kAlignCentre;
        break;
    case Alignment::Right:
        n = kAlignRight;
        break;
    }
    QByteArray out;
    put(out, { kEsc, kEscAlign, n });
    return out;
}

QByteArray feedLines(int lines)
{
    QByteArray out;
    put(out, { kEsc, kEscFeedLines, clampByte(lines) });
    return out;
}

QByteArray cut(CutType type, int feedUnits)
{
    QByteArray out;
    put(out, { kGs, kGsCut, type == CutType::Full ? kCutFullAfterFeed : kCutPartialAfterFeed, clampByte(feedUnits) });
    return out;
}

QByteArray drawerKick(DrawerPin pin, int onMs, int offMs)
{
    const auto units = [](int ms) {
        const int rounded = (std::max(ms, 0) + kDrawerPulseUnitMs / 2) / kDrawerPulseUnitMs;
        return static_cast<quint8>(std::clamp(rounded, kDrawerPulseMinUnits, kDrawerPulseMaxUnits));
    };
    QByteArray out;
    put(out, { kEsc, kEscDrawerKick, pin == DrawerPin::Pin2 ? kDrawerPin2 : kDrawerPin5, units(onMs), units(offMs) });
    return out;
}

QByteArray rasterImage(const MonoBitmap &bitmap)
{
    QByteArray out;
    if (bitmap.isNull())
        return out;
    const int bytesPerRow = bitmap.bytesPerRow();
    for (int top = 0; top < bitmap.height(); top += kRasterBandRows) {
        const int rows = std::min(kRasterBandRows, bitmap.height() - top);
        put(out,
            { kGs, kGsRaster, kRasterFunction, kRasterModeNormal, lowByte(bytesPerRow), highByte(bytesPerRow),
                lowByte(rows), highByte(rows) });
        out.append(bitmap.data().mid(qsizetype(top) * bytesPerRow, qsizetype(rows) * bytesPerRow));
    }
    return out;
}

QByteArray barcodeSetup(HriPosition hri, int heightDots, int moduleWidth)
{
    quint8 h = kHriNone;
    switch (hri) {
    case HriPosition::None:
        h = kHriNone;
        break;
    case HriPosition::Above:
        h = kHriAbove;
        break;
    case HriPosition::Below:
        h = kHriBelow;
        break;
    }
    QByteArray out;
    put(out, { kGs, kGsHriPosition, h });
    put(out, { kGs, kGsBarcodeHeight, static_cast<quint8>(std::clamp(heightDots, 1, 255)) });
    put(out,
        { kGs, kGsBarcodeWidth,
            static_cast<quint8>(std::clamp(moduleWidth, kBarcodeMinModuleWidth, kBarcodeMaxModuleWidth)) });
    return out;
}

QByteArray ean13(QByteArrayView digits)
{
    QByteArray out;
    if (digits.size() != kEan13Length)
        return out;
    for (const char c : digits) {
        if (c < '0' || c > '9')
            return out;
    }
    put(out, { kGs, kGsBarcode, kBarcodeEan13, kEan13Length });
    out.append(digits.data(), digits.size());
    return out;
}

QByteArray code128(QByteArrayView data)
{
    QByteArray out;
    if (data.isEmpty() || data.size() > kCode128MaxLength)
        return out;
    put(out, { kGs, kGsBarcode, kBarcodeCode128, static_cast<quint8>(data.size()) });
    out.append(data.data(), data.size());
    return out;
}

Result<QByteArray> code128Data(QStringView text)
{
    if (text.isEmpty())
        return Error { QStringLiteral("printer.code128-empty"), QStringLiteral("Code 128 barcode without data") };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c < 0x20 || c > 0x7E)
            return Error { QStringLiteral("printer.code128-bad-character"),
                QStringLiteral("Code 128 data may hold printable ASCII only; character %1 is U+%2")
                    .arg(i + 1)
                    .arg(int(c), 4, 16, QLatin1Char('0')) };
    }

    enum class Set { B, C };
    QByteArray out;
    const qsizetype n = text.size();
    const int lead = digitRun(text, 0);
    Set set = ((lead == n && n == 2) || lead >= kCode128LeadingDigitsForC) ? Set::C : Set::B;
    put(out, { kCode128Escape, set == Set::C ? kCode128SetC : kCode128SetB });

    qsizetype i = 0;
    while (i < n) {
        const int run = digitRun(text, i);
        if (set == Set::C) {
            if (run >= 2) {
                const int pair = (text[i].unicode() - u'0') * 10 + (text[i + 1].unicode() - u'0');
                out.append(static_cast<char>(pair));
                i += 2;
            } else {
                put(out, { kCode128Escape, kCode128SetB });
                set = Set::B;
            }
            continue;
        }
        const bool reachesEnd = i + run == n;
        if ((reachesEnd && run >= kCode128TrailingDigitsForC) || run >= kCode128InnerDigitsForC) {
            if (run % 2 != 0) {
                out.append(static_cast<char>(text[i].unicode()));
                ++i;
            }
            put(out, { kCode128Escape, kCode128SetC });
            set = Set::C;
            continue;
        }
        const auto c = static_cast<quint8>(text[i].unicode());
        if (c == kCode128Escape)
            put(out, { kCode128Escape }); // "{{" is a literal '{'
        out.append(static_cast<char>(c));
        ++i;
    }
    if (out.size() > kCode128MaxLength)
        return Error { QStringLiteral("printer.code128-too-long"),
            QStringLiteral("Code 128 data needs %1 bytes; ESC/POS allows 255").arg(out.size()) };
    return out;
}

int code128Modules(QByteArrayView data)
{
    // Symbol characters: the start code (the leading "{B"/"{C"), one per data byte or digit
    // pair, one per switch "{X", one for "{{", plus the check character.
    int symbols = 0;
    for (qsizetype i = 0; i < data.size(); ++i) {
        if (static_cast<quint8>(data[i]) == kCode128Escape && i + 1 < data.size())
            ++i; // "{B", "{C", "{{": one symbol character
        ++symbols;
    }
    return (symbols + 1) * kCode128ModulesPerSymbol + kCode128StopModules;
}

QByteArray qrCode(QByteArrayView data, int moduleSize, QrErrorLevel level)
{
    QByteArray out;
    if (data.isEmpty() || data.size() > kQrMaxStoredBytes)
        return out;
    const int size = std::clamp(moduleSize, kQrMinModuleSize, kQrMaxModuleSize);
    putQrFunction(out, { kQrCn, kQrFnModel, kQrModel2, kQrModelTerminator });
    putQrFunction(out, { kQrCn, kQrFnModuleSize, static_cast<quint8>(size) });
    putQrFunction(out, { kQrCn, kQrFnErrorLevel, qrLevelByte(level) });
    putQrFunction(out, { kQrCn, kQrFnStore, kQrM }, data); // pL + 256 pH = len + 3
    putQrFunction(out, { kQrCn, kQrFnPrint, kQrM });
    return out;
}

QByteArray realTimeStatus(StatusRequest request)
{
    QByteArray out;
    put(out, { kDle, kEot, static_cast<quint8>(request) });
    return out;
}

QByteArray automaticStatusBack(quint8 mask)
{
    QByteArray out;
    put(out, { kGs, kGsAutomaticStatusBack, mask });
    return out;
}

} // namespace ok::escpos::command
