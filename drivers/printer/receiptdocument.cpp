// SPDX-License-Identifier: GPL-3.0-or-later
#include "drivers/printer/receiptdocument.h"

#include "core/gtin.h"
#include "drivers/printer/escpos.h"

#include <QRegularExpression>

#include <algorithm>
#include <array>

namespace ok::escpos {

namespace {

constexpr int kEan13DataDigits = 12;
constexpr int kEan13Digits = 13;
// Byte-mode capacity of a version 40 QR symbol per error level (ISO/IEC 18004 capacity table).
constexpr std::array<int, 4> kQrByteCapacity = { 2953, 2331, 1663, 1273 };

bool allAsciiDigits(QStringView s)
{
    return std::all_of(s.begin(), s.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

} // namespace

ReceiptDocument::ReceiptDocument(QString language)
    : m_language(std::move(language))
{
}

void ReceiptDocument::addText(const QString &text, const TextStyle &style)
{
    static const QRegularExpression lineBreak(QStringLiteral("\r\n|\n|\r"));
    const QStringList lines = text.split(lineBreak);
    for (const QString &line : lines)
        m_elements.emplace_back(TextLine { line, style });
}

void ReceiptDocument::addTwoColumns(const QString &left, const QString &right, const TextStyle &style)
{
    m_elements.emplace_back(TwoColumnRow { left, right, style });
}

void ReceiptDocument::addThreeColumns(const QString &left, const QString &middle, const QString &right, int middleWidth,
    int rightWidth, const TextStyle &style)
{
    m_elements.emplace_back(
        ThreeColumnRow { left, middle, right, std::max(0, middleWidth), std::max(0, rightWidth), style });
}

void ReceiptDocument::addSeparator(QChar character)
{
    m_elements.emplace_back(Separator { character });
}

void ReceiptDocument::addFeed(int lines)
{
    m_elements.emplace_back(Feed { std::clamp(lines, 0, 255) });
}

Result<void> ReceiptDocument::addEan13(QStringView digits, const BarcodeOptions &options)
{
    if (!allAsciiDigits(digits) || (digits.size() != kEan13DataDigits && digits.size() != kEan13Digits))
        return Error { QStringLiteral("printer.ean13-bad-digits"),
            QStringLiteral("EAN-13 needs 12 or 13 digits, got \"%1\"").arg(digits.toString()) };
    const int check = gtinCheckDigit(digits.left(kEan13DataDigits));
    if (digits.size() == kEan13Digits && digits.at(kEan13DataDigits).unicode() - u'0' != check)
        return Error { QStringLiteral("printer.ean13-check-digit"),
            QStringLiteral("EAN-13 %1: check digit wrong, expected %2").arg(digits.toString()).arg(check) };
    QByteArray code = digits.left(kEan13DataDigits).toLatin1();
    code.append(static_cast<char>('0' + check));
    m_elements.emplace_back(Ean13Barcode { code, options });
    return {};
}

Result<void> ReceiptDocument::addCode128(QStringView text, const BarcodeOptions &options)
{
    auto data = command::code128Data(text);
    if (!data)
        return data.error();
    m_elements.emplace_back(Code128Barcode { text.toString(), data.value(), options });
    return {};
}

Result<void> ReceiptDocument::addQrCode(const QByteArray &data, int moduleSize, QrErrorLevel level, Alignment alignment)
{
    if (data.isEmpty() || moduleSize < kQrMinModuleSize || moduleSize > kQrMaxModuleSize)
        return Error { QStringLiteral("printer.qr-bad-argument"),
            QStringLiteral("QR code needs a payload and a module size of 1..16 dots") };
    const int capacity = kQrByteCapacity.at(static_cast<size_t>(level));
    if (data.size() > capacity)
        return Error {
            QStringLiteral("printer.qr-too-long"),
            QStringLiteral("QR payload of %1 bytes exceeds %2 bytes at this error level").arg(data.size()).arg(capacity)
        };
    m_elements.emplace_back(QrCode { data, moduleSize, level, alignment });
    return {};
}

Result<void> ReceiptDocument::addImage(const QImage &image, Alignment alignment, Dither dither)
{
    if (image.isNull())
        return Error { QStringLiteral("printer.image-null"), QStringLiteral("Receipt image is empty") };
    m_elements.emplace_back(RasterImage { image, dither, alignment });
    return {};
}

void ReceiptDocument::addCut(CutType type, int feedUnits)
{
    m_elements.emplace_back(Cut { type, std::clamp(feedUnits, 0, 255) });
}

void ReceiptDocument::addDrawerKick(DrawerPin pin, int onMs, int offMs)
{
    m_elements.emplace_back(DrawerKick { pin, onMs, offMs });
}

} // namespace ok::escpos
